import { describe, expect, it } from 'vitest';
import { createLookupLimiter } from '@/lib/rate-limit/limiter';

const limits = { ipPerMinute: 3, ipNoProofPerMinute: 1, villagePerMinute: 4, globalPerSecond: 6 };
const embedded = { pgPool: null };
const keySecret = 'unit-test-portal-secret-of-32-characters!';

describe('the lookup limiter in one process', () => {
  it('lets requests without proof of work use only the stricter share of one IP budget', async () => {
    const limiter = createLookupLimiter(embedded, limits, keySecret);
    const ask = async (withProof: boolean) =>
      (await limiter.admit({ ip: '203.0.113.1', villageCode: '11.01.01.2001', withProof })).kind;
    expect([await ask(false), await ask(false), await ask(true), await ask(true)]).toEqual([
      'admitted',
      'limited',
      'admitted',
      'limited',
    ]);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const limiter = createLookupLimiter(embedded, limits, keySecret);
    const results = [];
    for (let host = 1; host <= 4; host++) {
      results.push(
        await limiter.admit({
          ip: `2001:db8:1:2::${host}`,
          villageCode: `11.01.01.200${host}`,
          withProof: true,
        }),
      );
    }
    expect(results.map((result) => result.kind)).toEqual(['admitted', 'admitted', 'admitted', 'limited']);
  });
});
