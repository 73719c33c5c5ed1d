import { describe, expect, it } from 'vitest';
import { weightedDistance } from '@/lib/matching/distance';

describe('weightedDistance', () => {
  it.each([
    ['budi', 'budi', 0],
    ['rohman', 'rahman', 0.5], // vowel inside a word: transliteration
    ['sutrisno', 'sutirsno', 0.8], // transposition
    ['suparmo', 'suparno', 0.8], // neighbouring keys
    ['margono', 'marjono', 1.4], // arbitrary consonant: not a slip
    ['rahmat', 'ramat', 0.3], // dropped h
    ['hasanah', 'hasaqnah', 0.7], // double key press
    ['abc', '', 2.5], // vowel 0.7 + two consonants 0.9
  ])('%s → %s costs %d', (a, b, cost) => expect(weightedDistance(a, b)).toBeCloseTo(cost, 5));

  it('is symmetric', () => {
    expect(weightedDistance('sulistyowati', 'sulistiowati')).toBeCloseTo(
      weightedDistance('sulistiowati', 'sulistyowati'),
      9,
    );
  });
});
