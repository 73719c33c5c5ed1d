import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { RegistrySource } from '@/lib/registry';
import type { ImportCounts } from '../stage-file';
import { dropSnapshotPartitions } from './partitions';

// The statements of the import's one transaction besides the merge. SQL (the bulk SqlSession):
// they must commit or roll back with the COPY into the temporary tables, on that connection.

type SnapshotFile = { source: RegistrySource; period: string; checksum: string };

export async function beginLoad(tx: SqlSession): Promise<void> {
  // One import at a time: two imports would race on the same persons.
  await tx.query('SELECT pg_advisory_xact_lock(72710001)');
  // Index builds of a large load sort in memory rather than in temporary files.
  await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
}

// Real data replaces the demo registry whole (its accounts follow after the commit: import-snapshot.ts).
export async function removeDemoRegistry(tx: SqlSession): Promise<void> {
  await tx.query(
    'TRUNCATE programme_assignment, dtsen_entry, dtks_entry, person_name_key, person, household RESTART IDENTITY',
  );
  await tx.query('DELETE FROM registry_snapshot WHERE demo');
}

// A failed or superseded load of this very file makes way for the new one.
export async function removeEarlierLoads(tx: SqlSession, file: SnapshotFile): Promise<void> {
  const replaced = (
    await tx.query<{ id: number }>(
      `SELECT id FROM registry_snapshot
       WHERE source = $1::"RegistrySource" AND period = $2 AND file_checksum = $3`,
      [file.source, file.period, file.checksum],
    )
  ).map((snapshot) => snapshot.id);
  await dropSnapshotPartitions(tx, replaced);
  await tx.query('DELETE FROM registry_snapshot WHERE id = ANY($1::int[])', [replaced]);
}

export async function insertLoadingSnapshot(
  tx: SqlSession,
  file: SnapshotFile & { label: string; importedById: number | null; programmePeriods: readonly string[] },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO registry_snapshot (source, period, label, file_checksum, state, imported_by_id, programme_periods)
     VALUES ($1::"RegistrySource", $2, $3, $4, 'LOADING', $5, $6) RETURNING id`,
    [file.source, file.period, file.label, file.checksum, file.importedById, file.programmePeriods],
  );
  return row?.id ?? 0;
}

// Statistics only for the columns the merge joins on: the others cost time and guide nothing.
export async function analyzeStage(tx: SqlSession): Promise<void> {
  await tx.query('ANALYZE import_stage (line, nik_hash, kk_hash)');
}

// The report and the switch of the active snapshot, at the very end of the load.
export async function activateSnapshot(
  tx: SqlSession,
  load: { source: RegistrySource; snapshotId: number; fileName: string; durationMs: number },
  counts: ImportCounts,
): Promise<void> {
  await tx.query(
    `INSERT INTO import_report (snapshot_id, file_name, rejected_reasons, flagged_reasons, duration_ms)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      load.snapshotId,
      load.fileName,
      JSON.stringify(counts.rejectedReasons),
      JSON.stringify(counts.flaggedReasons),
      load.durationMs,
    ],
  );
  await tx.query(
    `UPDATE registry_snapshot SET state = 'SUPERSEDED' WHERE source = $1::"RegistrySource" AND state = 'ACTIVE'`,
    [load.source],
  );
  await tx.query(
    `UPDATE registry_snapshot SET state = 'ACTIVE', activated_at = now(),
       rows_read = $2, rows_accepted = $3, rows_rejected = $4 WHERE id = $1`,
    [load.snapshotId, counts.rowsRead, counts.rowsAccepted, counts.rowsRejected],
  );
}
