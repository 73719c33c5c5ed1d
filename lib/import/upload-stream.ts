import 'server-only';
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { MalformedMultipart, MultipartScanner, multipartBoundary } from '@/lib/gate';
import type { StaffCaller } from '@/lib/staff';
import type { ImportOutcome } from './import-snapshot';
import { importStagedFile, uploadInput, type UploadField } from './staff-import';

export type UploadStreamOutcome =
  ImportOutcome | { kind: 'too-large' } | { kind: 'malformed' } | { kind: 'invalid'; fields: UploadField[] };

export type UploadRequest = { body: ReadableStream<Uint8Array> | null; contentType: string | null };

async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const maxFieldBytes = 1024;

type Staged = { fields: Map<string, string>; fileName: string | null; fileBytes: number };

// Reads the form as it arrives: text fields into memory (small), the one file straight to disk.
async function stage(upload: UploadRequest, boundary: string, filePath: string, maxBytes: number) {
  const scanner = new MultipartScanner(boundary);
  const staged: Staged = { fields: new Map(), fileName: null, fileBytes: 0 };
  let file: WriteStream | null = null;
  let current: { name: string; toFile: boolean } | null = null;
  let received = 0;
  try {
    for await (const chunk of chunksOf(upload.body)) {
      received += chunk.length;
      if (received > maxBytes) return 'too-large' as const;
      for (const event of scanner.feed(Buffer.from(chunk))) {
        if (event.type === 'part') {
          const toFile = event.name === 'file' && event.filename !== null && staged.fileName === null;
          if (toFile) {
            staged.fileName = event.filename;
            file = createWriteStream(filePath);
          }
          current = { name: event.name, toFile };
        } else if (event.type === 'data' && current?.toFile && file) {
          staged.fileBytes += event.bytes.length;
          if (!file.write(event.bytes)) await once(file, 'drain');
        } else if (event.type === 'data' && current && !current.toFile) {
          const value = (staged.fields.get(current.name) ?? '') + event.bytes.toString('utf8');
          staged.fields.set(current.name, value.slice(0, maxFieldBytes));
        }
      }
    }
    return scanner.done ? staged : ('malformed' as const);
  } catch (error) {
    if (error instanceof MalformedMultipart) return 'malformed' as const;
    throw error;
  } finally {
    const open: WriteStream | null = file;
    if (open) await new Promise((closed) => open.end(closed));
  }
}

// The Dinsos upload (route handler /api/impor): the multipart body is streamed to a staging file
// and counted (maxBytes), then imported like `npm run import`, under the caller's region.
export async function importUploadStream(
  caller: StaffCaller,
  upload: UploadRequest,
  maxBytes: number,
): Promise<UploadStreamOutcome> {
  const boundary = multipartBoundary(upload.contentType ?? undefined);
  if (!boundary) return { kind: 'malformed' };
  const filePath = path.join(tmpdir(), `impor-${randomBytes(8).toString('hex')}.csv`);
  try {
    const staged = await stage(upload, boundary, filePath, maxBytes);
    if (staged === 'too-large' || staged === 'malformed') return { kind: staged };
    const input = uploadInput.safeParse({
      source: staged.fields.get('source') ?? '',
      period: staged.fields.get('period') ?? '',
      label: staged.fields.get('label') ?? '',
    });
    const fields: UploadField[] = input.success
      ? []
      : input.error.issues.flatMap((issue) => (isUploadField(issue.message) ? [issue.message] : []));
    if (staged.fileName === null || staged.fileBytes === 0) fields.push('file');
    if (!input.success || staged.fileName === null || fields.length > 0) return { kind: 'invalid', fields };
    return await importStagedFile(caller, input.data, { path: filePath, name: staged.fileName });
  } finally {
    await rm(filePath, { force: true });
  }
}

const isUploadField = (value: string): value is UploadField =>
  value === 'source' || value === 'period' || value === 'label' || value === 'file';

// Where the upload form's browser goes next: the report, or back to the form with the verdict
// in the address (codes and column names only, no personal data).
export function uploadVerdictPath(outcome: UploadStreamOutcome): string {
  const form = (query: Record<string, string>) => `/petugas/impor?${new URLSearchParams(query).toString()}`;
  switch (outcome.kind) {
    case 'invalid':
      return form({ isian: outcome.fields.join(',') });
    case 'malformed':
    case 'too-large':
      return form({ isian: 'file' });
    case 'bad-file':
      return form({ masalah: outcome.code, kolom: outcome.columns.join(',') });
    case 'unchanged':
      return form({ sama: String(outcome.snapshotId) });
    default:
      return `/petugas/impor/${outcome.snapshotId}`;
  }
}
