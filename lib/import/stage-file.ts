import 'server-only';
import { createReadStream } from 'node:fs';
import { wibDay } from '@/lib/formats';
import type { RegionScope } from '@/lib/staff';
import type { HeaderLayout } from './columns';
import { CsvRecordReader } from './csv-records';
import { createRowValidator } from './row';
import type { Stager } from './staging';

export type ImportCounts = {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejectedReasons: Record<string, number>;
  flaggedReasons: Record<string, number>;
};

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

// Reads the file once more, now record by record, validating and staging each row.
// Records are handled synchronously as each chunk of the file is read; a full batch is
// copied to the database while reading goes on, and reading waits only if the batch
// before is still being copied. Memory holds at most two batches and a chunk, whatever
// the file's size.
export async function stageFile(
  filePath: string,
  layout: HeaderLayout,
  stager: Stager,
  villages: Set<string>,
  scope: RegionScope,
): Promise<ImportCounts> {
  const validate = createRowValidator(layout, {
    knownVillage: (code) => villages.has(code),
    inScope: (code) => scope.covers(code),
    today: wibDay(),
  });
  const counts: ImportCounts = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rejectedReasons: {},
    flaggedReasons: {},
  };
  let batchFull = false;
  const reader = new CsvRecordReader((record, line) => {
    counts.rowsRead++;
    const verdict = validate(record, line);
    let full: boolean;
    if (verdict.kind === 'accepted') {
      counts.rowsAccepted++;
      for (const flag of verdict.row.flags) bump(counts.flaggedReasons, flag);
      full = stager.accept(verdict.row);
    } else {
      counts.rowsRejected++;
      for (const problem of verdict.problems) bump(counts.rejectedReasons, problem.code);
      full = stager.reject(line, verdict.problems);
    }
    batchFull ||= full;
  });
  let copying: Promise<void> = Promise.resolve();
  for await (const text of createReadStream(filePath, { encoding: 'utf8' }) as AsyncIterable<string>) {
    reader.push(text);
    if (!batchFull) continue;
    batchFull = false;
    await copying;
    copying = stager.flush();
    // Awaited before the next batch or at the end; until then a failed copy must not
    // count as an unhandled rejection, which would end the process.
    copying.catch(() => {});
  }
  reader.end();
  await copying;
  await stager.flush();
  return counts;
}
