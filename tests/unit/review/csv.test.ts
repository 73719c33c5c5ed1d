import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '@/lib/review/csv';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1+1', "'-1+1"],
    [null, ''],
    [12, '12'],
    [true, 'true'],
  ])('field %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('ends a line with CRLF', () => expect(csvLine(['a', null, 3])).toBe('a,,3\r\n'));
});
