import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { createLookupLimiter, rateLimitTable, type Admission, type LookupLimiter } from '@/lib/rate-limit';
import { testEngines } from '../support/databases';

const keySecret = 'integration-test-portal-secret-32-chars!';
const limits = { ipPerMinute: 5, ipNoProofPerMinute: 2, villagePerMinute: 8, globalPerSecond: 1000 };
const village = (n: number) => `32.04.05.${2000 + n}`;
const kinds = (admissions: Admission[]) => admissions.map((admission) => admission.kind);

async function times(count: number, ask: (index: number) => Promise<Admission>): Promise<Admission[]> {
  const results: Admission[] = [];
  for (let index = 0; index < count; index++) results.push(await ask(index));
  return results;
}

describe.each(testEngines())('lookup rate limits on $name', (engine) => {
  let database: Database;
  let limiter: LookupLimiter;

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    limiter = createLookupLimiter(database, limits, keySecret);
  });
  afterAll(() => database.close());

  it('limits one IP with proof of work, and says when to come back', async () => {
    const results = await times(6, (i) =>
      limiter.admit({ ip: '203.0.113.10', villageCode: village(i), withProof: true }),
    );
    expect(kinds(results)).toEqual(['admitted', 'admitted', 'admitted', 'admitted', 'admitted', 'limited']);
    const last = results.at(-1);
    expect(last).toMatchObject({ kind: 'limited', scope: 'ip' });
    if (last?.kind !== 'limited') return;
    expect(last.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(last.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('limits an IP without proof of work sooner', async () => {
    const results = await times(3, (i) =>
      limiter.admit({ ip: '203.0.113.11', villageCode: village(10 + i), withProof: false }),
    );
    expect(kinds(results)).toEqual(['admitted', 'admitted', 'limited']);
    expect(results[2]).toMatchObject({ scope: 'ip' });
  });

  it('limits one village across many IPs, without touching other villages', async () => {
    const results = await times(9, (i) =>
      limiter.admit({ ip: `198.51.100.${i}`, villageCode: village(20), withProof: true }),
    );
    expect(kinds(results).filter((kind) => kind === 'admitted')).toHaveLength(8);
    expect(results.at(-1)).toMatchObject({ kind: 'limited', scope: 'village' });
    expect(await limiter.admit({ ip: '198.51.100.200', villageCode: village(21), withProof: true })).toEqual({
      kind: 'admitted',
    });
  });

  it('limits everyone together, and gives the village back a lookup refused for load', async () => {
    // On PostgreSQL every limiter on one database shares its counters, so this one gets its own;
    // in memory a new limiter starts from nothing anyway (and a second PGlite is slow to boot).
    const own = engine.name === 'postgres' ? await openDatabase(await engine.fresh()) : database;
    try {
      const tight = createLookupLimiter(
        own,
        { ...limits, globalPerSecond: 2, villagePerMinute: 3 },
        keySecret,
      );
      const ask = (host: number) =>
        tight.admit({ ip: `192.0.2.${host}`, villageCode: village(30), withProof: true });
      const burst = await times(3, ask);
      expect(kinds(burst)).toEqual(['admitted', 'admitted', 'limited']);
      expect(burst[2]).toEqual({ kind: 'limited', scope: 'global', retryAfterSeconds: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      // Two lookups used the village's three; the refused one did not.
      expect(kinds([await ask(10)])).toEqual(['admitted']);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await ask(11)).toMatchObject({ kind: 'limited', scope: 'village' });
    } finally {
      if (own !== database) await own.close();
    }
  });

  it.runIf(engine.name === 'postgres')(
    'shares counts between app instances, keyed without raw IPs',
    async () => {
      const config = await engine.fresh();
      const [first, second] = [await openDatabase(config), await openDatabase(config)];
      try {
        const [a, b] = [
          createLookupLimiter(first, limits, keySecret),
          createLookupLimiter(second, limits, keySecret),
        ];
        const results = await times(6, (i) =>
          (i % 2 === 0 ? a : b).admit({ ip: '203.0.113.50', villageCode: village(40 + i), withProof: true }),
        );
        expect(kinds(results)).toEqual([
          'admitted',
          'admitted',
          'admitted',
          'admitted',
          'admitted',
          'limited',
        ]);
        const keys = await first.sql.query<{ key: string }>(`SELECT key FROM ${rateLimitTable}`);
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.some((row) => row.key.includes('203.0.113'))).toBe(false);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    },
  );
});
