import { describe, expect, it } from 'vitest';
import { parseRecordId } from '@/lib/forms/record-id';

describe('parseRecordId', () => {
  it('reads a plain number', () => expect(parseRecordId('42')).toBe(42));

  it.each(['', 'abc', '-1', '1e3', '4 2', '1234567890'])('refuses %j', (segment) =>
    expect(parseRecordId(segment)).toBeNull(),
  );
});
