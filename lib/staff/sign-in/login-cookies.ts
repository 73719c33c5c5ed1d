import 'server-only';
import { z } from 'zod';
import { sealedCookie } from '@/lib/forms';

// The session cookie carries only the random token; everything else is in the session table.
export const sessionCookieName = 'petugas_sesi';

// passwordTag ties the pending step to the password it was opened with: a password reset in between
// ends it.
export type PendingLogin = { userId: number; username: string; passwordTag: string };
export type LoginFlash =
  | { kind: 'rejected'; username: string }
  | { kind: 'invalid'; username: string }
  | { kind: 'code-rejected' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'signed-out' }
  | { kind: 'expired' };

// Between a correct password and the second-factor code: a short-lived sealed cookie, never a
// session, so a stolen password alone opens nothing.
export const pendingLoginCookie = sealedCookie({
  name: 'petugas_2fa',
  maxAge: 5 * 60,
  schema: z.object({
    userId: z.number(),
    username: z.string(),
    passwordTag: z.string(),
  }) satisfies z.ZodType<PendingLogin>,
});

// What the login page shows after a failed attempt (read once, a moment later).
export const loginFlashCookie = sealedCookie({
  name: 'petugas_masuk',
  maxAge: 120,
  schema: z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(['rejected', 'invalid']), username: z.string() }),
    z.object({ kind: z.literal('limited'), retryAfterSeconds: z.number() }),
    z.object({ kind: z.enum(['code-rejected', 'signed-out', 'expired']) }),
  ]) satisfies z.ZodType<LoginFlash>,
});
