import { describe, expect, it } from 'vitest';
import { copyCsvLine } from '@/lib/formats/csv';
import { CsvBuffer } from '@/lib/db/bulk/csv-buffer';

type Value = string | number | boolean | null;

describe('CSV buffer', () => {
  it('writes what copyCsvLine writes: quoting, NULL as nothing, the empty string quoted', () => {
    const buffer = new CsvBuffer();
    const rows: Value[][] = [
      [1, 'a'.repeat(64), null, '', 'Jl. Mawar, RT 2', 'Ani "Nur"', true, false, 3.5],
      ['baris\nbaru', 'carriage\rreturn', 'Ñoño Ünal', '😀', '秘密', ' spasi ', '{"SITI","AMNH"}', '{}'],
      [null, null, null],
      [],
    ];
    for (const row of rows) buffer.writeLine(row);
    expect(buffer.take()).toBe(rows.map(copyCsvLine).join(''));
  });

  it('starts empty again after take and grows past its first size', () => {
    const buffer = new CsvBuffer();
    buffer.writeLine(['first batch']);
    expect(buffer.take()).toBe('first batch\n');
    expect(buffer.isEmpty).toBe(true);
    const long = ['x'.repeat(100_000), 'é'.repeat(50_000), '"'.repeat(40_000)];
    let expected = '';
    for (let i = 0; i < 5; i++) {
      buffer.writeLine([i, ...long]);
      expected += copyCsvLine([i, ...long]);
    }
    expect(buffer.take()).toBe(expected);
  });

  it('matches copyCsvLine on random rows of awkward characters', () => {
    const alphabet = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r', 'é', '€', '😀', '\\'];
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    const buffer = new CsvBuffer();
    let expected = '';
    for (let row = 0; row < 2000; row++) {
      const values: Value[] = Array.from({ length: random(6) }, () => {
        const kind = random(5);
        if (kind === 0) return null;
        if (kind === 1) return random(1000);
        let text = '';
        for (let i = random(12); i > 0; i--) text += alphabet[random(alphabet.length)];
        return text;
      });
      buffer.writeLine(values);
      expected += copyCsvLine(values);
    }
    expect(buffer.take()).toBe(expected);
  });
});
