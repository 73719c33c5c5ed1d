import 'server-only';
import { portalSecret } from '@/lib/registry/secret';
import { seal, unseal } from '@/lib/forms/seal';
import type { UserFieldErrors } from './errors';
import type { TotpSetup } from './service';

// What a user-admin page shows after its form posted: errors with the values typed (never the
// password), or the outcome. A new TOTP secret travels here once, sealed, for two minutes.
export const usersFlashCookie = { name: 'pengguna_flash', ttlSeconds: 120 } as const;

export type NewUserValues = { username: string; displayName: string; role: string; regions: string };
export type UsersFlash =
  | { kind: 'invalid'; errors: UserFieldErrors; values?: NewUserValues }
  | { kind: 'created'; totp: TotpSetup | null }
  | { kind: 'password-reset' }
  | { kind: 'totp-reset'; totp: TotpSetup }
  | { kind: 'disabled' | 'enabled'; username: string }
  | { kind: 'refused-self' }
  | { kind: 'not-found' };

export function sealUsersFlash(flash: UsersFlash): string {
  return seal(portalSecret(), usersFlashCookie.name, flash, usersFlashCookie.ttlSeconds);
}

// Sealed by this server (AES-GCM), so only an older release's shape needs guarding against.
export function unsealUsersFlash(value: string | undefined): UsersFlash | null {
  const flash = unseal(portalSecret(), usersFlashCookie.name, value);
  return typeof flash === 'object' && flash !== null && 'kind' in flash ? (flash as UsersFlash) : null;
}
