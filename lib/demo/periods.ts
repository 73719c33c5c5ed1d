import { dayNumber } from './calendar';

/**
 * The demo registry is frozen at one moment so that ages, periods and
 * snapshots never drift with the wall clock (determinism beats realism here).
 */
export const registryPeriods = {
  previous: { label: 'Juli–September 2025', start: '2025-07-01', end: '2025-09-30' },
  current: { label: 'Oktober–Desember 2025', start: '2025-10-01', end: '2025-12-31' },
} as const;

/** Ages are computed on the first day of the current period. */
export const referenceDay = dayNumber(2025, 10, 1);

/** People born after the last DTSEN/DTKS snapshot are not yet in either registry. */
export const snapshotDay = dayNumber(2025, 7, 1);
