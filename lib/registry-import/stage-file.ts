import 'server-only';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { todayInJakarta } from '@/lib/lookup/age';
import type { HeaderLayout } from './columns';
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
// Records are handled synchronously as csv-parse emits them; a full batch is copied to
// the database while parsing goes on, and parsing pauses only if the batch before is
// still being copied. Memory holds at most two batches, whatever the file's size.
export function stageFile(
  filePath: string,
  layout: HeaderLayout,
  stager: Stager,
  villages: Set<string>,
  scope: readonly string[] | null,
): Promise<ImportCounts> {
  const validate = createRowValidator(layout, {
    knownVillage: (code) => villages.has(code),
    inScope: (code) =>
      scope === null || scope.some((prefix) => code === prefix || code.startsWith(`${prefix}.`)),
    today: todayInJakarta(),
  });
  const counts: ImportCounts = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rejectedReasons: {},
    flaggedReasons: {},
  };
  const parser = parse({
    bom: true,
    trim: true,
    from_line: 2,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  return new Promise((resolve, reject) => {
    let copying: Promise<void> = Promise.resolve();
    const fail = (error: unknown) => {
      parser.destroy();
      reject(error);
    };
    const startFlush = () => {
      copying = stager.flush();
      copying.catch(fail);
    };
    parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
      counts.rowsRead++;
      const verdict = validate(record, info.lines);
      let full: boolean;
      if (verdict.kind === 'accepted') {
        counts.rowsAccepted++;
        for (const flag of verdict.row.flags) bump(counts.flaggedReasons, flag);
        full = stager.accept(verdict.row);
      } else {
        counts.rowsRejected++;
        for (const problem of verdict.problems) bump(counts.rejectedReasons, problem.code);
        full = stager.reject(info.lines, verdict.problems);
      }
      if (!full) return;
      parser.pause();
      copying.then(() => {
        startFlush();
        parser.resume();
      }, fail);
    });
    parser.on('error', fail);
    parser.on('end', () => {
      copying.then(() => stager.flush()).then(() => resolve(counts), fail);
    });
    createReadStream(filePath).on('error', fail).pipe(parser);
  });
}
