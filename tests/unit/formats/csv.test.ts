import { describe, expect, it } from 'vitest';
import {
  copyCsvField,
  copyCsvLine,
  parseCsv,
  spreadsheetCsvField,
  spreadsheetCsvLine,
} from '@/lib/formats/csv';

describe('CSV for people (spreadsheets)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['baris\nbaru', '"baris\nbaru"'],
    ['', ''],
    [null, ''],
    [12, '12'],
    [true, 'true'],
  ])('field %j', (value, expected) => expect(spreadsheetCsvField(value)).toBe(expected));

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['=1+2', "'=1+2"],
    ['+62 812', "'+62 812"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', '"\'\r=1"'],
    [-5, "'-5"],
    ['a=1', 'a=1'],
  ])('neutralises the formula %j as %j', (value, expected) =>
    expect(spreadsheetCsvField(value)).toBe(expected),
  );

  it('ends a line with CRLF', () => expect(spreadsheetCsvLine(['a', null, 3])).toBe('a,,3\r\n'));
});

describe('CSV for COPY', () => {
  it.each([
    [null, ''],
    ['', '""'],
    ['Siti Aminah', 'Siti Aminah'],
    ['Jl. Mawar, RT 2', '"Jl. Mawar, RT 2"'],
    ['Ani "Nur"', '"Ani ""Nur"""'],
    ['baris\nbaru', '"baris\nbaru"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['"', '""""'],
    [' spasi ', ' spasi '],
    ['Ñoño', 'Ñoño'],
    ['=1+2', '=1+2'],
    ['-', '-'],
    [42, '42'],
    [0, '0'],
    [true, 'true'],
    [false, 'false'],
  ])('encodes %j as %j, never neutralised', (value, expected) => expect(copyCsvField(value)).toBe(expected));

  // The rule COPY needs, as a regular expression: quote an empty string or one holding
  // a quote, comma or line break, doubling its quotes.
  it('quotes exactly the strings COPY would misread', () => {
    const alphabet = ['a', ' ', '"', ',', '\n', '\r', 'é'];
    let seed = 7;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = 0; i < round % 9; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      const expected = /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
      expect(copyCsvField(text)).toBe(expected);
    }
  });

  it('ends a line with a newline, NULL as nothing and the empty string quoted', () => {
    expect(copyCsvLine([1, null, '', 'a,b', '{"X"}'])).toBe('1,,"","a,b","{""X""}"\n');
  });
});

describe('CSV reader', () => {
  it.each([
    [
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '"x, y","say ""hi"""\r\n3,4\r\n',
      [
        ['x, y', 'say "hi"'],
        ['3', '4'],
      ],
    ],
    ['"line\nbreak",z', [['line\nbreak', 'z']]],
    ['a\r\rb', [['a'], ['b']]],
    ['', []],
  ])('parses %j', (text, rows) => expect(parseCsv(text)).toEqual(rows));

  it('reads back what the spreadsheet encoder wrote', () => {
    const rows = [
      ['kode', 'nama'],
      ['ACDE', 'Budi, S.Pd. "Ujang"\nRT 02'],
    ];
    expect(parseCsv(rows.map(spreadsheetCsvLine).join(''))).toEqual(rows);
  });
});
