import { describe, expect, it } from 'vitest';
import { createVerifyLimiter } from '@/lib/slips/verify-limit';

describe('slip verification limit', () => {
  it('admits a few checks per address and minute, then asks to wait', async () => {
    const limiter = createVerifyLimiter(3, 'test-secret');
    for (let check = 0; check < 3; check++)
      expect(await limiter.admit('203.0.113.7')).toEqual({ kind: 'admitted' });
    const refused = await limiter.admit('203.0.113.7');
    expect(refused.kind).toBe('limited');
    expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limiter.admit('203.0.113.8')).toEqual({ kind: 'admitted' });
  });

  it('counts one IPv6 /64 as one address', async () => {
    const limiter = createVerifyLimiter(1, 'test-secret');
    expect((await limiter.admit('2001:db8:1:2::1')).kind).toBe('admitted');
    expect((await limiter.admit('2001:db8:1:2::ffff')).kind).toBe('limited');
  });
});
