import type { WelfareGroup } from '@/lib/registry';

// Desil (1 = poorest tenth) to DTSEN welfare group. This is policy, so it is
// configuration (PORTAL_DESIL_GROUPS); this default follows the grouping Kemensos
// publishes with DTSEN.
export const defaultDesilGroups: Record<number, WelfareGroup> = {
  1: 'SANGAT_MISKIN',
  2: 'MISKIN',
  3: 'HAMPIR_MISKIN',
  4: 'RENTAN_MISKIN',
  5: 'RENTAN_MISKIN',
  6: 'TIDAK_MISKIN',
  7: 'TIDAK_MISKIN',
  8: 'TIDAK_MISKIN',
  9: 'TIDAK_MISKIN',
  10: 'TIDAK_MISKIN',
};

export function welfareGroupOf(
  desil: number,
  mapping: Record<number, WelfareGroup> = defaultDesilGroups,
): WelfareGroup {
  return mapping[desil] ?? 'TIDAK_MISKIN';
}
