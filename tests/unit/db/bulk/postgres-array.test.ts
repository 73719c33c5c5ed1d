import { describe, expect, it } from 'vitest';
import { postgresTextArray } from '@/lib/db/bulk/postgres-array';

describe('text[] literal for COPY', () => {
  it.each([
    [[], '{}'],
    [['SITI', 'AMNH'], '{"SITI","AMNH"}'],
    [['a"b', 'c\\d'], '{"a\\"b","c\\\\d"}'],
  ])('writes %j as the PostgreSQL array %s', (values, expected) =>
    expect(postgresTextArray(values)).toBe(expected),
  );
});
