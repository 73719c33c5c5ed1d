import { parse } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, maxRecordLength } from '@/lib/import/csv-records';

type Outcome = { records: [string[], number][]; brokenQuoteAt: number | null };

// Feeds the text in the given pieces, as a file arrives in chunks.
function read(pieces: readonly string[]): Outcome {
  const records: [string[], number][] = [];
  const reader = new CsvRecordReader((fields, line) => records.push([fields, line]));
  try {
    for (const piece of pieces) reader.push(piece);
    reader.end();
  } catch (error) {
    return { records: [], brokenQuoteAt: (error as { lines: number }).lines };
  }
  return { records, brokenQuoteAt: null };
}

// What the import got from csv-parse before: records with `info.lines`, or the error's line.
function readWithCsvParse(text: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const records: [string[], number][] = [];
    const parser = parse({
      bom: true,
      trim: true,
      from_line: 2,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    });
    parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) =>
      records.push([record, info.lines]),
    );
    parser.on('error', (error: { lines: number }) => resolve({ records: [], brokenQuoteAt: error.lines }));
    parser.on('end', () => resolve({ records, brokenQuoteAt: null }));
    parser.end(Buffer.from(text));
  });
}

function splitAt(text: string, cuts: number[]): string[] {
  const bounds = [0, ...cuts.sort((a, b) => a - b), text.length];
  return bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
}

describe('CSV records', () => {
  it('skips the header and numbers records by file line, header being line 1', () => {
    expect(read(['NIK,NAMA\n1,Siti\n2,Budi\n'])).toEqual({
      records: [
        [['1', 'Siti'], 2],
        [['2', 'Budi'], 3],
      ],
      brokenQuoteAt: null,
    });
  });

  // As csv-parse's `info.lines`, a record spanning lines is numbered by its last one.
  it('counts the lines of a quoted multi-line field and of skipped blank lines', () => {
    const text = 'A,B\n\n1,"Jl. Mawar\nRT 2"\n   \n\n2,x\n';
    expect(read([text]).records).toEqual([
      [['1', 'Jl. Mawar\nRT 2'], 4],
      [['2', 'x'], 7],
    ]);
  });

  it('drops a byte order mark, trims unquoted fields and keeps quoted ones, reads CRLF', () => {
    expect(read(['\uFEFFA,B,C\r\n', ' 1 ,"  2 ", "a""b" \r\n']).records).toEqual([[['1', '  2 ', 'a"b'], 2]]);
  });

  it('keeps quotes inside an unquoted field and rows of any width', () => {
    expect(read(['A,B\nSiti "Ani",x,y\nz\n']).records).toEqual([
      [['Siti "Ani"', 'x', 'y'], 2],
      [['z'], 3],
    ]);
  });

  it.each([
    ['a quote never closed', 'A,B\n1,"Sulastri\n2,x\n', 3],
    ['text after a closing quote', 'A,B\n1,x\n2,"Sula"stri\n', 3],
  ])('throws csv-parse’s error with its line for %s', (_, text, line) => {
    expect(read([text])).toEqual({ records: [], brokenQuoteAt: line });
  });

  it('gives up on a record longer than any export has, at the line where it starts', () => {
    const text = `A,B\n1,x\n2,"${'x'.repeat(maxRecordLength)}`;
    const pieces = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) =>
      text.slice(i * 65536, (i + 1) * 65536),
    );
    expect(read(pieces)).toEqual({ records: [], brokenQuoteAt: 3 });
  });

  // Random texts over the characters that matter to CSV, cut in random places, must
  // give what csv-parse gave, records and lines alike. 3000 rounds take about 1 s on an idle
  // machine and went over the default 5 s on a busy one: its own budget.
  it('reads exactly as csv-parse did, in whatever pieces the text arrives', { timeout: 30_000 }, async () => {
    const alphabet = [
      'a',
      'é',
      ' ',
      '\t',
      '\f',
      '\v',
      '\u00a0',
      '\ufeff',
      '\0',
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
    ];
    let seed = 42;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    for (let round = 0; round < 3000; round++) {
      let text = random(10) === 0 ? '\ufeff' : '';
      const length = random(40);
      for (let i = 0; i < length; i++) text += alphabet[random(alphabet.length)];
      const cuts = [random(text.length + 1), random(text.length + 1), random(text.length + 1)];
      expect({ text, ...read(splitAt(text, cuts)) }).toEqual({ text, ...(await readWithCsvParse(text)) });
    }
  });
});
