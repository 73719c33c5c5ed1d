import type { Random } from './random';
import { draw, weighted } from './pool';

/**
 * A household's place in the two registries. DTSEN ranks every household by
 * desil; DTKS holds roughly the poorest 40%, so the chance of being in DTKS
 * falls steeply with desil. A small share of households is in neither
 * (newly formed or moved in after the last snapshot).
 */

export type HouseholdStanding = { desil: number; inDtsen: boolean; inDtks: boolean };

// Slightly poorer than the national spread so demo lookups show more cases of interest.
const desils = weighted([
  [1, 14],
  [2, 13],
  [3, 12],
  [4, 11],
  [5, 10],
  [6, 9],
  [7, 9],
  [8, 8],
  [9, 7],
  [10, 7],
] as const);

const dtksShareByDesil: readonly number[] = [0, 0.88, 0.82, 0.72, 0.58, 0.28, 0.15, 0.06, 0.03, 0.02, 0.01];

const outsideBothShare = 0.022;

export function drawHouseholdStanding(rng: Random): HouseholdStanding {
  const desil = draw(rng, desils);
  if (rng.chance(outsideBothShare)) return { desil, inDtsen: false, inDtks: false };
  return { desil, inDtsen: true, inDtks: rng.chance(dtksShareByDesil[desil] ?? 0) };
}
