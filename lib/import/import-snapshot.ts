import 'server-only';
import { basename } from 'node:path';
import { CsvError } from 'csv-parse';
import type { Database, SqlSession } from '@/lib/db';
import { forgetActiveSnapshots } from '@/lib/lookup/active-snapshots';
import { regionScope, scopeCondition, type RegionScope } from '@/lib/staff/scope';
import { removeDemoStaff } from '@/lib/staff/users';
import type { RegistrySourceName } from './columns';
import { checkFile } from './file-check';
import { mergeStaged } from './merge';
import { fileProblems, type FileProblemCode, type FileVerdictCode } from './problems';
import { stageFile, type ImportCounts } from './stage-file';
import { dropSnapshotPartitions } from './snapshot-partitions';
import { createStagingTables, Stager } from './staging';

export type ImportRequest = {
  source: RegistrySourceName;
  period: string;
  label?: string;
  filePath: string;
  // The name staff gave the file (an upload's temporary path says nothing).
  fileName?: string;
  importedById?: number;
  // Region prefixes the importing staff member works in; absent for the CLI and admins.
  scope?: readonly string[] | null;
  // Removes the demo registry in the same transaction; without it a demo database
  // refuses real data, as the demo seed refuses to mix with imported data.
  replaceDemo?: boolean;
};

export type ImportOutcome =
  | {
      kind: 'bad-file';
      code: FileVerdictCode;
      message: string;
      columns: string[];
    }
  | { kind: 'unchanged'; snapshotId: number }
  | ({ kind: 'imported'; snapshotId: number; programmePeriods: string[]; durationMs: number } & ImportCounts)
  | { kind: 'failed'; snapshotId: number; error: string };

const brokenQuoteMessage = 'Tanda kutip (") tidak tertutup atau salah letak';

function badFile(code: FileProblemCode, columns: string[] = []): ImportOutcome {
  const suffix = columns.length > 0 ? `: ${columns.join(', ')}` : '';
  return { kind: 'bad-file', code, message: `${fileProblems[code]}${suffix}`, columns };
}

async function knownVillages(sql: SqlSession): Promise<Set<string>> {
  const rows = await sql.query<{ code: string }>('SELECT code FROM village');
  return new Set(rows.map((row) => row.code));
}

