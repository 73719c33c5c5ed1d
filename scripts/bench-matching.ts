/**
 * npm run bench:matching — pairs scored per second, and the in-memory part of one
 * lookup in a synthetic village of 5,000 residents (keys → candidates → scores).
 * and the whole lookup (database fetch included) in a real village of 5,000 residents.
 */
import { openDatabase, applyMigrations } from '@/lib/db';
import { findResidentsInVillage } from '@/lib/lookup';
import { decidePrepared, matchKeysPrepared, prepareName, type PreparedName } from '@/lib/matching';
import { loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';

// Deterministic PRNG so runs are comparable.
let seed = 12345;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: readonly T[]): T => {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error('empty list');
  return x;
};

const FIRST = [
  'Siti',
  'Sri',
  'Muhammad',
  'Budi',
  'Agus',
  'Dewi',
  'Eko',
  'Dwi',
  'Tri',
  'Ahmad',
  'Nur',
  'Rina',
  'Asep',
  'Ujang',
  'Wayan',
  'Made',
  'Ni Made',
  'I Ketut',
  'Hendra',
  'Yohana',
  'Maria',
  'Andi',
  'Abdul',
  'Rahmat',
  'Yusuf',
  'Dedi',
  'Endang',
  'Heru',
  'Joko',
  'Tan',
];
const MIDDLE = ['Nur', 'Ayu', 'Dwi', 'Putri', 'Kurnia', '', '', '', '', '', 'Siok', 'Rahma'];
const LAST = [
  'Aminah',
  'Santoso',
  'Susanto',
  'Wahyuni',
  'Lestari',
  'Hidayat',
  'Suparno',
  'Suparni',
  'Sutrisno',
  'Rahayu',
  'Kusumawati',
  'Saputra',
  'Sudirta',
  'Simanjuntak',
  'Nasution',
  'Harahap',
  'Prasetyo',
  'Handayani',
  'Setiawan',
  'Fauzi',
  'Ridwan',
  'Fatimah',
  'Hasanah',
  'Purnomo',
  'Wibowo',
  'Suryani',
  'Hartono',
  'Sugiarto',
  'Lan',
  'Kurniawan',
  'Soebagio',
  'Djaelani',
  'Hasyim',
];
const TITLES = ['', '', '', '', 'H. ', 'Hj. ', 'Drs. '];
const DEGREES = ['', '', '', '', ', S.Pd.', ', S.E.'];

const randomName = (): string =>
  `${pick(TITLES)}${pick(FIRST)} ${pick(MIDDLE)} ${pick(LAST)}${rand() < 0.15 ? ` bin ${pick(LAST)}` : ''}${pick(DEGREES)}`
    .replace(/\s+/g, ' ')
    .trim();

/** What a resident might type for a registered name. */
function typedVariant(name: string): string {
  const r = rand();
  if (r < 0.3) return name.toLowerCase();
  if (r < 0.5) return name.replace(/^(H\.|Hj\.|Drs\.) /, '').replace(/, S\.\w+\.$/, '');
  if (r < 0.6) return name.split(' ').reverse().join(' ');
  if (r < 0.7) return name.replace('oe', 'u').replace('Dj', 'J');
  if (r < 0.85) return name.replace(/([aeiou])([a-z])([a-z]{3,})/, '$2$1$3');
  return randomName();
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

// 1. Pairs per second on a realistic mix (names prepared once: the candidate side is cached).
const registered = Array.from({ length: 2000 }, randomName);
const pairs: [PreparedName, PreparedName][] = registered.map((n) => [
  prepareName(n),
  prepareName(typedVariant(n)),
]);
let sink = 0;
const run = (ms: number): number => {
  let done = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const [a, b] of pairs) sink += decidePrepared(a, b).score;
    done += pairs.length;
  }
  return done;
};
run(500);
const t0 = performance.now();
const scored = run(3000);
const pairsPerSecond = Math.round(scored / ((performance.now() - t0) / 1000));
console.log(`pairs scored per second (prepared names): ${pairsPerSecond.toLocaleString('en')}`);

