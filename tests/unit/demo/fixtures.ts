import type { GeneratedPerson, Village } from '@/lib/demo';

/** Real villages from idn-area-data, spread over regions with different naming traditions. */
export const sampleVillages: readonly Village[] = [
  { code: '11.01.01.2001', districtCode: '11.01.01', name: 'Keude Bakongan' },
  { code: '12.71.01.1001', districtCode: '12.71.01', name: 'Pasar Baru' },
  { code: '13.71.01.1001', districtCode: '13.71.01', name: 'Belakang Pondok' },
  { code: '32.04.05.2001', districtCode: '32.04.05', name: 'Cileunyi Kulon' },
  { code: '32.04.05.2002', districtCode: '32.04.05', name: 'Cileunyi Wetan' },
  { code: '32.73.01.1001', districtCode: '32.73.01', name: 'Sukarasa' },
  { code: '33.74.01.1001', districtCode: '33.74.01', name: 'Miroto' },
  { code: '35.78.05.1001', districtCode: '35.78.05', name: 'Tegalsari' },
  { code: '35.78.05.1002', districtCode: '35.78.05', name: 'Dr. Soetomo' },
  { code: '51.04.05.1005', districtCode: '51.04.05', name: 'Ubud' },
  { code: '51.04.05.2001', districtCode: '51.04.05', name: 'Lodtunduh' },
  { code: '61.71.01.1002', districtCode: '61.71.01', name: 'Benuamelayu Laut' },
  { code: '73.08.09.1006', districtCode: '73.08.09', name: 'Apala' },
  { code: '73.08.09.2001', districtCode: '73.08.09', name: 'Bacu' },
];

export function districtOf(villageCode: string): string {
  return villageCode.slice(0, 8);
}

export function take<T>(items: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  if (count <= 0) return taken;
  for (const item of items) {
    taken.push(item);
    if (taken.length >= count) break;
  }
  return taken;
}

export function groupByKk(persons: readonly GeneratedPerson[]): Map<string, GeneratedPerson[]> {
  const households = new Map<string, GeneratedPerson[]>();
  for (const person of persons) {
    const members = households.get(person.kk) ?? [];
    members.push(person);
    households.set(person.kk, members);
  }
  return households;
}

/**
 * The resident-facing state a record should lead to. This mirrors the
 * states in DOMAIN.md for test purposes only; the portal's own rule lives
 * in lib/status.
 */
export type RegistryState =
  'receiving' | 'registered-not-receiving' | 'dtsen-only' | 'data-incomplete' | 'in-neither';

export function registryState(person: GeneratedPerson): RegistryState {
  if (person.dtks === null && person.dtsen === null) return 'in-neither';
  if (person.qualityFlags.length > 0) return 'data-incomplete';
  if (person.dtks === null) return 'dtsen-only';
  const receiving = person.programmes.some((entry) => entry.period === 'current' && entry.received);
  return receiving ? 'receiving' : 'registered-not-receiving';
}

const dayMs = 86_400_000;

/** Whole years between two YYYY-MM-DD dates (b after a), calendar-exact. */
export function yearsBetween(earlier: string, later: string): number {
  const [ey = 0, em = 0, ed = 0] = earlier.split('-').map(Number);
  const [ly = 0, lm = 0, ld = 0] = later.split('-').map(Number);
  const hadAnniversary = lm > em || (lm === em && ld >= ed);
  return ly - ey - (hadAnniversary ? 0 : 1);
}

export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(later) - Date.parse(earlier)) / dayMs);
}
