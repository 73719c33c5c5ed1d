import type { getTranslations } from 'next-intl/server';

type ResultTranslator = Awaited<ReturnType<typeof getTranslations<'Result'>>>;

// "2025-Q4" → "Oktober–Desember 2025"; any other label is shown as the registry wrote it.
export function periodLabel(t: ResultTranslator, period: string | null): string {
  if (!period) return '—';
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return period;
  const key = `Q${quarter[2]}` as 'Q1' | 'Q2' | 'Q3' | 'Q4';
  return t(`quarters.${key}`, { year: quarter[1] ?? '' });
}
