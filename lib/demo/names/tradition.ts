import type { Random } from '../random';
import { draw, type WeightedPool } from '../pool';
import type { Sex } from '@/lib/registry';

export const ethnicGroups = [
  'javanese',
  'sundanese',
  'batak',
  'minang',
  'bugis',
  'balinese',
  'arabic',
  'chinese',
] as const;
export type EthnicGroup = (typeof ethnicGroups)[number];

export type NameRequest = {
  sex: Sex;
  birthYear: number;
  /** The household line (marga, Chinese surname, Balinese caste, Andi); '' when the tradition has none. */
  familyName: string;
  /** The father's given name when he is known in this KK, for bin/binti. */
  fatherName: string | null;
  /** 0-based order among the children of this KK; -1 for everyone else. */
  childOrder: number;
};

export type NamingTradition = {
  /** H./Hj. and bin/binti are plausible only in Muslim naming. */
  readonly muslim: boolean;
  /** Pre-1972 spelling (oe, dj, tj) shows up on old KTPs in these traditions. */
  readonly oldSpelling: boolean;
  drawFamilyName(rng: Random): string;
  compose(rng: Random, request: NameRequest): string;
};

/** The share of people given a name in the national "modern" style, by birth year. */
export function modernShare(birthYear: number): number {
  if (birthYear < 1975) return 0.02;
  if (birthYear < 1990) return 0.2;
  if (birthYear < 2000) return 0.45;
  return 0.7;
}

export type TwoPartPools = {
  readonly first: WeightedPool<string>;
  readonly second: WeightedPool<string>;
  /** First names that never stand alone (Siti, Muhammad, Abdul …). */
  readonly needsSecond: ReadonlySet<string>;
};

/** One or two words; older generations more often carry a single name. */
export function twoPart(rng: Random, pools: TwoPartPools, singleShare: number): string {
  const first = draw(rng, pools.first);
  if (!pools.needsSecond.has(first) && rng.chance(singleShare)) return first;
  let second = draw(rng, pools.second);
  if (second === first) second = draw(rng, pools.second);
  return `${first} ${second}`;
}

export function singleShareFor(birthYear: number, oldShare: number): number {
  return birthYear < 1970 ? oldShare : birthYear < 1990 ? oldShare * 0.6 : oldShare * 0.3;
}
