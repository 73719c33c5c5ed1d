import { describe, expect, it } from 'vitest';
import { dailySeries, percentOf } from '@/lib/review/daily-series';

describe('dailySeries', () => {
  it('fills days without lookups with zeros and adds up the range', () => {
    const { days, totals } = dailySeries('2026-11-01', '2026-11-03', [
      { day: '2026-11-01', publicCount: 4, operatorCount: 1 },
      { day: '2026-11-03', publicCount: 2, operatorCount: 0 },
    ]);
    expect(days).toEqual([
      { day: '2026-11-01', publicCount: 4, operatorCount: 1 },
      { day: '2026-11-02', publicCount: 0, operatorCount: 0 },
      { day: '2026-11-03', publicCount: 2, operatorCount: 0 },
    ]);
    expect(totals).toEqual({ public: 6, operator: 1 });
  });
});

describe('percentOf', () => {
  it('rounds to whole percent and treats an empty whole as zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBe(0);
  });
});
