import 'server-only';
import { portalSecret } from '@/lib/registry/secret';
import { seal, unseal } from '@/lib/forms/seal';

// The session cookie carries only the random token; everything else is in the session table.
export const sessionCookieName = 'petugas_sesi';

// Between a correct password and the second-factor code: a short-lived sealed cookie, never a
// session, so a stolen password alone opens nothing.
export const pendingLoginCookie = { name: 'petugas_2fa', ttlSeconds: 5 * 60 } as const;
// What the login page shows after a failed attempt (read once, a moment later).
export const loginFlashCookie = { name: 'petugas_masuk', ttlSeconds: 120 } as const;

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

export function sealPendingLogin(pending: PendingLogin): string {
  return seal(portalSecret(), pendingLoginCookie.name, pending, pendingLoginCookie.ttlSeconds);
}

export function unsealPendingLogin(value: string | undefined): PendingLogin | null {
  const pending = unseal(portalSecret(), pendingLoginCookie.name, value);
  return typeof pending === 'object' &&
    pending !== null &&
    'userId' in pending &&
    typeof pending.userId === 'number' &&
    'username' in pending &&
    typeof pending.username === 'string' &&
    'passwordTag' in pending &&
    typeof pending.passwordTag === 'string'
    ? { userId: pending.userId, username: pending.username, passwordTag: pending.passwordTag }
    : null;
}

export function sealLoginFlash(flash: LoginFlash): string {
  return seal(portalSecret(), loginFlashCookie.name, flash, loginFlashCookie.ttlSeconds);
}

// Sealed by this server, so only the shape of an older release needs checking.
export function unsealLoginFlash(value: string | undefined): LoginFlash | null {
  const flash = unseal(portalSecret(), loginFlashCookie.name, value);
  return typeof flash === 'object' && flash !== null && 'kind' in flash ? (flash as LoginFlash) : null;
}
