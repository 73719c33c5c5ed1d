import 'server-only';
import { db, type Prisma, type RegistrySource, type SnapshotState } from '@/lib/db';
import { type StaffCaller, staffScope, recordStaffAction } from '@/lib/staff';
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
  source: RegistrySource;
  period: string;
  label: string;
  state: SnapshotState;
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

// Reason counts as the import wrote them ({ code: rows }); anything else in the column is ignored.
function reasonCounts<Code extends RowProblemCode | FlagCode>(
  counts: Prisma.JsonValue | undefined,
  known: Record<Code, string>,
): ReasonCount[] {
  const isKnown = (code: string): code is Code => code in known;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return [];
  return Object.entries(counts)
    .flatMap(([code, count]) => (isKnown(code) && typeof count === 'number' ? [{ code, count }] : []))
    .sort((a, b) => b.count - a.count);
}

// A report is shown to the admin and to the staff member who ran the import; to anybody
// else it does not exist.
async function visibleSnapshot(caller: StaffCaller, snapshotId: number) {
  const { prisma } = await db();
  return prisma.registrySnapshot.findFirst({
    where: {
      id: snapshotId,
      demo: false,
      ...(caller.role === 'ADMIN' ? {} : { importedById: caller.userId }),
    },
    include: { importReport: true },
  });
}

export async function importReportFor(
  caller: StaffCaller,
  snapshotId: number,
): Promise<ImportReportView | null> {
  const row = await visibleSnapshot(caller, snapshotId);
  if (!row) return null;
  const { prisma } = await db();
  const previous = row.state === 'FAILED' ? null : await previousSnapshotOf(prisma, row.id);
  return {
    snapshotId: row.id,
    source: row.source,
    period: row.period,
    label: row.label,
    state: row.state,
    fileName: row.importReport?.fileName ?? '',
    rowsRead: row.rowsRead,
    rowsAccepted: row.rowsAccepted,
    rowsRejected: row.rowsRejected,
    rejected: reasonCounts(row.importReport?.rejectedReasons, rowProblems),
    flagged: reasonCounts(row.importReport?.flaggedReasons, flagProblems),
    error: row.importReport?.error ?? null,
    changes:
      previous === null ? null : await summarizeSnapshotDiff(prisma, previous, row.id, staffScope(caller)),
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
  return rejectionsCsv((await db()).prisma, snapshotId);
}

export async function changesDownload(
  caller: StaffCaller,
  snapshotId: number,
): Promise<AsyncGenerator<string> | null> {
  const row = await visibleSnapshot(caller, snapshotId);
  if (!row) return null;
  const { prisma } = await db();
  const previous = await previousSnapshotOf(prisma, row.id);
  if (previous === null) return null;
  // Names of residents who entered, left or changed: logged like any view of personal data.
  await recordStaffAction({
    actorId: caller.userId,
    action: 'registry.changes.export',
    subject: String(snapshotId),
  });
  return snapshotDiffCsv(prisma, previous, row.id, staffScope(caller));
}
