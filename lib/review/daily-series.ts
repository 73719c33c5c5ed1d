import { daysBetween } from './chart-scale';
import type { DailyCount } from './dashboard';

// Every day of the range, with zero for days without lookups, and the totals of the range.
export function dailySeries(
  from: string,
  to: string,
  counted: readonly DailyCount[],
): { days: DailyCount[]; totals: { public: number; operator: number } } {
  const byDay = new Map(counted.map((day) => [day.day, day]));
  const days = daysBetween(from, to).map(
    (day) => byDay.get(day) ?? { day, publicCount: 0, operatorCount: 0 },
  );
  const totals = days.reduce(
    (sum, day) => ({ public: sum.public + day.publicCount, operator: sum.operator + day.operatorCount }),
    { public: 0, operator: 0 },
  );
  return { days, totals };
}

// Whole percent of a part, 0 for an empty whole (a village without lookups).
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
