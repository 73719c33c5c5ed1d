import { Secret, TOTP } from 'otpauth';

// RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30 seconds.
const issuer = 'Cek Bansos Petugas';

function totpFor(secretBase32: string, username = ''): TOTP {
  return new TOTP({
    issuer,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

// The otpauth:// address an authenticator app reads (as text or a QR code).
export function totpProvisioningUri(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

// The 30-second step a code belongs to, or null when it is wrong. Accepts the current step and one
// either side, for phones whose clocks drift a little.
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpFor(secretBase32).validate({ token: digits, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / 30) + delta;
}

export function verifyTotpCode(secretBase32: string, code: string, now = Date.now()): boolean {
  return matchTotpStep(secretBase32, code, now) !== null;
}

export function totpCodeAt(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now });
}
