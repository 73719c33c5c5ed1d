import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { loadOfficialRegions } from '@/lib/regions/load';
import { seedDemoRegistry } from '@/lib/demo/seed';
import { testEngines } from '../support/databases';
import { testSecret } from '../support/seeded-database';

// A fingerprint of everything the seed writes, in a stable order.
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    household: 'SELECT id, kk_hash, village_code, address, rt, rw FROM household ORDER BY id',
    person:
      'SELECT id, household_id, full_name, birth_date, sex, nik_hash, quality_flags FROM person ORDER BY id',
    person_name_key: 'SELECT village_code, key, person_id FROM person_name_key ORDER BY 1, 2, 3',
    dtks_entry: 'SELECT person_id, status FROM dtks_entry ORDER BY person_id',
    dtsen_entry: 'SELECT person_id, desil FROM dtsen_entry ORDER BY person_id',
    programme_assignment:
      'SELECT person_id, programme_code, period, received, remark FROM programme_assignment ORDER BY 1, 2, 3',
  };
  const result: Record<string, string> = {};
  for (const [table, query] of Object.entries(tables)) {
    const [row] = await database.sql.query<{ digest: string; n: number }>(
      `SELECT md5(coalesce(string_agg(t::text, '|'), '')) AS digest, count(*)::int AS n FROM (${query}) t`,
    );
    result[table] = `${row?.n}:${row?.digest}`;
  }
  return result;
}

async function freshDatabase(engine: ReturnType<typeof testEngines>[number]): Promise<Database> {
  const database = await openDatabase(await engine.fresh());
  await applyMigrations(database.adapterFactory);
  await loadOfficialRegions(database.prisma);
  return database;
}

describe.each(testEngines())('demo seed on $name', (engine) => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    [first, second] = [await freshDatabase(engine), await freshDatabase(engine)];
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('is deterministic: the same seed writes the same rows on two databases', async () => {
    const options = { seed: 11, persons: 1500, secret: testSecret };
    expect(await seedDemoRegistry(first, options)).toMatchObject({ kind: 'seeded' });
    expect(await seedDemoRegistry(second, options)).toMatchObject({ kind: 'seeded' });
    const fingerprintOfFirst = await fingerprint(first);
    expect(fingerprintOfFirst.person).toMatch(/^15\d\d:/);
    expect(await fingerprint(second)).toEqual(fingerprintOfFirst);
  });

  it('is idempotent: seeding again with the same options changes nothing', async () => {
    const before = await fingerprint(first);
    expect(await seedDemoRegistry(first, { seed: 11, persons: 1500, secret: testSecret })).toEqual({
      kind: 'unchanged',
    });
    expect(await fingerprint(first)).toEqual(before);
  });

  it('another seed replaces the demo registry instead of adding to it', async () => {
    expect(await seedDemoRegistry(first, { seed: 12, persons: 1000, secret: testSecret })).toMatchObject({
      kind: 'seeded',
    });
    const [count] = await first.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM person');
    expect(count?.n).toBeLessThan(1100);
    expect(await fingerprint(first)).not.toEqual(await fingerprint(second));
  });

  it('never mixes with imported snapshots', async () => {
    await second.sql.query(
      `INSERT INTO registry_snapshot (source, period, label, file_checksum, state) VALUES ('DTKS', '2026-01', 'DTKS Januari 2026', repeat('a', 64), 'ACTIVE')`,
    );
    expect(await seedDemoRegistry(second, { seed: 13, persons: 10, secret: testSecret })).toMatchObject({
      kind: 'refused',
    });
  });
});
