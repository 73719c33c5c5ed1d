import 'server-only';
import type { SqlSession } from '@/lib/db';
import { programmeNames } from '@/lib/registry';
import { demoProgrammePeriods, demoSnapshots } from '../periods';

// The statements of the demo seed's one transaction. SQL (the bulk SqlSession): they commit or
// roll back with the COPY of the generated rows, on that connection.

const personTables = [
  'programme_assignment',
  'dtsen_entry',
  'dtks_entry',
  'person_name_key',
  'person',
  'household',
];

const programmePeriodsNewestFirst = [demoProgrammePeriods.current.code, demoProgrammePeriods.previous.code];

export function registrySnapshots(
  sql: SqlSession,
): Promise<{ demo: boolean; file_checksum: string; state: string }[]> {
  return sql.query('SELECT demo, file_checksum, state FROM registry_snapshot');
}

// Empties the registry and names the demo's programmes.
export async function clearRegistry(sql: SqlSession): Promise<void> {
  await sql.query(`TRUNCATE ${personTables.join(', ')}, registry_snapshot RESTART IDENTITY CASCADE`);
  for (const [code, name] of Object.entries(programmeNames)) {
    await sql.query(
      'INSERT INTO programme (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = $2',
      [code, name],
    );
  }
}

export async function createSnapshots(
  sql: SqlSession,
  checksum: string,
): Promise<{ DTKS: number; DTSEN: number }> {
  const ids = { DTKS: 0, DTSEN: 0 };
  for (const source of ['DTKS', 'DTSEN'] as const) {
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

// After the COPY wrote explicit ids: the sequences continue past them, and the snapshots count
// their entries.
export async function finishRegistry(sql: SqlSession): Promise<void> {
  for (const table of ['person', 'household']) {
    await sql.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`,
    );
  }
  await sql.query(
    `UPDATE registry_snapshot s SET rows_read = c.n, rows_accepted = c.n
     FROM (SELECT snapshot_id, count(*)::int AS n FROM dtks_entry GROUP BY 1
           UNION ALL SELECT snapshot_id, count(*)::int FROM dtsen_entry GROUP BY 1) c
     WHERE c.snapshot_id = s.id`,
  );
}
