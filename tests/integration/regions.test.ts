import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { loadOfficialRegions } from '@/lib/regions/load';
import { testEngines } from '../support/databases';

const officialCounts = { province: 38, regency: 514, district: 7277, village: 83763 };

describe.each(testEngines())('official regions on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
  });
  afterAll(() => database.close());

  it('loads every province, kabupaten/kota, kecamatan and desa/kelurahan', async () => {
    expect(await loadOfficialRegions(database.prisma)).toEqual(officialCounts);
  });

  it('loading twice gives the same counts and names', async () => {
    expect(await loadOfficialRegions(database.prisma)).toEqual(officialCounts);
    const [bandung] = await database.sql.query<{ name: string; province_code: string }>(
      "SELECT name, province_code FROM regency WHERE code = '32.04'",
    );
    expect(bandung).toEqual({ name: 'Kabupaten Bandung', province_code: '32' });
  });
});
