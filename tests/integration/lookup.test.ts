import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { findResidentsInVillage, lookupInput, type LookupOutcome } from '@/lib/lookup';
import { forgetActiveSnapshots } from '@/lib/lookup/active-snapshots';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const cileunyiWetan = '32.04.05.2002';
const kedungdoro = '35.78.05.1003';

describe.each(testEngines())('resident lookup on $name', (engine) => {
  let database: Database;
  const lookup = (fields: Record<string, string>) =>
    findResidentsInVillage(database.prisma, testSecret, lookupInput.parse(fields), { channel: 'PUBLIC' });

  beforeAll(async () => {
    forgetActiveSnapshots();
    database = await openSeededDatabase(engine);
  });
  afterAll(() => database.close());

  it('finds a resident by exact name, without desil until the birth date confirms', async () => {
    const outcome = await lookup({ villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.residents).toHaveLength(1);
    expect(outcome.residents[0]).toMatchObject({ maskedName: 'S*I W*****I', welfare: null });
    expect(outcome.residents[0]?.status.state).toBe('RECEIVING');
    expect(outcome.snapshots.dtks).toBe('DTKS periode Oktober 2025');

    const confirmed = await lookup({
      villageCode: kedungdoro,
      fullName: 'Sri Wahyuni',
      birthDate: '1985-03-07',
    });
    expect(confirmed.kind === 'found' && confirmed.residents[0]?.welfare).toEqual({
      desil: 1,
      group: 'SANGAT_MISKIN',
    });
  });

  it('finds a title and old spelling as the same name', async () => {
    const outcome = await lookup({ villageCode: kedungdoro, fullName: 'Muhamad Subagio' });
    expect(outcome.kind === 'found' && outcome.residents.map((r) => r.maskedName)).toEqual([
      'H. M**H. S******O',
    ]);
    expect(outcome.searchedAs).toBe('muhammad subagio');
  });

  it('finds a misspelt name only after the birth date confirms it', async () => {
    expect((await lookup({ villageCode: kedungdoro, fullName: 'Muhamad Subagyo' })).kind).toBe('not-found');
    const confirmed = await lookup({
      villageCode: kedungdoro,
      fullName: 'Muhamad Subagyo',
      birthDate: '12-06-1958',
    });
    expect(confirmed.kind).toBe('found');
  });

  it('never returns a resident of another village', async () => {
    expect(
      (await lookup({ villageCode: cileunyiWetan, fullName: 'Sri Wahyuni', birthDate: '1985-03-07' })).kind,
    ).toBe('not-found');
    const sample = await database.sql.query<{ full_name: string; birth_date: string; village_code: string }>(
      `SELECT full_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, village_code FROM person ORDER BY id LIMIT 40 OFFSET 100`,
    );
    const villages = [...new Set(sample.map((person) => person.village_code))];
    for (const person of sample) {
      const other = villages.find((code) => code !== person.village_code) ?? kedungdoro;
      const [twin] = await database.sql.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM person WHERE village_code = $1 AND normalized_name = (SELECT normalized_name FROM person WHERE full_name = $2 LIMIT 1) AND birth_date = $3',
        [other, person.full_name, person.birth_date],
      );
      const elsewhere = await lookup({
        villageCode: other,
        fullName: person.full_name,
        birthDate: person.birth_date,
      });
      if (twin?.n === 0) expect(elsewhere.kind).toBe('not-found');
      const home = await lookup({
        villageCode: person.village_code,
        fullName: person.full_name,
        birthDate: person.birth_date,
      });
      expect(home.kind).toBe('found');
    }
  });

  it('tells apart exact namesakes only by their birth date', async () => {
    expect((await lookup({ villageCode: cileunyiWetan, fullName: 'Siti Aminah' })).kind).toBe('not-found');
    const outcome = await lookup({
      villageCode: cileunyiWetan,
      fullName: 'Siti Aminah',
      birthDate: '1991-11-23',
    });
    expect(outcome.kind === 'found' && outcome.residents.map((r) => r.status.state)).toEqual([
      'REGISTERED_NOT_RECEIVING',
    ]);
  });

  it('gives the same answer for not found, unconfirmed and a wrong birth date', async () => {
    const shape = (outcome: LookupOutcome) => ({
      ...outcome,
      reference: '',
      checkedAt: '',
      searchedAs: null,
    });
    const nobody = await lookup({ villageCode: kedungdoro, fullName: 'Yohanes Sitompul' });
    const unconfirmed = await lookup({ villageCode: kedungdoro, fullName: 'Moch Soebagyo' });
    expect(shape(unconfirmed)).toEqual(shape(nobody));
    const wrongDate = await lookup({
      villageCode: kedungdoro,
      fullName: 'Moch Soebagyo',
      birthDate: '1958-06-13',
    });
    const nobodyWithDate = await lookup({
      villageCode: kedungdoro,
      fullName: 'Yohanes Sitompul',
      birthDate: '1958-06-13',
    });
    expect(shape(wrongDate)).toEqual(shape(nobodyWithDate));
  });

  it('audit records hold no raw name and no NIK', async () => {
    // Only the rows this test writes: one per outcome, each naming someone.
    const [before] = await database.sql.query<{ last: string }>(
      'SELECT coalesce(max(id), 0)::text AS last FROM lookup_audit',
    );
    const lookups: Record<string, string>[] = [
      { villageCode: kedungdoro, fullName: 'Sri Wahyuni', birthDate: '1985-03-07' },
      { villageCode: kedungdoro, fullName: 'Muhamad Subagio' },
      { villageCode: cileunyiWetan, fullName: 'Siti Aminah' },
      { villageCode: kedungdoro, fullName: 'Yohanes Sitompul' },
      { villageCode: kedungdoro, fullName: 'Tan Siok Lan', nik: '3578054309529008' },
    ];
    for (const fields of lookups) await lookup(fields);
    const rows = await database.sql.query<Record<string, unknown>>(
      'SELECT * FROM lookup_audit WHERE id > $1::bigint ORDER BY id',
      [before?.last ?? '0'],
    );
    expect(rows).toHaveLength(lookups.length);
    const dump = JSON.stringify(rows).toLowerCase();
    for (const fragment of ['wahyuni', 'subagio', 'aminah', 'siok', 'sitompul', '3578054309529008']) {
      expect(dump).not.toContain(fragment);
    }
    expect(new Set(rows.map((row) => row.result))).toEqual(
      new Set(['FOUND', 'NOT_FOUND', 'NEEDS_CONFIRMATION']),
    );
  });
});
