import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '@/lib/staff/sign-in/password';
import { decryptSecret, encryptSecret } from '@/lib/staff/sign-in/secret-box';

describe('password hashing', () => {
  it('uses Argon2id with a random salt and verifies only the right password', async () => {
    const first = await hashPassword('kopi tubruk pagi hari');
    const second = await hashPassword('kopi tubruk pagi hari');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'kopi tubruk pagi hari')).toBe(true);
    expect(await verifyPassword(first, 'kopi tubruk pagi har')).toBe(false);
  });

  it('treats a damaged stored hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});

describe('TOTP secret encryption', () => {
  const key = 'unit-test-portal-secret-0123456789abcdef';

  it('round-trips, and another key or a changed byte reads as nothing', () => {
    const sealed = encryptSecret(key, 'DEMOADMIN2345672DEMOADMIN2345672');
    expect(sealed).not.toContain('DEMOADMIN');
    expect(decryptSecret(key, sealed)).toBe('DEMOADMIN2345672DEMOADMIN2345672');
    expect(decryptSecret(`${key}x`, sealed)).toBeNull();
    const tampered = `${sealed.slice(0, 10)}${sealed[10] === 'A' ? 'B' : 'A'}${sealed.slice(11)}`;
    expect(decryptSecret(key, tampered)).toBeNull();
    expect(decryptSecret(key, 'DEMOADMIN2345672DEMOADMIN2345672')).toBeNull();
  });
});
