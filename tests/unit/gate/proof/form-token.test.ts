import { describe, expect, it } from 'vitest';
import { checkFormToken, signFormToken } from '@/lib/gate/proof/form-token';

const secret = 'unit-test-portal-secret-of-32-characters!';
const window = { delaySeconds: 3, lifetimeMinutes: 30 };
const servedAt = new Date('2026-03-01T08:00:00Z');
const after = (ms: number) => new Date(servedAt.getTime() + ms);

describe('a signed form token', () => {
  const token = signFormToken(secret, servedAt);

  it.each([
    ['at once', 0, { kind: 'invalid', reason: 'early' }],
    ['after 2.9 s', 2_900, { kind: 'invalid', reason: 'early' }],
    ['after 3 s', 3_000, { kind: 'valid' }],
    ['after 29 minutes', 29 * 60_000, { kind: 'valid' }],
    ['after 30 minutes', 30 * 60_000, { kind: 'invalid', reason: 'expired' }],
  ])('posted %s is %o', (_, elapsed, expected) => {
    expect(checkFormToken(secret, token, window, after(elapsed))).toMatchObject(expected);
  });

  it('expires when its lifetime ends, and names a random id to claim once', () => {
    const check = checkFormToken(secret, token, window, after(60_000));
    expect(check).toMatchObject({ kind: 'valid', expiresAt: after(30 * 60_000) });
    const other = checkFormToken(secret, signFormToken(secret, servedAt), window, after(60_000));
    expect(check.kind === 'valid' && other.kind === 'valid' && check.id !== other.id).toBe(true);
  });

  it('is refused when forged, altered or garbled, and missing when absent', () => {
    const [issued, id, mac] = token.split('.');
    const earlier = (servedAt.getTime() - 3_600_000).toString(36);
    expect(checkFormToken('another-portal-secret-of-32-characters', token, window, after(60_000))).toEqual({
      kind: 'invalid',
      reason: 'forged',
    });
    expect(checkFormToken(secret, `${earlier}.${id}.${mac}`, window, after(60_000))).toMatchObject({
      reason: 'forged',
    });
    expect(checkFormToken(secret, `${issued}.${id}`, window, after(60_000))).toMatchObject({
      reason: 'malformed',
    });
    expect(checkFormToken(secret, 'x'.repeat(500), window, after(60_000))).toMatchObject({
      reason: 'malformed',
    });
    expect(checkFormToken(secret, undefined, window)).toEqual({ kind: 'missing' });
    expect(checkFormToken(secret, '', window)).toEqual({ kind: 'missing' });
  });
});
