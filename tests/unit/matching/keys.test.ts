import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchKeys, MAX_KEYS } from '@/lib/matching';
import { parsePairs } from '@/lib/matching/evaluation';

const fixture = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/matching', name), 'utf8');

const shareKey = (a: string, b: string): boolean => {
  const kb = matchKeys(b);
  return matchKeys(a).some((k) => kb.includes(k));
};

describe('matchKeys', () => {
  it.each([
    ['Drs. H. Moch. Soebagio', 'Muhammad Subagio'],
    ['Nurhayati', 'Nur Hayati'],
    ['A. Rahman', 'Abdul Rahman'],
    ['Suparmo', 'Suparno'],
    ['Rasimah', 'Raimah'],
    ['Budi Santoso', 'Santoso'],
    ['Khairul Anam', 'Hairul Anam'],
  ])('%s and %s share a key', (a, b) => expect(shareKey(a, b)).toBe(true));

  it('keys no common token on its own', () => {
    const keys = matchKeys('Siti Aminah');
    expect(keys.some((k) => k === 't:st')).toBe(false);
    expect(matchKeys('Muhammad Yusuf').some((k) => k.startsWith('t:mm'))).toBe(false);
  });

  it('still gives a name of common tokens a whole-name key', () => {
    expect(matchKeys('Siti')).toEqual(['w:st']);
  });

  it('returns no keys for an empty name', () => expect(matchKeys('  ')).toEqual([]));

  it.each(['pairs.csv', 'holdout.csv'])(
    'every should-match pair of %s shares a key (candidate recall ≥ 0.995)',
    (file) => {
      const positives = parsePairs(fixture(file)).filter((p) => p.shouldMatch);
      const found = positives.filter((p) => shareKey(p.registered, p.query)).length;
      expect(found / positives.length).toBeGreaterThanOrEqual(0.995);
      for (const p of positives) {
        expect(matchKeys(p.registered).length).toBeLessThanOrEqual(MAX_KEYS);
        expect(matchKeys(p.query).length).toBeLessThanOrEqual(MAX_KEYS);
      }
    },
  );
});
