import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCodeAt, totpProvisioningUri, verifyTotpCode } from '@/lib/staff/sign-in/totp';

// RFC 6238 appendix B, SHA-1: the secret "12345678901234567890" at 59 s gives 94287082 (8 digits),
// so 287082 with 6 digits.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('matches the RFC 6238 test vector', () => {
    expect(totpCodeAt(rfcSecret, 59_000)).toBe('287082');
  });

  it('accepts the current step and one either side, nothing further', () => {
    const now = 1_800_000_000_000;
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now), now)).toBe(true);
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now - 30_000), now)).toBe(true);
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now + 30_000), now)).toBe(true);
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now - 90_000), now)).toBe(false);
  });

  it('accepts a code typed with a space and refuses anything but six digits', () => {
    const now = 1_800_000_000_000;
    const code = totpCodeAt(rfcSecret, now);
    expect(verifyTotpCode(rfcSecret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(true);
    expect(verifyTotpCode(rfcSecret, 'abcdef', now)).toBe(false);
    expect(verifyTotpCode(rfcSecret, '', now)).toBe(false);
  });

  it('makes 160-bit secrets and an otpauth address for authenticator apps', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpProvisioningUri(secret, 'dinsos.surabaya')).toMatch(
      /^otpauth:\/\/totp\/Cek%20Bansos%20Petugas:dinsos\.surabaya\?.*secret=[A-Z2-7]{32}/,
    );
  });
});
