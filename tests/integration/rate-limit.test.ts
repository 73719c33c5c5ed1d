import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import {
  createPublicLimiter,
  type GateCount,
  type GateRequest,
  type PublicLimiter,
  type PublicLimits,
} from '@/lib/gate/limits';
import { forgetExpiredProofs } from '@/lib/gate/proof';
import { testEngines } from '../support/databases';

const keySecret = 'integration-test-portal-secret-32-chars!';
const limits: PublicLimits = {
  ipPerMinute: 5,
  ipv6Net48PerMinute: 8,
  challengesPerMinute: 6,
  formTokenPerMinute: 2,
  ticketCodePerMinute: 3,
  slipVerificationsPerMinute: 10,
};
type Answer = GateCount['admission'];
const kinds = (answers: Answer[]) => answers.map((answer) => answer.kind);
const claimOf = (signature: string) => ({ signature, expiresAt: new Date(Date.now() + 300_000) });

async function times(count: number, ask: (index: number) => Promise<Answer>): Promise<Answer[]> {
  const results: Answer[] = [];
  for (let index = 0; index < count; index++) results.push(await ask(index));
  return results;
}

describe.each(testEngines())('public rate limits on $name', (engine) => {
  let database: Database;
  let limiter: PublicLimiter;
  const ask = async (request: GateRequest) => (await limiter.admit(request)).admission;

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    limiter = createPublicLimiter(database.prisma, limits, keySecret);
  });

  it('passes a proof or token once, counting nothing but the village on a replay', async () => {
    const request = { ip: '203.0.113.20', pass: 'proof' as const, claim: claimOf('a'.repeat(64)) };
    expect(await limiter.admit({ ...request, villageCode: '32.04.05.2040' })).toEqual({
      admission: { kind: 'admitted' },
      villageCount: 1,
    });
    expect(await limiter.admit({ ...request, villageCode: '32.04.05.2040' })).toEqual({
      admission: { kind: 'replayed' },
      villageCount: 2,
    });
    // The replay spent nothing of the address's budget: four of five are left.
    const rest = await times(5, () => ask({ ip: '203.0.113.20', pass: 'proof' }));
    expect(kinds(rest)).toEqual(['admitted', 'admitted', 'admitted', 'admitted', 'limited']);
  });

  it('lets exactly one of two simultaneous uses through', async () => {
    const request = { ip: '203.0.113.21', pass: 'token' as const, claim: claimOf('form:same-token') };
    const results = await Promise.all([ask(request), ask(request)]);
    expect(kinds(results).sort()).toEqual(['admitted', 'replayed']);
  });

  it('counts nothing more for a client already over its own limit', async () => {
    const ip = '2001:db8:9:1::1';
    await times(5, () => ask({ ip, pass: 'proof' }));
    // Over its own limit: neither the /48 nor the ticket code is spent by these.
    const refused = await times(3, () => ask({ ip, pass: 'proof', ticketCode: 'TK000077' }));
    expect(refused.map((answer) => answer.kind === 'limited' && answer.scope)).toEqual([
      'address',
      'address',
      'address',
    ]);
    expect(await ask({ ip: '2001:db8:9:2::1', pass: 'proof', ticketCode: 'TK000077' })).toEqual({
      kind: 'admitted',
    });
  });

  it('forgets used proofs once they have expired', async () => {
    const signature = 'b'.repeat(64);
    await limiter.admit({
      ip: '203.0.113.22',
      pass: 'proof',
      claim: { signature, expiresAt: new Date(1000) },
    });
    await forgetExpiredProofs(database.prisma, new Date());
    expect(await database.prisma.usedProof.count({ where: { signature } })).toBe(0);
  });
  afterAll(() => database.close());

  it('limits one address with proofs of work, and says when to come back', async () => {
    const results = await times(6, () => ask({ ip: '203.0.113.10', pass: 'proof' }));
    expect(kinds(results)).toEqual(['admitted', 'admitted', 'admitted', 'admitted', 'admitted', 'limited']);
    const last = results.at(-1);
    expect(last).toMatchObject({ kind: 'limited', scope: 'address' });
    if (last?.kind !== 'limited') return;
    expect(last.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(last.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('gives form tokens their own, stricter budget', async () => {
    const tokens = await times(3, () => ask({ ip: '203.0.113.11', pass: 'token' }));
    expect(kinds(tokens)).toEqual(['admitted', 'admitted', 'limited']);
    expect(await ask({ ip: '203.0.113.11', pass: 'proof' })).toEqual({ kind: 'admitted' });
  });

  it('counts an IPv6 /64 as one address and a /48 as one network', async () => {
    const sameSlash64 = await times(6, (i) => ask({ ip: `2001:db8:5:6::${i + 1}`, pass: 'proof' }));
    expect(kinds(sameSlash64).at(-1)).toBe('limited');
    // Five of the /48's eight are spent; three more /64s get one each, the next is refused.
    const others = await times(4, (i) => ask({ ip: `2001:db8:5:${100 + i}::1`, pass: 'proof' }));
    expect(kinds(others)).toEqual(['admitted', 'admitted', 'admitted', 'limited']);
    expect(others[3]).toMatchObject({ scope: 'network' });
  });

  it('counts villages without refusing them', async () => {
    let count = 0;
    for (let request = 0; request < 40; request++) count = await limiter.countVillage('32.04.05.2020');
    expect(count).toBe(40);
    expect(await limiter.villageVolume('32.04.05.2020')).toBe(40);
  });

  it('limits each ticket code on its own window', async () => {
    const results = await times(4, (i) =>
      ask({ ip: `198.51.100.${i}`, pass: 'proof', ticketCode: 'TK000001' }),
    );
    expect(kinds(results)).toEqual(['admitted', 'admitted', 'admitted', 'limited']);
    expect(results[3]).toMatchObject({ scope: 'ticket' });
    expect(await ask({ ip: '198.51.100.9', pass: 'proof', ticketCode: 'TK000002' })).toEqual({
      kind: 'admitted',
    });
  });

  it('admits a few slip checks per address and minute, one IPv6 /64 as one address', async () => {
    const checks = await times(11, (i) => limiter.admitSlipCheck(`2001:db8:1:2::${i + 1}`));
    expect(kinds(checks).slice(-2)).toEqual(['admitted', 'limited']);
    expect(checks[10]).toMatchObject({ scope: 'address' });
    expect(await limiter.admitSlipCheck('203.0.113.8')).toEqual({ kind: 'admitted' });
  });

  it('limits challenges per address and reports the count that prices them', async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await limiter.admitChallenge('192.0.2.1'));
    expect(results.slice(0, 6).map((r) => (r.kind === 'admitted' ? r.addressCount : -1))).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(results[6]).toMatchObject({ kind: 'limited', scope: 'challenge' });
  });

  it.runIf(engine.name === 'postgres')(
    'shares counts between app instances, keyed without raw addresses or ticket codes',
    async () => {
      const config = await engine.fresh();
      const [first, second] = [await openDatabase(config), await openDatabase(config)];
      try {
        await applyMigrations(first.adapterFactory);
        const [a, b] = [
          createPublicLimiter(first.prisma, limits, keySecret),
          createPublicLimiter(second.prisma, limits, keySecret),
        ];
        const results = await times(6, async (i) => {
          const instance = i % 2 === 0 ? a : b;
          return (await instance.admit({ ip: '203.0.113.50', pass: 'proof', ticketCode: `TK00${i}` }))
            .admission;
        });
        expect(kinds(results)).toEqual([
          'admitted',
          'admitted',
          'admitted',
          'admitted',
          'admitted',
          'limited',
        ]);
        await a.countVillage('32.04.05.2030');
        expect(await b.villageVolume('32.04.05.2030')).toBe(1);
        const keys = await first.prisma.rateLimit.findMany({ select: { key: true } });
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.some((row) => row.key.includes('203.0.113') || row.key.includes('TK00'))).toBe(false);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    },
  );
});
