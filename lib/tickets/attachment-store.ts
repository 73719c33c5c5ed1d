import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { detectAttachmentType, safeOriginalName, type AttachmentType } from './attachment-type';

export const maxAttachmentsPerTicket = 2;

// A file as the form sent it; `bytes` are read only after the size check passed.
export type UploadedFile = { name: string; size: number; bytes(): Promise<Uint8Array> };

export type CheckedAttachment = AttachmentType & { originalName: string; bytes: Uint8Array };
export type StoredAttachment = AttachmentType & { originalName: string; storedName: string; size: number };

export type AttachmentProblem = 'attachmentType' | 'attachmentTooBig' | 'tooManyAttachments';

// Size first (cheap, from the form), then the content's own first bytes.
export async function checkAttachments(
  files: readonly UploadedFile[],
  maxBytes: number,
): Promise<
  { kind: 'ok'; attachments: CheckedAttachment[] } | { kind: 'refused'; problem: AttachmentProblem }
> {
  // An empty file input still sends an empty entry: it is no attachment.
  const sent = files.filter((file) => file.size > 0);
  if (sent.length > maxAttachmentsPerTicket) return { kind: 'refused', problem: 'tooManyAttachments' };
  if (sent.some((file) => file.size > maxBytes)) return { kind: 'refused', problem: 'attachmentTooBig' };
  const attachments: CheckedAttachment[] = [];
  for (const file of sent) {
    const bytes = await file.bytes();
    if (bytes.byteLength > maxBytes) return { kind: 'refused', problem: 'attachmentTooBig' };
    const type = detectAttachmentType(bytes.subarray(0, 16));
    if (!type) return { kind: 'refused', problem: 'attachmentType' };
    attachments.push({ ...type, originalName: safeOriginalName(file.name), bytes });
  }
  return { kind: 'ok', attachments };
}

export type AttachmentStore = {
  write(attachments: readonly CheckedAttachment[]): Promise<StoredAttachment[]>;
  remove(stored: readonly StoredAttachment[]): Promise<void>;
  read(storedName: string): Promise<Uint8Array | null>;
};

const storedNamePattern = /^[a-f0-9]{32}\.(jpg|png|pdf)$/;

// Files under random names in a folder outside the web root: a name never comes from the
// resident, so it cannot climb out of the folder or overwrite another file. Each file is
// flushed to disk before the ticket that refers to it commits.
export function attachmentStore(dir: string): AttachmentStore {
  const fileOf = (storedName: string) => path.join(path.resolve(dir), storedName);
  return {
    async write(attachments) {
      await mkdir(path.resolve(dir), { recursive: true, mode: 0o700 });
      const stored: StoredAttachment[] = [];
      try {
        for (const attachment of attachments) {
          const storedName = `${randomBytes(16).toString('hex')}.${attachment.extension}`;
          const handle = await open(fileOf(storedName), 'wx', 0o600);
          stored.push({
            mediaType: attachment.mediaType,
            extension: attachment.extension,
            originalName: attachment.originalName,
            storedName,
            size: attachment.bytes.byteLength,
          });
          try {
            await handle.writeFile(attachment.bytes);
            await handle.sync();
          } finally {
            await handle.close();
          }
        }
        return stored;
      } catch (error) {
        await this.remove(stored);
        throw error;
      }
    },
    async remove(stored) {
      await Promise.all(stored.map((file) => rm(fileOf(file.storedName), { force: true })));
    },
    async read(storedName) {
      if (!storedNamePattern.test(storedName)) return null;
      try {
        return new Uint8Array(await readFile(fileOf(storedName)));
      } catch {
        return null;
      }
    },
  };
}
