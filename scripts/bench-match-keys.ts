/**
 * npm run bench:keys — how selective the blocking keys are: candidates per lookup
 * (residents of the village sharing a key with the typed name, what the database
 * returns) on a generated registry, and whether the keys still reach the right
 * person: after a typo decideMatch accepts, and on the labelled pairs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateRegistry, type Village } from '@/lib/demo';
import {
  decidePrepared,
  matchKeysPrepared,
  prepareName,
  type PreparedName,
  parsePairs,
} from '@/lib/matching';

const SEED = 20251001;
const PERSONS = 40_000;
const QUERIES = 1_000;

/** Every 250th official village: a few hundred rows over all provinces, so every naming tradition. */
function officialVillages(): Village[] {
  const file = path.join('node_modules', 'idn-area-data', 'data', 'villages.csv');
  const [, ...lines] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  return lines
    .filter((_, i) => i % 250 === 0)
    .map((line) => {
      const [code = '', districtCode = '', ...name] = line.split(',');
      return { code, districtCode, name: name.join(',') };
    });
}

type Resident = { fullName: string; prepared: PreparedName };
type VillageIndex = { residents: Resident[]; byKey: Map<string, number[]> };

const villages = new Map<string, VillageIndex>();
let keyRows = 0;
for (const person of generateRegistry({ seed: SEED, persons: PERSONS, villages: officialVillages() })) {
  let village = villages.get(person.villageCode);
  if (village === undefined)
    villages.set(person.villageCode, (village = { residents: [], byKey: new Map() }));
  const prepared = prepareName(person.fullName);
  for (const key of matchKeysPrepared(prepared)) {
    keyRows += 1;
    const ids = village.byKey.get(key) ?? [];
    ids.push(village.residents.length);
    village.byKey.set(key, ids);
  }
  village.residents.push({ fullName: person.fullName, prepared });
}

function candidates(village: VillageIndex, typed: PreparedName): Set<number> {
  const ids = new Set<number>();
  for (const key of matchKeysPrepared(typed)) for (const id of village.byKey.get(key) ?? []) ids.add(id);
  return ids;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** The next key on the same keyboard row: the slip residents make most. */
function neighbour(ch: string): string {
  const row = KEYBOARD_ROWS.find((r) => r.includes(ch)) ?? '';
  return row[row.indexOf(ch) + 1] ?? row[row.indexOf(ch) - 1] ?? ch;
}

/** The middle letter of the longest plain word (5+ letters; titles carry dots) typed one key off. */
function withTypo(fullName: string): string | null {
  const words = fullName.split(' ');
  let target = -1;
  words.forEach((w, i) => {
    if (/^[A-Za-z]{5,}$/.test(w) && w.length > (words[target]?.length ?? 0)) target = i;
  });
  const word = words[target];
  if (word === undefined) return null;
  const mid = Math.floor(word.length / 2);
  words[target] = word.slice(0, mid) + neighbour(word.charAt(mid).toLowerCase()) + word.slice(mid + 1);
  return words.join(' ');
}

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const summary = (xs: number[]): string =>
  `p50 ${quantile(xs, 0.5)}, p95 ${quantile(xs, 0.95)}, max ${Math.max(...xs)} (${xs.length} lookups)`;
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

// Every k-th resident over all villages: a deterministic sample weighted by village size.
const everyone = [...villages.values()].flatMap((village) =>
  village.residents.map((_, id) => ({ village, id })),
);
const step = Math.max(1, Math.floor(everyone.length / QUERIES));
const sample = everyone.filter((_, i) => i % step === 0).slice(0, QUERIES);

const exact: number[] = [];
const typo: number[] = [];
let typoAccepted = 0;
let typoReached = 0;
for (const { village, id } of sample) {
  const resident = village.residents[id];
  if (resident === undefined) continue;
  exact.push(candidates(village, resident.prepared).size);
  const typed = withTypo(resident.fullName);
  if (typed === null) continue;
  const query = prepareName(typed);
  const found = candidates(village, query);
  typo.push(found.size);
  // Keys owe the right person only where decideMatch would accept the typed name.
  if (decidePrepared(resident.prepared, query).kind !== 'none') {
    typoAccepted += 1;
    if (found.has(id)) typoReached += 1;
  }
}

/** Share of should-match pairs whose names share at least one key. */
function keyRecall(file: string): number {
  const text = readFileSync(path.join('tests', 'fixtures', 'matching', file), 'utf8');
  const positives = parsePairs(text).filter((p) => p.shouldMatch);
  const shared = positives.filter((p) => {
    const registered = matchKeysPrepared(prepareName(p.registered));
    return matchKeysPrepared(prepareName(p.query)).some((k) => registered.includes(k));
  });
  return shared.length / positives.length;
}

const sizes = [...villages.values()].map((v) => v.residents.length);
console.log(
  `${everyone.length.toLocaleString('en')} residents in ${sizes.length} villages of ` +
    `${Math.min(...sizes)}–${Math.max(...sizes)}, ${(keyRows / everyone.length).toFixed(2)} keys per person`,
);
console.log(`exact name: candidates ${summary(exact)}`);
console.log(
  `one typo:   candidates ${summary(typo)}; right person among them in ${typoReached} of the ${typoAccepted} decideMatch accepts`,
);
console.log(
  JSON.stringify({
    candidates_p50: quantile(exact, 0.5),
    candidates_p95: quantile(exact, 0.95),
    typo_candidates_p95: quantile(typo, 0.95),
    typo_key_recall: round(typoReached / typoAccepted),
    pairs_key_recall: round(keyRecall('pairs.csv')),
    holdout_key_recall: round(keyRecall('holdout.csv')),
  }),
);
