import { shiftDay } from '@/lib/formats';

// Axis maximum for a bar chart: the smallest 1, 2 or 5 × 10^n at or above the largest
// value, so gridlines fall on round numbers.
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

// Evenly spaced gridline values from 0 to the ceiling (inclusive).
export function gridValues(ceiling: number, lines = 4): number[] {
  return Array.from({ length: lines + 1 }, (_, index) => Math.round(((ceiling * index) / lines) * 100) / 100);
}

// Every day from the first to the last (YYYY-MM-DD), so days without lookups show as gaps
// of zero rather than vanishing from the chart.
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = shiftDay(day, 1)) days.push(day);
  return days;
}
