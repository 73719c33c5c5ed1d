import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trigramSimilarity } from '@/lib/matching/baselines';
import { evaluateCsv, missedGoals, parsePairs } from '@/lib/matching/evaluation';

const fixture = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/matching', name), 'utf8');

describe('matching goals (enforced in CI)', () => {
  it.each(['pairs.csv', 'holdout.csv'])(
    '%s meets recall ≥ 0.98, false-exact ≤ 0.005, false-match ≤ 0.10',
    (file) => {
      const report = evaluateCsv(fixture(file));
      expect(missedGoals(report.overall)).toEqual([]);
      // and beats both baselines by far
      expect(report.overall.recall).toBeGreaterThan(report.baselines.trigram_0_5.recall + 0.1);
      expect(report.overall.false_match_rate).toBeLessThan(report.baselines.trigram_0_5.false_match_rate / 3);
    },
  );

  it.each(['pairs.csv', 'holdout.csv'])('%s is large enough and at least a third hard negatives', (file) => {
    const pairs = parsePairs(fixture(file));
    expect(pairs.length).toBeGreaterThanOrEqual(file === 'pairs.csv' ? 600 : 200);
    expect(pairs.filter((p) => !p.shouldMatch).length * 3).toBeGreaterThanOrEqual(pairs.length);
  });
});

describe('evaluation figures', () => {
  const csv = [
    'registered,query,should_match,variant_class',
    'Budi Santoso,budi santoso,true,case_punct',
    '"Santoso, S.Pd.",Santoso,true,title',
    'Ratna,Ratni,false,hard_negative_vowel',
    'Budi,Budi,false,hard_negative_other',
  ].join('\n');

  it('computes recall, false-exact and false-match rates', () => {
    const r = evaluateCsv(csv);
    expect(r.overall).toEqual({ pairs: 4, recall: 1, false_exact_rate: 0.5, false_match_rate: 0.5 });
    expect(r.baselines.exact_equality).toEqual({
      pairs: 4,
      recall: 0.5,
      false_exact_rate: 0.5,
      false_match_rate: 0.5,
    });
    expect(missedGoals(r.overall)).toEqual([
      'false-exact rate 0.5 is above the goal 0.005',
      'false-match rate 0.5 is above the goal 0.1',
    ]);
  });

  it.each([
    ['word', 'word', 1],
    ['abc', 'xyz', 0],
    ['budi', 'budi santoso', 5 / 13],
  ])('trigram similarity of %s and %s is %d', (a, b, sim) =>
    expect(trigramSimilarity(a, b)).toBeCloseTo(sim, 5),
  );
});
