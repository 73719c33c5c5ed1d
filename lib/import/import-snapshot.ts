import 'server-only';
import { basename } from 'node:path';
import { CsvError } from 'csv-parse';
import type { Database, DbClient } from '@/lib/db';
import { forgetActiveSnapshots } from '@/lib/lookup';
import type { RegistrySource } from '@/lib/registry';
import { removeDemoStaff, regionScope } from '@/lib/staff';
import { checkFile } from './file-check';
import { fileProblems, type FileProblemCode, type FileVerdictCode } from './problems';
import { activeSnapshotReachesBeyond } from './queries';
import { mergeStaged } from './sql/merge';
import {
  activateSnapshot,
  analyzeStage,
  beginLoad,
  insertLoadingSnapshot,
  removeDemoRegistry,
  removeEarlierLoads,
} from './sql/snapshot-load';
import { createStagingTables } from './sql/staging-tables';
import { stageFile, type ImportCounts } from './stage-file';
import { Stager } from './staging';

export type ImportRequest = {
  source: RegistrySource;
  period: string;
  label?: string;
  filePath: string;
  // The name staff gave the file (an upload's temporary path says nothing).
  fileName?: string;
  importedById?: number;
  // Region prefixes the importing staff member works in; absent for the CLI and admins.
  scope?: readonly string[] | null;
  // Removes the demo registry in the same transaction (and the demo accounts once it commits);
  // without it a demo database refuses real data, as the demo seed refuses to mix with imported data.
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

async function knownVillages(client: DbClient): Promise<Set<string>> {
  const villages = await client.village.findMany({ select: { code: true } });
  return new Set(villages.map((village) => village.code));
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
  const { prisma, sql } = database;
  const file = { source: request.source, period: request.period, checksum: checked.checksum };
  const existing = await prisma.registrySnapshot.findMany({
    where: {
      OR: [{ demo: true }, { source: file.source, period: file.period, fileChecksum: file.checksum }],
    },
    select: { id: true, state: true, demo: true },
  });
  const demoPresent = existing.some((snapshot) => snapshot.demo);
  if (demoPresent && !request.replaceDemo) return badFile('DATA_DEMO');
  const same = existing.find((snapshot) => !snapshot.demo && snapshot.state === 'ACTIVE');
  if (same) return { kind: 'unchanged', snapshotId: same.id };
  const scope = regionScope(request.scope ?? null);
  if (scope.codes !== null && (await activeSnapshotReachesBeyond(prisma, request.source, scope))) {
    return badFile('WILAYAH_TERLALU_SEMPIT');
  }

  const label = request.label ?? `${request.source} periode ${request.period}`;
  const fileName = request.fileName ?? basename(request.filePath);
  const villages = await knownVillages(prisma);
  let outcome: ImportOutcome;
  try {
    outcome = await sql.transaction(async (tx) => {
      await beginLoad(tx);
      if (request.replaceDemo && demoPresent) await removeDemoRegistry(tx);
      await removeEarlierLoads(tx, file);
      const snapshotId = await insertLoadingSnapshot(tx, {
        ...file,
        label,
        importedById: request.importedById ?? null,
        programmePeriods: checked.layout.programmePeriods,
      });
      await createStagingTables(tx);
      const counts = await stageFile(
        request.filePath,
        checked.layout,
        new Stager(tx, secret, snapshotId),
        villages,
        scope,
      );
      await analyzeStage(tx);
      const { duplicates } = await mergeStaged(tx, snapshotId, checked.layout);
      if (duplicates > 0) {
        counts.rowsAccepted -= duplicates;
        counts.rowsRejected += duplicates;
        counts.rejectedReasons.NIK_GANDA = (counts.rejectedReasons.NIK_GANDA ?? 0) + duplicates;
      }
      const durationMs = Math.round(performance.now() - started);
      await activateSnapshot(tx, { source: request.source, snapshotId, fileName, durationMs }, counts);
      return {
        kind: 'imported' as const,
        snapshotId,
        programmePeriods: checked.layout.programmePeriods,
        durationMs,
        ...counts,
      };
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? ` (baris ${error.lines})` : '';
      return { kind: 'bad-file', code: 'KUTIP_RUSAK', message: `${brokenQuoteMessage}${line}.`, columns: [] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      snapshotId: await recordFailure(prisma, request, checked.checksum, label, fileName, message),
      error: message,
    };
  }
  forgetActiveSnapshots();
  // The demo accounts go with the demo registry. They are removed (and the removal logged) in a
  // Prisma transaction right after the load commits: the bulk session's transaction cannot hold
  // Prisma writes. Should this step not run, start-up refuses demo accounts beside real data.
  if (request.replaceDemo) await removeDemoStaff(prisma);
  return outcome;
}

// The load rolled back; what remains is a FAILED snapshot row with the reason, so staff
// see the attempt in the list of imports.
function recordFailure(
  prisma: Database['prisma'],
  request: ImportRequest,
  checksum: string,
  label: string,
  fileName: string,
  error: string,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.registrySnapshot.upsert({
      where: {
        source_period_fileChecksum: {
          source: request.source,
          period: request.period,
          fileChecksum: checksum,
        },
      },
      create: {
        source: request.source,
        period: request.period,
        label,
        fileChecksum: checksum,
        state: 'FAILED',
        importedById: request.importedById ?? null,
      },
      update: { state: 'FAILED' },
      select: { id: true },
    });
    await tx.importReport.upsert({
      where: { snapshotId: id },
      create: { snapshotId: id, fileName, error },
      update: { error },
    });
    return id;
  });
}
