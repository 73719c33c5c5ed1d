import 'server-only';
import { createHash } from 'node:crypto';
import type { Database, SqlSession } from '@/lib/db';
import { demoResidents, generateRegistry, type Village } from '@/lib/demo';
import { BulkWriter } from '@/lib/db/bulk/bulk-writer';
import { bulkTables } from '@/lib/db/bulk/tables';
import { programmeNames, registrySources } from '@/lib/registry';
import { seedDemoStaff } from '@/lib/staff/users/demo-staff';
import { demoProgrammePeriods, demoSnapshots } from './periods';
import { writeGeneratedPerson, type SeedContext } from './person-rows';

// `villageCodes` confines the generated residents to those villages (benchmarks of one
// large village); by default they spread over the whole country.
export type SeedOptions = { seed: number; persons: number; secret: string; villageCodes?: readonly string[] };
export type SeedReport =
  | { kind: 'seeded'; persons: number; households: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string };

// Bump when the generator changes its output, so an old demo database is replaced.
const generatorVersion = 1;
const personTables = [
  'programme_assignment',
  'dtsen_entry',
  'dtks_entry',
  'person_name_key',
  'person',
  'household',
];

const programmePeriodsNewestFirst = [demoProgrammePeriods.current.code, demoProgrammePeriods.previous.code];

function seedChecksum(options: SeedOptions): string {
  const villages = options.villageCodes ? `:${options.villageCodes.join(',')}` : '';
  return createHash('sha256')
    .update(`demo-seed:v${generatorVersion}:${options.seed}:${options.persons}${villages}`)
    .digest('hex');
}

async function readVillages(sql: SqlSession, codes: readonly string[] | undefined): Promise<Village[]> {
  const rows = await sql.query<{ code: string; district_code: string; name: string }>(
    'SELECT code, district_code, name FROM village WHERE $1::text[] IS NULL OR code = ANY($1) ORDER BY code',
    [codes ?? null],
  );
  return rows.map((row) => ({ code: row.code, districtCode: row.district_code, name: row.name }));
}

async function createSnapshots(sql: SqlSession, checksum: string): Promise<SeedContext['snapshotIds']> {
  const ids = { DTKS: 0, DTSEN: 0 };
  for (const source of registrySources) {
    const { period, label } = demoSnapshots[source];
    const [row] = await sql.query<{ id: number }>(
      `INSERT INTO registry_snapshot (source, period, label, file_checksum, state, demo, activated_at, programme_periods)
       VALUES ($1::"RegistrySource", $2, $3, $4, 'ACTIVE', true, now(), $5) RETURNING id`,
      [source, period, label, checksum, source === 'DTKS' ? programmePeriodsNewestFirst : []],
    );
    if (!row) throw new Error('snapshot insert returned nothing');
    ids[source] = row.id;
  }
  return ids;
}

// Replaces the demo registry with the one generated from (seed, persons), in one
// transaction: same options give the same rows, and running it twice changes nothing.
// It never touches snapshots that were imported from real files. The demo staff accounts
// (docs/demo-staff.md) come with the demo registry and only with it.
export async function seedDemoRegistry(database: Database, options: SeedOptions): Promise<SeedReport> {
  const checksum = seedChecksum(options);
  return database.sql.transaction(async (sql) => {
    const snapshots = await sql.query<{ demo: boolean; file_checksum: string; state: string }>(
      'SELECT demo, file_checksum, state FROM registry_snapshot',
    );
    if (snapshots.some((snapshot) => !snapshot.demo)) {
      return {
        kind: 'refused',
        reason: 'The registry holds imported snapshots; the demo seed would mix with real data.',
      };
    }
    if (
      snapshots.length > 0 &&
      snapshots.every((s) => s.file_checksum === checksum && s.state === 'ACTIVE')
    ) {
      return { kind: 'unchanged' };
    }
    await sql.query(`TRUNCATE ${personTables.join(', ')}, registry_snapshot RESTART IDENTITY CASCADE`);
    for (const [code, name] of Object.entries(programmeNames)) {
      await sql.query(
        'INSERT INTO programme (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = $2',
        [code, name],
      );
    }
    const writer = new BulkWriter(sql, bulkTables);
    const context: SeedContext = {
      writer,
      secret: options.secret,
      snapshotIds: await createSnapshots(sql, checksum),
      householdIds: new Map(),
      nextPersonId: 1,
    };
    for (const person of demoResidents) await writeGeneratedPerson(context, person);
    const villages = await readVillages(sql, options.villageCodes);
    for (const person of generateRegistry({ seed: options.seed, persons: options.persons, villages })) {
      await writeGeneratedPerson(context, person);
    }
    await writer.flush();
    for (const table of ['person', 'household']) {
      await sql.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`,
      );
    }
    await seedDemoStaff(sql, options.secret);
    const persons = context.nextPersonId - 1;
    await sql.query(
      `UPDATE registry_snapshot s SET rows_read = c.n, rows_accepted = c.n
       FROM (SELECT snapshot_id, count(*)::int AS n FROM dtks_entry GROUP BY 1
             UNION ALL SELECT snapshot_id, count(*)::int FROM dtsen_entry GROUP BY 1) c
       WHERE c.snapshot_id = s.id`,
    );
    return { kind: 'seeded', persons, households: context.householdIds.size };
  });
}
