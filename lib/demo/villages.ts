import type { Random } from './random';
import type { Village } from './types';

/**
 * Real villages hold a few hundred to a few thousand people, so persons are
 * concentrated in about one village per 3,000 rather than thinly spread over
 * the whole list. Chosen villages are ordered by code so each kecamatan is
 * generated in one stretch (see DistrictSerials).
 */

export const PERSONS_PER_VILLAGE = 3000;

export type VillageQuota = { village: Village; persons: number };

export function planVillages(rng: Random, villages: readonly Village[], persons: number): VillageQuota[] {
  if (persons === 0) return [];
  if (villages.length === 0) throw new RangeError('generateRegistry needs at least one village');
  const count = Math.min(villages.length, Math.max(1, Math.round(persons / PERSONS_PER_VILLAGE)));

  // Partial Fisher–Yates: the first `count` slots become a uniform sample.
  const order = Array.from({ length: villages.length }, (_, i) => i);
  for (let i = 0; i < count; i += 1) {
    const j = i + rng.int(order.length - i);
    const a = order[i] ?? i;
    order[i] = order[j] ?? j;
    order[j] = a;
  }
  const chosen = order
    .slice(0, count)
    .map((i) => villages[i])
    .filter((v): v is Village => v !== undefined)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // Sizes vary ±60% around the mean, as real villages do.
  const weights = chosen.map(() => 0.4 + rng.next() * 1.2);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const quotas = weights.map((w) => Math.floor((persons * w) / total));
  let remainder = persons - quotas.reduce((sum, q) => sum + q, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % quotas.length, remainder -= 1)
    quotas[i] = (quotas[i] ?? 0) + 1;

  return chosen.map((village, i) => ({ village, persons: quotas[i] ?? 0 }));
}
