import 'server-only';
import { db } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { staffScope } from '@/lib/staff/scope';
import { mayDo } from '@/lib/staff/tasks';
import { recordStaffAction } from '@/lib/staff/log';
import { flagProblems, rowProblems, type FlagCode, type RowProblemCode } from './problems';
import {
  previousSnapshotOf,
  rejectionsCsv,
  snapshotDiffCsv,
  summarizeSnapshotDiff,
  type VillageChanges,
} from './reports';

export type ReasonCount = { code: RowProblemCode | FlagCode; count: number };

export type ImportReportView = {
  snapshotId: number;
  source: 'DTKS' | 'DTSEN';
  period: string;
  label: string;
  state: 'LOADING' | 'ACTIVE' | 'SUPERSEDED' | 'FAILED';
  fileName: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejected: ReasonCount[];
  flagged: ReasonCount[];
  error: string | null;
  // Changes against the snapshot in force before, in the caller's region; null for the first.
  changes: VillageChanges[] | null;
};

function reasonCounts<Code extends RowProblemCode | FlagCode>(
  counts: Record<string, number>,
  known: Record<Code, string>,
): ReasonCount[] {
  const isKnown = (code: string): code is Code => code in known;
  return Object.entries(counts)
    .flatMap(([code, count]) => (isKnown(code) ? [{ code, count }] : []))
    .sort((a, b) => b.count - a.count);
}

type SnapshotRow = {
  id: number;
  source: 'DTKS' | 'DTSEN';
  period: string;
  label: string;
  state: ImportReportView['state'];
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  file_name: string | null;
  rejected_reasons: Record<string, number> | null;
  flagged_reasons: Record<string, number> | null;
  error: string | null;
};

// A report is shown to the admin and to the staff member who ran the import; to anybody
// else it does not exist.
async function visibleSnapshot(caller: StaffCaller, snapshotId: number): Promise<SnapshotRow | null> {
  const { sql } = await db();
  const [row] = await sql.query<SnapshotRow>(
    `SELECT s.id, s.source, s.period, s.label, s.state, s.rows_read, s.rows_accepted, s.rows_rejected,
            r.file_name, r.rejected_reasons, r.flagged_reasons, r.error
     FROM registry_snapshot s LEFT JOIN import_report r ON r.snapshot_id = s.id
     WHERE s.id = $1 AND NOT s.demo AND ($2::boolean OR s.imported_by_id = $3)`,
    [snapshotId, mayDo(caller.role, 'readOthersImports'), caller.userId],
  );
  return row ?? null;
}

export async function importReportFor(
  caller: StaffCaller,
  snapshotId: number,
): Promise<ImportReportView | null> {
  const row = await visibleSnapshot(caller, snapshotId);
  if (!row) return null;
  const { sql } = await db();
  const previous = row.state === 'FAILED' ? null : await previousSnapshotOf(sql, row.id);
  return {
    snapshotId: row.id,
    source: row.source,
    period: row.period,
    label: row.label,
    state: row.state,
    fileName: row.file_name ?? '',
    rowsRead: row.rows_read,
    rowsAccepted: row.rows_accepted,
    rowsRejected: row.rows_rejected,
    rejected: reasonCounts(row.rejected_reasons ?? {}, rowProblems),
    flagged: reasonCounts(row.flagged_reasons ?? {}, flagProblems),
    error: row.error,
    changes:
      previous === null ? null : await summarizeSnapshotDiff(sql, previous, row.id, staffScope(caller)),
  };
}

export async function rejectedRowsDownload(
  caller: StaffCaller,
  snapshotId: number,
): Promise<AsyncGenerator<string> | null> {
  if (!(await visibleSnapshot(caller, snapshotId))) return null;
  await recordStaffAction({
    actorId: caller.userId,
    action: 'registry.rejections.export',
    subject: String(snapshotId),
  });
  return rejectionsCsv((await db()).sql, snapshotId);
}

export async function changesDownload(
  caller: StaffCaller,
  snapshotId: number,
): Promise<AsyncGenerator<string> | null> {
  const row = await visibleSnapshot(caller, snapshotId);
  if (!row) return null;
  const { sql } = await db();
  const previous = await previousSnapshotOf(sql, row.id);
  if (previous === null) return null;
  // Names of residents who entered, left or changed: logged like any view of personal data.
  await recordStaffAction({
    actorId: caller.userId,
    action: 'registry.changes.export',
    subject: String(snapshotId),
  });
  return snapshotDiffCsv(sql, previous, row.id, staffScope(caller));
}
