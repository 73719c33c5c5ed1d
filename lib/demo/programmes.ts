import type { Random } from './random';
import type { ProgrammeCode } from '@/lib/registry';
import type { ProgrammeEntry } from './types';

/**
 * Who is listed for which programme in the previous and current period.
 * Eligibility follows the programmes' published targeting (PKH: families
 * with young children, pupils or elderly in desil 1–3; BPNT: desil 1–4;
 * PBI JK: per person, desil 1–5; PIP: pupils aged 6–21 in poor or PKH
 * families; BLT: a small minority). Being listed is not receiving: quota and
 * payment stages decide, and people move in and out between periods.
 */

export type PeriodPair = { previous: boolean; current: boolean };

export type HouseholdProgrammes = { pkh: PeriodPair | null; bpnt: PeriodPair | null; blt: PeriodPair | null };

export type HouseholdFacts = {
  desil: number;
  inDtks: boolean;
  hasToddler: boolean;
  hasPupil: boolean;
  hasElderly: boolean;
};

/** Previous-period chance, then the chance to stay in and to be newly taken in. */
function periods(rng: Random, first: number, stay: number, join: number): PeriodPair {
  const previous = rng.chance(first);
  return { previous, current: rng.chance(previous ? stay : join) };
}

export function planHouseholdProgrammes(rng: Random, facts: HouseholdFacts): HouseholdProgrammes {
  if (!facts.inDtks) return { pkh: null, bpnt: null, blt: null };
  const hasComponent = facts.hasToddler || facts.hasPupil || facts.hasElderly;
  const pkhEligible = hasComponent && (facts.desil <= 3 || (facts.desil === 4 && rng.chance(0.3)));
  const bpntEligible = facts.desil <= 4 || (facts.desil === 5 && rng.chance(0.25));
  const bltListed = facts.desil <= 5 && rng.chance(0.15);
  return {
    pkh: pkhEligible ? periods(rng, 0.7, 0.85, 0.25) : null,
    bpnt: bpntEligible ? periods(rng, 0.55, 0.8, 0.2) : null,
    blt: bltListed ? periods(rng, 0.5, 0.5, 0.5) : null,
  };
}

export type PersonFacts = {
  age: number;
  desil: number;
  /** Why the current period is blocked for this person, if it is. */
  currentBlock: string | null;
};

const droppedRemarks = [
  'Tidak memenuhi kriteria komponen',
  'Tidak memenuhi kriteria komponen',
  'Kuota wilayah terpenuhi',
  'Pindah domisili',
] as const;
const notSelectedRemarks = ['Kuota wilayah terpenuhi', 'Tidak memenuhi kriteria komponen'] as const;

function addEntries(
  list: ProgrammeEntry[],
  rng: Random,
  code: ProgrammeCode,
  pair: PeriodPair,
  block: string | null,
): void {
  const paidRemark = code === 'PBI_JK' ? 'Kepesertaan aktif' : 'Sudah disalurkan';
  const previous: ProgrammeEntry = {
    code,
    period: 'previous',
    received: pair.previous,
    remark: pair.previous ? paidRemark : rng.pick(notSelectedRemarks),
  };
  let current: ProgrammeEntry;
  if (block !== null) current = { code, period: 'current', received: false, remark: block };
  else if (pair.current) {
    const inProgress = code !== 'PBI_JK' && rng.chance(0.4);
    current = {
      code,
      period: 'current',
      received: true,
      remark: inProgress ? 'Dalam proses penyaluran' : paidRemark,
    };
  } else {
    const remark = pair.previous ? rng.pick(droppedRemarks) : rng.pick(notSelectedRemarks);
    current = { code, period: 'current', received: false, remark };
  }
  list.push(previous, current);
}

export function personProgrammes(
  rng: Random,
  household: HouseholdProgrammes,
  person: PersonFacts,
): ProgrammeEntry[] {
  const list: ProgrammeEntry[] = [];
  const block = person.currentBlock;
  if (household.pkh) addEntries(list, rng, 'PKH', household.pkh, block);
  if (household.bpnt) addEntries(list, rng, 'BPNT', household.bpnt, block);
  if (person.desil <= 5) addEntries(list, rng, 'PBI_JK', periods(rng, 0.55, 0.85, 0.2), block);
  if (household.blt) addEntries(list, rng, 'BLT', household.blt, block);
  const pupil = person.age >= 6 && person.age <= 21;
  if (pupil && (household.pkh !== null || person.desil <= 3)) {
    addEntries(list, rng, 'PIP', periods(rng, 0.6, 0.85, 0.3), block);
  }
  return list;
}
