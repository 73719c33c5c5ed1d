import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { testEngines } from '../support/databases';
import { openSeededDatabase } from '../support/seeded-database';

const regionOnly = /^\d{6}\*{10}$/;

// The migration's statements that re-mask values stored in the older form ("320405********01").
async function remaskStatements(): Promise<string[]> {
  const migrations = path.resolve('prisma/migrations');
  const folder = (await readdir(migrations)).find((name) => name.endsWith('_confirmation_cap'));
  if (!folder) throw new Error('migration confirmation_cap not found');
  const text = await readFile(path.join(migrations, folder, 'migration.sql'), 'utf8');
  return text
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.startsWith('UPDATE'));
}

describe.each(testEngines())('masked NIK and KK on $name', (engine) => {
  let database: Database;
  const count = async (query: string) => (await database.sql.query<{ n: number }>(query))[0]?.n;

  beforeAll(async () => {
    database = await openSeededDatabase(engine, 200);
  });
  afterAll(() => database.close());

  it('stores masked NIKs and KKs with the region digits only', async () => {
    const rows = await database.sql.query<{ nik_masked: string; kk_masked: string }>(
      'SELECT p.nik_masked, h.kk_masked FROM person p JOIN household h ON h.id = p.household_id',
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.nik_masked).toMatch(regionOnly);
      expect(row.kk_masked).toMatch(regionOnly);
    }
  });

  it('re-masks values stored in the older form, in persons, households, rejections and tickets', async () => {
    await database.sql.query(`UPDATE person SET nik_masked = left(nik_masked, 6) || '********' || '01'`);
    await database.sql.query(`UPDATE household SET kk_masked = left(kk_masked, 6) || '********' || '02'`);
    await database.sql.query(
      `INSERT INTO ticket (code, kind, channel, village_code, submission_key, applicant_name, applicant_birth_date, details)
       VALUES ('TEST-MASK', 'USULAN', 'PUBLIC', '35.78.05.1003', 'test-mask', 'Uji', '1980-01-01',
               '{"nikMasked": "357805********01", "kkMasked": "357805********02", "phone": "0812"}')`,
    );
    for (const statement of await remaskStatements()) await database.sql.query(statement);

    expect(await count(`SELECT count(*)::int AS n FROM person WHERE nik_masked !~ '^[0-9]{6}[*]{10}$'`)).toBe(
      0,
    );
    expect(
      await count(`SELECT count(*)::int AS n FROM household WHERE kk_masked !~ '^[0-9]{6}[*]{10}$'`),
    ).toBe(0);
    const [ticket] = await database.sql.query<{ details: Record<string, string> }>(
      `SELECT details FROM ticket WHERE code = 'TEST-MASK'`,
    );
    expect(ticket?.details).toEqual({
      nikMasked: '357805**********',
      kkMasked: '357805**********',
      phone: '0812',
    });
  });
});
