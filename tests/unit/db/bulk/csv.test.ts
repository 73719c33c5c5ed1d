import { describe, expect, it } from 'vitest';
import { csvField, csvLine, postgresTextArray } from '@/lib/db/bulk/csv';

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
    [42, '42'],
    [0, '0'],
    [true, 'true'],
    [false, 'false'],
  ])('encodes %j as %j', (value, expected) => expect(csvField(value)).toBe(expected));

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
      expect(csvField(text)).toBe(expected);
    }
  });

  it('ends a line with a newline, NULL as nothing and the empty string quoted', () => {
    expect(csvLine([1, null, '', 'a,b', '{"X"}'])).toBe('1,,"","a,b","{""X""}"\n');
  });

  it.each([
    [[], '{}'],
    [['SITI', 'AMNH'], '{"SITI","AMNH"}'],
    [['a"b', 'c\\d'], '{"a\\"b","c\\\\d"}'],
  ])('writes %j as the PostgreSQL array %s', (values, expected) =>
    expect(postgresTextArray(values)).toBe(expected),
  );
});
