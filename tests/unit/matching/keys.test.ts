import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideMatch, matchKeys, MAX_KEYS } from '@/lib/matching';
import { MAX_KEY_LENGTH } from '@/lib/matching/keys';
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
    ['Aminah', 'Siti Aminah'],
    ['Siti Aminah', 'Siti Amimah'],
    ['Budi Santoso', 'Budi Sabtoso'],
    ['Budi Santoso', 'Santoso Budi Utomo'],
    ['T. Hasan', 'Tsabit Hasan'],
    ['Rahmawati Lestari', 'Tahmawati Lestari'],
    ['Wa Ode Nurhayati', 'Nurhayati'],
    ['Margaretha Sinaga', 'Margaretha Br Sinaga'],
  ])('%s and %s share a key', (a, b) => expect(shareKey(a, b)).toBe(true));

  // Selectivity: a frequent token alone (Santoso, Aminah) must not pull every bearer into the lookup.
  it.each([
    ['Budi Santoso', 'Agus Santoso'],
    ['Siti Aminah', 'Nur Aminah'],
    ['Putri', 'Putra Lestari'],
    ['Wa Ode Nurhayati', 'Wa Ode Aisyah'],
  ])('%s and %s, which decideMatch tells apart, share no key', (a, b) => {
    expect(decideMatch(a, b).kind).toBe('none');
    expect(shareKey(a, b)).toBe(false);
  });

  it('keys no common token on its own', () => {
    expect(matchKeys('Siti Aminah').some((k) => k.startsWith('t:st'))).toBe(false);
    expect(matchKeys('Muhammad Yusuf').some((k) => k.startsWith('t:mm'))).toBe(false);
  });

  it('still gives a name of common tokens a whole-name key', () => {
    expect(matchKeys('Siti')).toEqual(['w:st']);
  });

  it('returns no keys for an empty name', () => expect(matchKeys('  ')).toEqual([]));

  it('fits a long name into MAX_KEYS keys of at most MAX_KEY_LENGTH characters', () => {
    const keys = matchKeys('Andi Muhammad Rizky Hidayat Saputra Ramadhan Firmansyah Kurniawan Prasetyo');
    expect(keys.length).toBe(MAX_KEYS);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });

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
