import { exactEquality, TRIGRAM_THRESHOLD, trigramSimilarity } from './baselines';
import { parseCsv } from '@/lib/formats';
import { decidePrepared, type MatchDecision } from './decide';
import { prepareName } from './prepare';

export type LabeledPair = { registered: string; query: string; shouldMatch: boolean; variantClass: string };
export type Kind = MatchDecision['kind'];

/** The three figures the goals are stated in. */
export type Rates = { pairs: number; recall: number; false_exact_rate: number; false_match_rate: number };

export type ClassRow = {
  variantClass: string;
  positives: number;
  negatives: number;
  engine: Rates;
  exactEquality: Rates;
  trigram: Rates;
};

export type Miss = { pair: LabeledPair; decision: MatchDecision };

export type EvaluationReport = {
  overall: Rates;
  baselines: { exact_equality: Rates; trigram_0_5: Rates };
  classes: ClassRow[];
  misses: Miss[];
};

export const GOALS = { recall: 0.98, false_exact_rate: 0.005, false_match_rate: 0.1 } as const;

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y']);
const COLUMNS = ['registered', 'query', 'should_match', 'variant_class'] as const;

/** Reads `registered,query,should_match,variant_class` rows (header required, any column order). */
export function parsePairs(text: string): LabeledPair[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const index = COLUMNS.map((c) => header.findIndex((h) => h.trim().toLowerCase() === c));
  const [ri, qi, mi, ci] = index;
  if (
    ri === undefined ||
    qi === undefined ||
    mi === undefined ||
    ci === undefined ||
    index.some((i) => i < 0)
  ) {
    throw new Error(`pairs CSV needs the columns ${COLUMNS.join(', ')}`);
  }
  return rows.map((row) => ({
    registered: row[ri] ?? '',
    query: row[qi] ?? '',
    shouldMatch: TRUE_WORDS.has((row[mi] ?? '').trim().toLowerCase()),
    variantClass: (row[ci] ?? '').trim() || 'unlabelled',
  }));
}

type Tally = { positives: number; negatives: number; found: number; falseExact: number; falseMatch: number };

const emptyTally = (): Tally => ({ positives: 0, negatives: 0, found: 0, falseExact: 0, falseMatch: 0 });

function count(t: Tally, shouldMatch: boolean, kind: Kind): void {
  if (shouldMatch) {
    t.positives++;
    if (kind !== 'none') t.found++;
  } else {
    t.negatives++;
    if (kind === 'exact') t.falseExact++;
    if (kind !== 'none') t.falseMatch++;
  }
}

// An empty denominator meets its goal vacuously: a file of positives has no false matches.
const ratio = (num: number, den: number, vacuous: number): number =>
  den === 0 ? vacuous : Math.round((num / den) * 10000) / 10000;

function rates(t: Tally): Rates {
  return {
    pairs: t.positives + t.negatives,
    recall: ratio(t.found, t.positives, 1),
    false_exact_rate: ratio(t.falseExact, t.negatives, 0),
    false_match_rate: ratio(t.falseMatch, t.negatives, 0),
  };
}

/** Scores every pair as a lookup would (registered name vs the name the resident typed). */
export function evaluatePairs(pairs: LabeledPair[]): EvaluationReport {
  const engine = emptyTally();
  const equality = emptyTally();
  const trigram = emptyTally();
  const perClass = new Map<string, { engine: Tally; equality: Tally; trigram: Tally }>();
  const misses: Miss[] = [];
  for (const pair of pairs) {
    const decision = decidePrepared(prepareName(pair.registered), prepareName(pair.query));
    // The baselines only say match / no match; a match counts as exact.
    const eq: Kind = exactEquality(pair.registered, pair.query) ? 'exact' : 'none';
    const tg: Kind = trigramSimilarity(pair.registered, pair.query) >= TRIGRAM_THRESHOLD ? 'exact' : 'none';
    let cls = perClass.get(pair.variantClass);
    if (cls === undefined) {
      cls = { engine: emptyTally(), equality: emptyTally(), trigram: emptyTally() };
      perClass.set(pair.variantClass, cls);
    }
    count(engine, pair.shouldMatch, decision.kind);
    count(cls.engine, pair.shouldMatch, decision.kind);
    count(equality, pair.shouldMatch, eq);
    count(cls.equality, pair.shouldMatch, eq);
    count(trigram, pair.shouldMatch, tg);
    count(cls.trigram, pair.shouldMatch, tg);
    if (pair.shouldMatch === (decision.kind === 'none') || (!pair.shouldMatch && decision.kind === 'exact'))
      misses.push({ pair, decision });
  }
  const classes = [...perClass.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([variantClass, t]) => ({
      variantClass,
      positives: t.engine.positives,
      negatives: t.engine.negatives,
      engine: rates(t.engine),
      exactEquality: rates(t.equality),
      trigram: rates(t.trigram),
    }));
  return {
    overall: rates(engine),
    baselines: { exact_equality: rates(equality), trigram_0_5: rates(trigram) },
    classes,
    misses,
  };
}

export function evaluateCsv(text: string): EvaluationReport {
  return evaluatePairs(parsePairs(text));
}

/** One line per goal the figures miss; empty when all are met. */
export function missedGoals(r: Rates): string[] {
  const missed: string[] = [];
  if (r.recall < GOALS.recall) missed.push(`recall ${r.recall} is below the goal ${GOALS.recall}`);
  if (r.false_exact_rate > GOALS.false_exact_rate) {
    missed.push(`false-exact rate ${r.false_exact_rate} is above the goal ${GOALS.false_exact_rate}`);
  }
  if (r.false_match_rate > GOALS.false_match_rate) {
    missed.push(`false-match rate ${r.false_match_rate} is above the goal ${GOALS.false_match_rate}`);
  }
  return missed;
}
