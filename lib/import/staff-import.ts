import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { RegistrySource, portalSecret } from '@/lib/registry';
import { type StaffCaller, staffScope, mayDo, recordStaffAction } from '@/lib/staff';
import { importRegistryFile, type ImportOutcome } from './import-snapshot';

export const uploadInput = z.object({
  source: z.enum(RegistrySource, { error: 'source' }),
  period: z
    .string()
    .trim()
    .regex(/^[\w .-]{1,32}$/, { error: 'period' }),
  label: z.string().trim().max(120, { error: 'label' }),
});
export type UploadInput = z.infer<typeof uploadInput>;
export const uploadFields = ['source', 'period', 'label', 'file'] as const;
export type UploadField = (typeof uploadFields)[number];

export class ImportNotAllowed extends Error {
  override name = 'ImportNotAllowed';
}

// The upload route's service, once the file is on disk (upload-stream.ts staged it there: the
// import reads it twice, streaming): loads it under the caller's region and logs the attempt.
export async function importStagedFile(
  caller: StaffCaller,
  input: UploadInput,
  file: { path: string; name: string },
): Promise<ImportOutcome> {
  if (!mayDo(caller.role, 'import')) throw new ImportNotAllowed(caller.role);
  const outcome = await importRegistryFile(await db(), portalSecret(), {
    source: input.source,
    period: input.period,
    ...(input.label ? { label: input.label } : {}),
    filePath: file.path,
    fileName: file.name,
    importedById: caller.userId,
    scope: staffScope(caller).codes,
  });
  await recordStaffAction({
    actorId: caller.userId,
    action: 'registry.import',
    subject: 'snapshotId' in outcome ? String(outcome.snapshotId) : '',
    detail: { source: input.source, period: input.period, outcome: outcome.kind },
  });
  return outcome;
}
