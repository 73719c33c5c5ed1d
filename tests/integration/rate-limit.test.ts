import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import {
  createPublicLimiter,
  rateLimitTable,
  type Admission,
  type GateRequest,
  type PublicLimiter,
  type PublicLimits,
} from '@/lib/gate/limits';
import { testEngines } from '../support/databases';

const keySecret = 'integration-test-portal-secret-32-chars!';
const limits: PublicLimits = {
  ipPerMinute: 5,
  ipv6Net48PerMinute: 8,
  challengesPerMinute: 6,
  formTokenPerMinute: 2,
  ticketCodePerMinute: 3,
  globalPerSecond: 1000,
  slipVerificationsPerMinute: 10,
};
const kinds = (admissions: Admission[]) => admissions.map((admission) => admission.kind);

async function times(count: number, ask: (index: number) => Promise<Admission>): Promise<Admission[]> {
  const results: Admission[] = [];
  for (let index = 0; index < count; index++) results.push(await ask(index));
  return results;
}

describe.each(testEngines())('public rate limits on $name', (engine) => {
  let database: Database;
  let limiter: PublicLimiter;
  const ask = (request: GateRequest) => limiter.admit(request);

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    limiter = createPublicLimiter(database, limits, keySecret);
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

  it('limits everyone together on one instance', async () => {
    const tight = createPublicLimiter(database, { ...limits, globalPerSecond: 2 }, keySecret);
    const burst = await times(3, (i) => tight.admit({ ip: `192.0.2.${i}`, pass: 'proof' }));
    expect(kinds(burst)).toEqual(['admitted', 'admitted', 'limited']);
    expect(burst[2]).toEqual({ kind: 'limited', scope: 'global', retryAfterSeconds: 1 });
  });

  it.runIf(engine.name === 'postgres')(
    'shares counts between app instances, keyed without raw addresses or ticket codes',
    async () => {
      const config = await engine.fresh();
      const [first, second] = [await openDatabase(config), await openDatabase(config)];
      try {
        const [a, b] = [
          createPublicLimiter(first, limits, keySecret),
          createPublicLimiter(second, limits, keySecret),
        ];
        const results = await times(6, (i) =>
          (i % 2 === 0 ? a : b).admit({ ip: '203.0.113.50', pass: 'proof', ticketCode: `TK00${i}` }),
        );
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
        const keys = await first.sql.query<{ key: string }>(`SELECT key FROM ${rateLimitTable}`);
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.some((row) => row.key.includes('203.0.113') || row.key.includes('TK00'))).toBe(false);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    },
  );
});
