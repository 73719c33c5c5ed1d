import type { Random } from './random';

/**
 * A frequency-weighted list sampled in O(1) through an expanded index table,
 * so common names repeat as often as they do in a real village.
 */
export type WeightedPool<T> = { readonly values: readonly T[]; readonly table: Uint16Array };

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedPool<T> {
  const values: T[] = [];
  const indices: number[] = [];
  entries.forEach(([value, weight], index) => {
    values.push(value);
    for (let i = 0; i < weight; i += 1) indices.push(index);
  });
  if (indices.length === 0) throw new RangeError('A weighted pool needs at least one weighted entry');
  return { values, table: Uint16Array.from(indices) };
}

/** Parses `'Sutarno 5, Suparjo 4, Sri Wahyuni 6'`; a missing weight counts as 1. */
export function namePool(spec: string): WeightedPool<string> {
  const entries = spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part): readonly [string, number] => {
      const match = /^(.*?)\s+(\d+)$/.exec(part);
      return match?.[1] !== undefined && match[2] !== undefined ? [match[1], Number(match[2])] : [part, 1];
    });
  return weighted(entries);
}

export function draw<T>(rng: Random, pool: WeightedPool<T>): T {
  const index = pool.table[rng.int(pool.table.length)];
  const value = index === undefined ? undefined : pool.values[index];
  if (value === undefined) throw new RangeError('Weighted pool table is inconsistent');
  return value;
}
