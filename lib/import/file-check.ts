import 'server-only';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parseCsv } from '@/lib/formats';
import type { RegistrySource } from '@/lib/registry';
import { judgeHeader, type HeaderLayout } from './columns';
import type { FileProblemCode } from './problems';

export type FileVerdict =
  | { kind: 'ok'; checksum: string; layout: HeaderLayout; bytes: number }
  | { kind: 'bad'; code: FileProblemCode; columns: string[] };

const headerLimit = 64 * 1024;

// One pass over the whole file before anything is written: its checksum (for
// idempotence), whether it is UTF-8 throughout, whether it ends with a newline (a cut
// download does not), and what its header says. Memory stays at one read chunk.
export async function checkFile(path: string, source: RegistrySource): Promise<FileVerdict> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head = '';
  let bytes = 0;
  let lastByte = -1;
  let sawNewline = false;
  let dataAfterHeader = false;
  let validUtf8 = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    lastByte = chunk[chunk.length - 1] ?? lastByte;
    if (validUtf8) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        let rest = text;
        if (!sawNewline) {
          const end = text.indexOf('\n');
          if (head.length < headerLimit) head += end < 0 ? text : text.slice(0, end);
          sawNewline = end >= 0;
          rest = end < 0 ? '' : text.slice(end + 1);
        }
        dataAfterHeader ||= /\S/.test(rest);
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8) {
    try {
      decoder.decode();
    } catch {
      validUtf8 = false;
    }
  }
  if (bytes === 0) return bad('BERKAS_KOSONG');
  if (!validUtf8) return bad('BUKAN_UTF8');
  const headerLine = head.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (!headerLine.includes(',') && /[;\t|]/.test(headerLine)) return bad('PEMISAH_SALAH');
  if (!dataAfterHeader) return bad('BERKAS_KOSONG');
  const [header] = parseCsv(headerLine);
  const verdict = judgeHeader(source, header ?? []);
  if (verdict.kind === 'bad') return verdict;
  if (lastByte !== 0x0a) return bad('BARIS_TERAKHIR_TERPOTONG');
  return { kind: 'ok', checksum: hash.digest('hex'), layout: verdict.layout, bytes };
}

function bad(code: FileProblemCode): FileVerdict {
  return { kind: 'bad', code, columns: [] };
}