// 2. One lookup in a village of 5,000: keys of the typed name → candidates from an in-memory
//    key index (what the database query returns) → prepare and score each candidate.
const village = Array.from({ length: 5000 }, randomName);
const index = new Map<string, number[]>();
village.forEach((name, id) => {
  for (const key of matchKeysPrepared(prepareName(name))) {
    const ids = index.get(key) ?? [];
    ids.push(id);
    index.set(key, ids);
  }
});

const preparedVillage = village.map((name) => prepareName(name));

/** One lookup: candidates come from the key index, their prepared names from memory (cached). */
function lookup(typed: string, cached: boolean): number {
  const query = prepareName(typed);
  const ids = new Set<number>();
  for (const key of matchKeysPrepared(query)) for (const id of index.get(key) ?? []) ids.add(id);
  for (const id of ids) {
    const candidate = cached ? preparedVillage[id] : prepareName(village[id] ?? '');
    if (candidate !== undefined) sink += decidePrepared(candidate, query).score;
  }
  return ids.size;
}

function fullScan(typed: string): void {
  const query = prepareName(typed);
  for (const candidate of preparedVillage) sink += decidePrepared(candidate, query).score;
}

function timeEach(queries: string[], work: (q: string) => unknown): number[] {
  for (const q of queries.slice(0, 20)) work(q);
  const ms = queries.map((q) => {
    const start = performance.now();
    work(q);
    return performance.now() - start;
  });
  return ms.sort((a, b) => a - b);
}

const queries = Array.from({ length: 200 }, () => typedVariant(pick(village)));
const candidateCounts = queries.map((q) => lookup(q, true)).sort((a, b) => a - b);
const cachedMs = timeEach(queries, (q) => lookup(q, true));
const uncachedMs = timeEach(queries, (q) => lookup(q, false));
const scanMs = timeEach(queries, fullScan);
const line = (label: string, ms: number[]): string =>
  `village of 5,000: ${label}: ms p50 ${round(quantile(ms, 0.5), 3)}, p95 ${round(quantile(ms, 0.95), 3)} (200 lookups)`;
console.log(
  `village of 5,000: candidates per lookup p50 ${quantile(candidateCounts, 0.5)}, p95 ${quantile(candidateCounts, 0.95)}`,
);
console.log(line('keys + candidates + score (candidates prepared once, in memory)', cachedMs));
console.log(line('same, preparing every candidate from its raw name', uncachedMs));
console.log(line('no keys: score all 5,000 prepared residents', scanMs));
if (sink === -1) console.log('');

// 3. The same in the database: one real village holding 5,000 generated residents in an
//    in-memory PGlite; each lookup runs the candidate query, scores and decides, and
//    writes its audit record, exactly as the resident's lookup does.
const database = await openDatabase({ mode: 'embedded', dataDir: 'memory://bench-matching' });
await applyMigrations(database.adapterFactory);
await loadOfficialRegions(database.prisma);
const benchVillage = '33.74.10.1001';
await seedDemoRegistry(database, {
  seed: 5000,
  persons: 5000,
  secret: 'bench',
  villageCodes: [benchVillage],
});
const residents = await database.sql.query<{ full_name: string }>(
  'SELECT full_name FROM person WHERE village_code = $1 ORDER BY random() LIMIT 200',
  [benchVillage],
);
const lookupMs: number[] = [];
for (const [index, resident] of [...residents, ...residents.slice(0, 20)].entries()) {
  const input = {
    villageCode: benchVillage,
    fullName: index % 2 ? resident.full_name : typedVariant(resident.full_name),
  };
  const start = performance.now();
  await findResidentsInVillage(database.prisma, 'bench', input, { channel: 'PUBLIC' });
  if (index >= 20) lookupMs.push(performance.now() - start);
}
await database.close();
lookupMs.sort((a, b) => a - b);
console.log(line('database fetch + score + decide + audit (PGlite)', lookupMs));
console.log(
  JSON.stringify({
    pairs_per_s: pairsPerSecond,
    village_5000_score_ms_p50: round(quantile(cachedMs, 0.5), 3),
    village_5000_score_ms_p95: round(quantile(cachedMs, 0.95), 3),
    village_5000_lookup_ms_p50: round(quantile(lookupMs, 0.5), 2),
    village_5000_lookup_ms_p95: round(quantile(lookupMs, 0.95), 2),
  }),
);
