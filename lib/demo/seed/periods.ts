import { registryPeriods } from '../periods';

// The registry snapshots and payment periods the demo data belongs to.
export const demoSnapshots = {
  DTKS: { period: '2025-10', label: 'DTKS periode Oktober 2025' },
  DTSEN: { period: '2025-Q3', label: 'DTSEN triwulan III 2025' },
} as const;

export const demoProgrammePeriods = {
  previous: { code: '2025-Q3', label: registryPeriods.previous.label },
  current: { code: '2025-Q4', label: registryPeriods.current.label },
} as const;
