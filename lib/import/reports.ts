import 'server-only';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SqlSession } from '@/lib/db';
import { csvLine } from '@/lib/db/bulk/csv';
import { regionScope, scopeCondition, type RegionScope } from '@/lib/staff/scope';

// Reports read in pages by key, so a report of a million rows never sits in memory.
const pageSize = 5_000;

// The rejected rows of one import: line, column, reason code and the problem in Indonesian.
export async function* rejectionsCsv(sql: SqlSession, snapshotId: number): AsyncGenerator<string> {
  yield csvLine(['baris', 'kolom', 'kode', 'masalah', 'nilai']);
  let after = { line: 0, column: '' };
  for (;;) {
    const rows = await sql.query<{
      line: number;
      column: string;
      reason: string;
      message: string;
      value: string;
    }>(
      `SELECT line, "column", reason, message, value FROM import_rejection
       WHERE snapshot_id = $1 AND (line, "column") > ($2, $3) ORDER BY line, "column" LIMIT ${pageSize}`,
      [snapshotId, after.line, after.column],
    );
    for (const row of rows) yield csvLine([row.line, row.column, row.reason, row.message, row.value]);
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { line: last.line, column: last.column };
  }
}

// The snapshot that was in force before this one for the same source.
export async function previousSnapshotOf(sql: SqlSession, snapshotId: number): Promise<number | null> {
  const [row] = await sql.query<{ id: number }>(
    `SELECT p.id FROM registry_snapshot s JOIN registry_snapshot p ON p.source = s.source AND p.id <> s.id
     WHERE s.id = $1 AND p.state = 'SUPERSEDED' AND p.activated_at IS NOT NULL
     ORDER BY p.activated_at DESC, p.id DESC LIMIT 1`,
    [snapshotId],
  );
  return row?.id ?? null;
}

async function sourceOf(sql: SqlSession, snapshotId: number): Promise<'DTKS' | 'DTSEN'> {
  const [row] = await sql.query<{ source: 'DTKS' | 'DTSEN' }>(
    'SELECT source FROM registry_snapshot WHERE id = $1',
    [snapshotId],
  );
  if (!row) throw new Error(`snapshot ${snapshotId} does not exist`);
  return row.source;
}

// Persons whose entry differs between two snapshots of one source: entered (only in the
// newer), left (only in the older) or changed (DTKS status or DTSEN desil).
function diffSql(source: 'DTKS' | 'DTSEN', afterPersonFilter: string): string {
  const entries =
    source === 'DTKS'
      ? 'SELECT person_id, status::text AS v FROM dtks_entry'
      : 'SELECT person_id, desil::text AS v FROM dtsen_entry';
  return `SELECT coalesce(a.person_id, b.person_id) AS person_id, a.v AS before, b.v AS after
    FROM (${entries} WHERE snapshot_id = $1 ${afterPersonFilter}) a
    FULL JOIN (${entries} WHERE snapshot_id = $2 ${afterPersonFilter}) b ON a.person_id = b.person_id
    WHERE a.v IS DISTINCT FROM b.v`;
}

// The staff member's region as a filter on p.village_code.
function scopeFilter(scope: RegionScope, parameter: number): { sql: string; params: unknown[] } {
  if (scope.codes === null) return { sql: '', params: [] };
  return { sql: `AND ${scopeCondition('p.village_code', parameter)}`, params: [scope.patterns] };
}

export type VillageChanges = {
  villageCode: string;
  villageName: string;
  entered: number;
  left: number;
  changed: number;
};

export async function summarizeSnapshotDiff(
  sql: SqlSession,
  older: number,
  newer: number,
  scope: RegionScope = regionScope(null),
): Promise<VillageChanges[]> {
  const filter = scopeFilter(scope, 3);
  const rows = await sql.query<{
    village_code: string;
    village_name: string;
    entered: number;
    left: number;
    changed: number;
  }>(
    `SELECT p.village_code, v.name AS village_name,
            count(*) FILTER (WHERE d.before IS NULL)::int AS entered,
            count(*) FILTER (WHERE d.after IS NULL)::int AS left,
            count(*) FILTER (WHERE d.before IS NOT NULL AND d.after IS NOT NULL)::int AS changed
     FROM (${diffSql(await sourceOf(sql, newer), '')}) d
     JOIN person p ON p.id = d.person_id JOIN village v ON v.code = p.village_code
     WHERE true ${filter.sql}
     GROUP BY p.village_code, v.name ORDER BY p.village_code`,
    [older, newer, ...filter.params],
  );
  return rows.map((row) => ({
    villageCode: row.village_code,
    villageName: row.village_name,
    entered: row.entered,
    left: row.left,
    changed: row.changed,
  }));
}

const changeKind = (before: string | null, after: string | null) =>
  before === null ? 'MASUK' : after === null ? 'KELUAR' : 'BERUBAH';

// One line per person who entered, left or changed, with the village they live in now.
// Identity numbers masked; names in full, for the Dinsos staff who act on the list.
export async function* snapshotDiffCsv(
  sql: SqlSession,
  older: number,
  newer: number,
  scope: RegionScope = regionScope(null),
): AsyncGenerator<string> {
  const filter = scopeFilter(scope, 4);
  const query = `SELECT d.person_id, d.before, d.after, p.village_code, v.name AS village_name, p.nik_masked, p.full_name
    FROM (${diffSql(await sourceOf(sql, newer), 'AND person_id > $3')}) d
    JOIN person p ON p.id = d.person_id JOIN village v ON v.code = p.village_code
    WHERE true ${filter.sql}
    ORDER BY d.person_id LIMIT ${pageSize}`;
  yield csvLine(['kode_desa', 'desa', 'perubahan', 'nik', 'nama', 'sebelum', 'sesudah']);
  let after = 0;
  for (;;) {
    const rows = await sql.query<{
      person_id: number;
      before: string | null;
      after: string | null;
      village_code: string;
      village_name: string;
      nik_masked: string;
      full_name: string;
    }>(query, [older, newer, after, ...filter.params]);
    for (const row of rows) {
      yield csvLine([
        row.village_code,
        row.village_name,
        changeKind(row.before, row.after),
        row.nik_masked,
        row.full_name,
        row.before,
        row.after,
      ]);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.person_id;
  }
}

export function writeRejectionsCsv(sql: SqlSession, snapshotId: number, target: Writable): Promise<void> {
  return pipeline(Readable.from(rejectionsCsv(sql, snapshotId)), target);
}

export function writeSnapshotDiffCsv(
  sql: SqlSession,
  older: number,
  newer: number,
  target: Writable,
): Promise<void> {
  return pipeline(Readable.from(snapshotDiffCsv(sql, older, newer)), target);
}
