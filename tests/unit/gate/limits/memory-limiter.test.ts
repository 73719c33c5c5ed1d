import { describe, expect, it } from 'vitest';
import { createPublicLimiter, type Admission, type GateRequest } from '@/lib/gate/limits/limiter';

const limits = {
  ipPerMinute: 3,
  ipv6Net48PerMinute: 5,
  challengesPerMinute: 4,
  formTokenPerMinute: 1,
  ticketCodePerMinute: 2,
  globalPerSecond: 100,
  slipVerificationsPerMinute: 3,
};
const embedded = { pgPool: null };
const keySecret = 'unit-test-portal-secret-of-32-characters!';

async function kinds(count: number, ask: (index: number) => Promise<Admission>): Promise<string[]> {
  const results: string[] = [];
  for (let index = 0; index < count; index++) results.push((await ask(index)).kind);
  return results;
}

describe('the public limiter in one process', () => {
  it('gives form tokens a budget of their own beside the proof budget of one address', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const ask = (pass: GateRequest['pass']) => limiter.admit({ ip: '203.0.113.1', pass });
    expect(await kinds(2, () => ask('token'))).toEqual(['admitted', 'limited']);
    expect(await kinds(4, () => ask('proof'))).toEqual(['admitted', 'admitted', 'admitted', 'limited']);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const results = await kinds(4, (i) => limiter.admit({ ip: `2001:db8:1:2::${i + 1}`, pass: 'proof' }));
    expect(results).toEqual(['admitted', 'admitted', 'admitted', 'limited']);
  });

  it('stops a flood from many /64s of one /48, and not its neighbour /48', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const results = await kinds(6, (i) => limiter.admit({ ip: `2001:db8:7:${i + 1}::1`, pass: 'proof' }));
    expect(results).toEqual(['admitted', 'admitted', 'admitted', 'admitted', 'admitted', 'limited']);
    expect(await limiter.admit({ ip: '2001:db8:8:1::1', pass: 'proof' })).toEqual({ kind: 'admitted' });
  });

  it('limits tracking per ticket code, from any address', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const results = await kinds(3, (i) =>
      limiter.admit({ ip: `198.51.100.${i}`, pass: 'proof', ticketCode: 'ABCD2345' }),
    );
    expect(results).toEqual(['admitted', 'admitted', 'limited']);
    expect(await limiter.admit({ ip: '198.51.100.9', pass: 'proof', ticketCode: 'ABCD2346' })).toEqual({
      kind: 'admitted',
    });
  });

  it('counts a village without ever refusing it', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const counts: number[] = [];
    for (let i = 0; i < 50; i++) counts.push(await limiter.countVillage('11.01.01.2001'));
    expect(counts.at(-1)).toBe(50);
    expect(await limiter.villageVolume('11.01.01.2001')).toBe(50);
    expect(await limiter.villageVolume('11.01.01.2002')).toBe(0);
  });

  it('limits challenges per address and reports the count that prices them', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await limiter.admitChallenge('192.0.2.1'));
    expect(results.slice(0, 4).map((r) => (r.kind === 'admitted' ? r.addressCount : -1))).toEqual([
      1, 2, 3, 4,
    ]);
    expect(results[4]).toMatchObject({ kind: 'limited', scope: 'challenge' });
  });

  it('admits a few slip checks per address and minute, then asks to wait', async () => {
    const limiter = createPublicLimiter(embedded, limits, keySecret);
    expect(await kinds(4, () => limiter.admitSlipCheck('203.0.113.7'))).toEqual([
      'admitted',
      'admitted',
      'admitted',
      'limited',
    ]);
    const refused = await limiter.admitSlipCheck('203.0.113.7');
    expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limiter.admitSlipCheck('203.0.113.8')).toEqual({ kind: 'admitted' });
  });

  it('counts slip checks from one IPv6 /64 as one address', async () => {
    const limiter = createPublicLimiter(embedded, { ...limits, slipVerificationsPerMinute: 1 }, keySecret);
    expect((await limiter.admitSlipCheck('2001:db8:1:2::1')).kind).toBe('admitted');
    expect((await limiter.admitSlipCheck('2001:db8:1:2::ffff')).kind).toBe('limited');
  });
});
