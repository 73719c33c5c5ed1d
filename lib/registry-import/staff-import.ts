import 'server-only';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/personal-data/secret';
import { scopePrefixes, type StaffCaller } from '@/lib/staff/caller';
import { recordStaffAction } from '@/lib/staff-log';
import { importRegistryFile, type ImportOutcome } from './import-snapshot';

export const importRoles = ['DINSOS', 'ADMIN'] as const;

export const uploadInput = z.object({
  source: z.enum(['DTKS', 'DTSEN'], { error: 'source' }),
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

// The upload page's service: the file goes to a temporary file (the import reads it twice,
// streaming), loads under the caller's region, and the attempt is logged.
export async function importUploadedFile(
  caller: StaffCaller,
  input: UploadInput,
  file: { name: string; stream(): ReadableStream<Uint8Array> },
): Promise<ImportOutcome> {
  if (!importRoles.some((role) => role === caller.role)) throw new ImportNotAllowed(caller.role);
  const temporary = path.join(tmpdir(), `impor-${randomBytes(8).toString('hex')}.csv`);
  try {
    await pipeline(
      Readable.fromWeb(file.stream() as WebReadableStream<Uint8Array>),
      createWriteStream(temporary),
    );
    const outcome = await importRegistryFile(await db(), portalSecret(), {
      source: input.source,
      period: input.period,
      ...(input.label ? { label: input.label } : {}),
      filePath: temporary,
      fileName: file.name,
      importedById: caller.userId,
      scope: scopePrefixes(caller),
    });
    await recordStaffAction({
      actorId: caller.userId,
      action: 'registry.import',
      subject: 'snapshotId' in outcome ? String(outcome.snapshotId) : '',
      detail: { source: input.source, period: input.period, outcome: outcome.kind },
    });
    return outcome;
  } finally {
    await rm(temporary, { force: true });
  }
}