// A new snapshot replaces the whole active one, so staff of one region may replace it
// only when it holds nobody outside their region.
async function activeSnapshotReachesBeyond(
  sql: SqlSession,
  source: RegistrySourceName,
  scope: RegionScope,
): Promise<boolean> {
  const entries = source === 'DTKS' ? 'dtks_entry' : 'dtsen_entry';
  const [row] = await sql.query<{ beyond: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM registry_snapshot s JOIN ${entries} e ON e.snapshot_id = s.id JOIN person p ON p.id = e.person_id
       WHERE s.source = $1::"RegistrySource" AND s.state = 'ACTIVE'
         AND NOT ${scopeCondition('p.village_code', 2)}
     ) AS beyond`,
    [source, scope.patterns],
  );
  return row?.beyond ?? false;
}

// The demo registry and the demo accounts go together: their credentials are published
// (docs/demo-staff.md), so they must not outlive the demo data into real data.
async function removeDemoRegistry(sql: SqlSession, demoPresent: boolean): Promise<void> {
  if (demoPresent) {
    await sql.query(
      'TRUNCATE programme_assignment, dtsen_entry, dtks_entry, person_name_key, person, household RESTART IDENTITY',
    );
    await sql.query('DELETE FROM registry_snapshot WHERE demo');
  }
  await removeDemoStaff(sql);
}

// Loads one registry file as a new snapshot of its source, all or nothing: everything
// happens in one transaction, the snapshot turns ACTIVE (and the previous one
// SUPERSEDED) at its very end, so a failure or a killed process leaves the previous
// snapshot in force and no row of the new one visible.
export async function importRegistryFile(
  database: Database,
  secret: string,
  request: ImportRequest,
): Promise<ImportOutcome> {
  const started = performance.now();
  const checked = await checkFile(request.filePath, request.source);
  if (checked.kind === 'bad') return badFile(checked.code, checked.columns);
  const { sql } = database;
  const existing = await sql.query<{ id: number; state: string; demo: boolean }>(
    `SELECT id, state, demo FROM registry_snapshot
     WHERE demo OR (source = $1::"RegistrySource" AND period = $2 AND file_checksum = $3)`,
    [request.source, request.period, checked.checksum],
  );
  const demoPresent = existing.some((snapshot) => snapshot.demo);
  if (demoPresent && !request.replaceDemo) return badFile('DATA_DEMO');
  const same = existing.find((snapshot) => !snapshot.demo && snapshot.state === 'ACTIVE');
  if (same) return { kind: 'unchanged', snapshotId: same.id };
  const scope = regionScope(request.scope ?? null);
  if (scope.codes !== null && (await activeSnapshotReachesBeyond(sql, request.source, scope))) {
    return badFile('WILAYAH_TERLALU_SEMPIT');
  }

  const label = request.label ?? `${request.source} periode ${request.period}`;
  const fileName = request.fileName ?? basename(request.filePath);
  const villages = await knownVillages(sql);
  let snapshotId = 0;
  try {
    const outcome = await sql.transaction(async (tx) => {
      // One import at a time: two imports would race on the same persons.
      await tx.query('SELECT pg_advisory_xact_lock(72710001)');
      // Index builds of a large load sort in memory rather than in temporary files.
      await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      if (request.replaceDemo) await removeDemoRegistry(tx, demoPresent);
      // A failed or superseded load of this very file makes way for the new one.
      const replaced = (
        await tx.query<{ id: number }>(
          `SELECT id FROM registry_snapshot
           WHERE source = $1::"RegistrySource" AND period = $2 AND file_checksum = $3`,
          [request.source, request.period, checked.checksum],
        )
      ).map((snapshot) => snapshot.id);
      await dropSnapshotPartitions(tx, replaced);
      await tx.query('DELETE FROM registry_snapshot WHERE id = ANY($1::int[])', [replaced]);
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO registry_snapshot (source, period, label, file_checksum, state, imported_by_id, programme_periods)
         VALUES ($1::"RegistrySource", $2, $3, $4, 'LOADING', $5, $6) RETURNING id`,
        [
          request.source,
          request.period,
          label,
          checked.checksum,
          request.importedById ?? null,
          checked.layout.programmePeriods,
        ],
      );
      snapshotId = row?.id ?? 0;
      await createStagingTables(tx);
      const counts = await stageFile(
        request.filePath,
        checked.layout,
        new Stager(tx, secret, snapshotId),
        villages,
        scope,
      );
      // Statistics only for the columns the merge joins on: the others cost time and guide nothing.
      await tx.query('ANALYZE import_stage (line, nik_hash, kk_hash)');
      const { duplicates } = await mergeStaged(tx, snapshotId, checked.layout);
      if (duplicates > 0) {
        counts.rowsAccepted -= duplicates;
        counts.rowsRejected += duplicates;
        counts.rejectedReasons.NIK_GANDA = (counts.rejectedReasons.NIK_GANDA ?? 0) + duplicates;
      }
      const durationMs = Math.round(performance.now() - started);
      await tx.query(
        `INSERT INTO import_report (snapshot_id, file_name, rejected_reasons, flagged_reasons, duration_ms)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          snapshotId,
          fileName,
          JSON.stringify(counts.rejectedReasons),
          JSON.stringify(counts.flaggedReasons),
          durationMs,
        ],
      );
      await tx.query(
        `UPDATE registry_snapshot SET state = 'SUPERSEDED' WHERE source = $1::"RegistrySource" AND state = 'ACTIVE'`,
        [request.source],
      );
      await tx.query(
        `UPDATE registry_snapshot SET state = 'ACTIVE', activated_at = now(),
           rows_read = $2, rows_accepted = $3, rows_rejected = $4 WHERE id = $1`,
        [snapshotId, counts.rowsRead, counts.rowsAccepted, counts.rowsRejected],
      );
      return {
        kind: 'imported' as const,
        snapshotId,
        programmePeriods: checked.layout.programmePeriods,
        durationMs,
        ...counts,
      };
    });
    forgetActiveSnapshots();
    return outcome;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? ` (baris ${error.lines})` : '';
      return { kind: 'bad-file', code: 'KUTIP_RUSAK', message: `${brokenQuoteMessage}${line}.`, columns: [] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      snapshotId: await recordFailure(sql, request, checked.checksum, label, fileName, message),
      error: message,
    };
  }
}

// The load rolled back; what remains is a FAILED snapshot row with the reason, so staff
// see the attempt in the list of imports.
async function recordFailure(
  sql: SqlSession,
  request: ImportRequest,
  checksum: string,
  label: string,
  fileName: string,
  error: string,
): Promise<number> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO registry_snapshot (source, period, label, file_checksum, state, imported_by_id)
       VALUES ($1::"RegistrySource", $2, $3, $4, 'FAILED', $5)
       ON CONFLICT (source, period, file_checksum) DO UPDATE SET state = 'FAILED' RETURNING id`,
      [request.source, request.period, label, checksum, request.importedById ?? null],
    );
    const id = row?.id ?? 0;
    await tx.query(
      `INSERT INTO import_report (snapshot_id, file_name, error) VALUES ($1, $2, $3)
       ON CONFLICT (snapshot_id) DO UPDATE SET error = $3`,
      [id, fileName, error],
    );
    return id;
  });
}
