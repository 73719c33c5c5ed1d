import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash, keyedHasher, type HashPurpose } from '@/lib/personal-data/keyed-hash';

function hmac(secret: string, purpose: HashPurpose, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}

// Deterministic stand-ins for NIKs, names and odd text, of many lengths.
function sampleValues(): string[] {
  const values = ['', '0', 'Siti Aminah', 'Ñoño Ünal', '😀 emoji', 'x'.repeat(200), 'é'.repeat(70)];
  // Every length across the one- and two-block boundaries of SHA-256's padding.
  for (let length = 0; length < 140; length++) values.push('x'.repeat(length));
  let seed = 20260101;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const digits = String(seed).padStart(10, '0');
    values.push(
      `${digits}${digits}`.slice(0, 16),
      digits.slice(0, seed % 11),
      `${'ab'.repeat(seed % 40)}ß${i}`,
    );
  }
  return values;
}

describe('keyed hash', () => {
  it('is HMAC-SHA-256 of purpose and value', () => {
    expect(keyedHash('secret', 'nik', '3578054302750002')).toBe(hmac('secret', 'nik', '3578054302750002'));
  });

  it.each([
    ['a short secret', 'secret-0123456789abcdef0123456789'],
    ['a secret of exactly one block', 'k'.repeat(64)],
    ['a secret longer than a block', 'long secret '.repeat(10)],
    ['a secret with non-ASCII characters', 'rahasia-ñ-€-秘密'],
  ])('keyedHasher gives the same hashes as createHmac under %s', (_, secret) => {
    const purposes: HashPurpose[] = ['nik', 'kk', 'name-query'];
    for (const purpose of purposes) {
      const hasher = keyedHasher(secret, purpose);
      for (const value of sampleValues()) expect(hasher(value)).toBe(hmac(secret, purpose, value));
    }
  });
});
