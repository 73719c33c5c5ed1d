import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { findResidentsInVillage, lookupInput, type LookupOutcome } from '@/lib/lookup';
import { forgetActiveSnapshots } from '@/lib/lookup/active-snapshots';
import { forgetPastFailures } from '@/lib/lookup/confirmation-failures';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

// Demo residents (docs/demo-residents.md).
const kedungdoro = '35.78.05.1003';
const barebbo = '73.08.09.2007';
const sriWahyuniNik = '3578054703859001';
const cap = 5;
const day = new Date('2026-01-10T03:00:00Z');
const nextDay = new Date('2026-01-11T03:00:00Z');

// The answer's shape without what differs on every lookup.
const shape = (outcome: LookupOutcome) => ({ ...outcome, reference: '', checkedAt: '', searchedAs: null });

describe.each(testEngines())('failed confirmations cap on $name', (engine) => {
  let database: Database;
  const lookup = (fields: Record<string, string>, now = day) =>
    findResidentsInVillage(
      database.prisma,
      testSecret,
      lookupInput.parse(fields),
      { channel: 'PUBLIC' },
      {
        now,
        failedConfirmationsPerDay: cap,
      },
    );
  const wrongDates = async (fullName: string, villageCode = kedungdoro, times = cap) => {
    const kinds: string[] = [];
    for (let month = 1; month <= times; month += 1)
      kinds.push(
        (await lookup({ villageCode, fullName, birthDate: `1949-${String(month).padStart(2, '0')}-18` }))
          .kind,
      );
    return kinds;
  };

  beforeAll(async () => {
    forgetActiveSnapshots();
    database = await openSeededDatabase(engine, 300);
  });
  afterAll(() => database.close());

  it('shows no age before the birth date confirms the person, and the age after', async () => {
    const nameOnly = await lookup({ villageCode: kedungdoro, fullName: 'Lina Wijaya' });
    expect(nameOnly.kind === 'found' && nameOnly.residents[0]?.age).toBeNull();
    const confirmed = await lookup({
      villageCode: kedungdoro,
      fullName: 'Lina Wijaya',
      birthDate: '1987-04-18',
    });
    expect(confirmed.kind === 'found' && confirmed.residents[0]?.age).toBe(38);
  });

  it('after the cap, a correct birth date no longer confirms, under any spelling of the name', async () => {
    expect(await wrongDates('Djoko Tjahjono')).toEqual(Array(cap).fill('not-found'));
    const locked = await lookup({
      villageCode: kedungdoro,
      fullName: 'Djoko Tjahjono',
      birthDate: '1949-02-17',
    });
    expect(locked.kind).toBe('locked');
    expect(JSON.stringify(locked)).not.toMatch(/desil|1949|D\*+O/i);
    // Another spelling counts against the same person: the person's own counter is at the cap.
    expect(
      (await lookup({ villageCode: kedungdoro, fullName: 'Joko Cahyono', birthDate: '1949-02-17' })).kind,
    ).toBe('locked');
    // Others in the village are not affected, and the name alone still answers as before.
    expect(
      (await lookup({ villageCode: kedungdoro, fullName: 'Tan Siok Lan', birthDate: '1952-09-03' })).kind,
    ).toBe('found');
    expect((await lookup({ villageCode: kedungdoro, fullName: 'Djoko Tjahjono' })).kind).toBe('found');
  });

  it('gives the same locked answer for a name nobody has', async () => {
    const existing = await lookup({
      villageCode: kedungdoro,
      fullName: 'Djoko Tjahjono',
      birthDate: '1949-02-17',
    });
    expect(await wrongDates('Yohanes Sitompul')).toEqual(Array(cap).fill('not-found'));
    const nobody = await lookup({
      villageCode: kedungdoro,
      fullName: 'Yohanes Sitompul',
      birthDate: '1949-02-17',
    });
    expect(nobody.kind).toBe('locked');
    expect(shape(nobody)).toEqual(shape(existing));
    expect(Object.keys(nobody).sort()).toEqual(['checkedAt', 'kind', 'reference', 'searchedAs', 'snapshots']);
  });

  it('counts wrong NIKs like wrong birth dates', async () => {
    for (let serial = 1; serial <= cap; serial += 1) {
      const nik = `357805470385${String(serial).padStart(4, '0')}`;
      expect((await lookup({ villageCode: kedungdoro, fullName: 'Sri Wahyuni', nik })).kind).toBe(
        'not-found',
      );
    }
    expect(
      (await lookup({ villageCode: kedungdoro, fullName: 'Sri Wahyuni', nik: sriWahyuniNik })).kind,
    ).toBe('locked');
    // Without anything to confirm, the exact name still shows the status, without desil or age.
    const nameOnly = await lookup({ villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
    expect(nameOnly.kind === 'found' && nameOnly.residents[0]).toMatchObject({ age: null, welfare: null });
  });

  it('looking up by name alone never counts', async () => {
    for (let i = 0; i < cap * 2; i += 1) await lookup({ villageCode: barebbo, fullName: 'Sitti Hasnah' });
    expect(
      (await lookup({ villageCode: barebbo, fullName: 'Sitti Hasnah', birthDate: '1962-07-01' })).kind,
    ).toBe('found');
  });

  it('holds the cap when the guesses come all at once', async () => {
    const kinds = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        lookup({
          villageCode: barebbo,
          fullName: 'Ambo Dalle',
          birthDate: `1996-03-${String(i + 1).padStart(2, '0')}`,
        }),
      ),
    );
    // 14 March is his birth date: it may be among the first five only by chance of order.
    const answered = kinds.filter((outcome) => outcome.kind !== 'locked');
    expect(answered.length).toBeLessThanOrEqual(cap + 1);
    expect(answered.filter((outcome) => outcome.kind === 'not-found').length).toBeLessThanOrEqual(cap);
  });

  it('records a locked lookup in the audit as its own result, without personal data', async () => {
    const rows = await database.sql.query<{ result: string; match_count: number; programme_codes: string[] }>(
      `SELECT result::text AS result, match_count, programme_codes FROM lookup_audit WHERE result = 'CONFIRMATION_LOCKED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row).toMatchObject({ match_count: 0, programme_codes: [] });
    const counters = await database.sql.query<Record<string, unknown>>('SELECT * FROM confirmation_failure');
    const dump = JSON.stringify(counters).toLowerCase();
    for (const fragment of ['djoko', 'sitompul', 'wahyuni', kedungdoro, sriWahyuniNik])
      expect(dump).not.toContain(fragment);
    for (const counter of counters) expect(counter.subject).toMatch(/^[0-9a-f]{64}$/);
  });

  it('opens again the next day (WIB), and past days are purged', async () => {
    expect(
      (
        await lookup(
          { villageCode: kedungdoro, fullName: 'Djoko Tjahjono', birthDate: '1949-02-17' },
          nextDay,
        )
      ).kind,
    ).toBe('found');
    const count = async () =>
      (await database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM confirmation_failure'))[0]?.n;
    expect(await count()).toBeGreaterThan(0);
    await forgetPastFailures(database.prisma, '2026-01-11');
    expect(await count()).toBe(0);
  });
});
