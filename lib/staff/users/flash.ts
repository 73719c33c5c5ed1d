import 'server-only';
import { z } from 'zod';
import { sealedCookie } from '@/lib/forms';
import { userFieldErrors, userFields, type UserFieldErrors } from './errors';
import type { TotpSetup } from './service';

export type NewUserValues = { username: string; displayName: string; role: string; regions: string };
export type UsersFlash =
  | { kind: 'invalid'; errors: UserFieldErrors; values?: NewUserValues }
  | { kind: 'created'; totp: TotpSetup | null }
  | { kind: 'password-reset' }
  | { kind: 'totp-reset'; totp: TotpSetup }
  | { kind: 'disabled' | 'enabled'; username: string }
  | { kind: 'refused-self' }
  | { kind: 'not-found' };

const totp = z.object({ secret: z.string(), uri: z.string() }) satisfies z.ZodType<TotpSetup>;

// What a user-admin page shows after its form posted: errors with the values typed (never the
// password), or the outcome. A new TOTP secret travels here once, sealed, for two minutes.
export const usersFlashCookie = sealedCookie({
  name: 'pengguna_flash',
  maxAge: 120,
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('invalid'),
      errors: z.partialRecord(z.enum(userFields), z.enum(userFieldErrors)),
      values: z
        .object({ username: z.string(), displayName: z.string(), role: z.string(), regions: z.string() })
        .optional(),
    }),
    z.object({ kind: z.literal('created'), totp: totp.nullable() }),
    z.object({ kind: z.literal('totp-reset'), totp }),
    z.object({ kind: z.enum(['disabled', 'enabled']), username: z.string() }),
    z.object({ kind: z.enum(['password-reset', 'refused-self', 'not-found']) }),
  ]) satisfies z.ZodType<UsersFlash>,
});
