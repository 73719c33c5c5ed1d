import { describe, expect, it } from 'vitest';
import { daysBetween, gridValues, niceCeiling } from '@/lib/review/chart-scale';

describe('chart scale', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [120, 200],
    [501, 1000],
  ])('ceiling of %d is %d', (value, expected) => expect(niceCeiling(value)).toBe(expected));

  it('spaces gridlines evenly', () => expect(gridValues(20)).toEqual([0, 5, 10, 15, 20]));

  it('lists every day, across a month end', () =>
    expect(daysBetween('2026-01-30', '2026-02-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]));
});
