import { describe, expect, it } from 'vitest';
import { decideMatch, decidePrepared, prepareName } from '@/lib/matching';

describe('decideMatch: exact only when equal after normalisation', () => {
  it.each([
    ['Budi Santoso', 'Budi Santoso', 'identical name'],
    ['BUDI SANTOSO', 'budi  santoso', 'same name after normalising case, spacing and punctuation'],
    ['H. Budi Santoso', 'Budi Santoso', "same name after removing title 'H.'"],
    [
      'Drs. H. Moch. Soebagio',
      'Muhammad Subagio',
      "same name after removing title 'Drs.', 'H.'; 'Moch.' read as Muhammad; old spelling 'oe'",
    ],
    ['Soeparno', 'Suparno', "same name after old spelling 'oe'"],
    ['Saadah', 'Sadah', 'same name after normalising case, spacing and punctuation'],
  ])('%s / %s is exact (%s)', (reg, query, reason) => {
    const d = decideMatch(reg, query);
    expect(d.kind).toBe('exact');
    expect(d.score).toBe(1);
    expect(d.reason).toBe(reason);
  });
});

describe('decideMatch: probable variants need a confirming fact', () => {
  it.each([
    ['Budi Santoso', 'Santoso Budi', 'token order differs'],
    ['M. Yusuf', 'Muhammad Yusuf', "initial 'M.' stands for Muhammad"],
    ['Abdul Rahman', 'A. Rahman', "initial 'A.' taken as 'abdul'"],
    ['Suparmo', 'Suparno', "one token differs by a typo: 'suparmo' ~ 'suparno'"],
    ['Sulaiman', 'Sulaeman', 'spelling variant'],
    ['Achmad Rachmat', 'Ahmad Rahmat', 'spelling variant'],
    ['Supriyadi', 'Supriadi', 'spelling variant'],
    ['Budi Santoso', 'Budi', "'santoso' only in the registered name"],
    ['Budi', 'Budi Santoso', "'santoso' only in the typed name"],
    ['Nurhayati', 'Nur Hayati', 'one word in one record and two in the other'],
    ['Ahmad bin Yusuf', 'Ahmad Yusuf', "'bin/binti' written in one name only"],
    ['Hasan bin Ali', 'Hasan', "'ali' only in the registered name"],
    // 'ahmad' is too common to carry a match alone
    ['Ahmad bin Yusuf', 'Ahmad Yusuf', "'bin/binti' written in one name only"],
    ['Siti binti Ahmad', 'Siti bt Achmad', 'spelling variant'],
    ['I Wayan Sudirta', 'Wayan Sudirta', "'i' only in the registered name"],
    ['Sutrisno', 'Sutirsno', 'typo'],
    ['Ridwan bin Saleh', 'Ridwan bin Sholeh', 'spelling variant'],
  ])('%s / %s is probable (%s)', (reg, query, reason) => {
    const d = decideMatch(reg, query);
    expect(d.kind).toBe('probable');
    expect(d.reason).toContain(reason);
    expect(d.score).toBeGreaterThan(0.4);
    expect(d.score).toBeLessThan(1);
  });
});

describe('decideMatch: different people with close names', () => {
  it.each([
    ['Ratna', 'Ratni', 'final vowel differs'],
    ['Suparjo', 'Suparji', 'final vowel differs'],
    ['Sutarno', 'Sutarni', 'final vowel differs'],
    ['Siti Aminah', 'Siti Aminatun', "adds the ending 'tun'"],
    ['Budi', 'Budiman', "adds the ending 'man'"],
    ['Hadi', 'Hari', 'one letter differs in a short name'],
    ['Tri Wahyuni', 'Sri Wahyuni', "different names: 'tri' vs 'sri'"],
    ['Dedi', 'Dodi', 'one letter differs in a short name'],
    ['Agus Salim', 'Agus Halim', 'one letter differs in a short name'],
    ['Budi Santoso', 'Budi Susanto', 'different names'],
    ['Suparman', 'Suparmin', 'vowel of the last syllable differs'],
    ['Rahman', 'Rahmat', 'final letter differs'],
    ['Eka Putri', 'Dwi Putri', 'different birth-order names'],
    ['I Wayan Sudirta', 'I Made Sudirta', 'different birth-order names'],
    ['Ni Putu Ayu', 'Ni Kadek Ayu', 'different birth-order names'],
    ['I Made Mudita', 'Ni Made Mudita', 'different names'],
    ['Ahmad bin Yusuf', 'Yusuf bin Ahmad', "swapped around 'bin'"],
    ['Ahmad bin Yusuf', 'Ahmad bin Ismail', 'different father'],
    ['Siti Aminah', 'Siti', 'only common names'],
    ['Muhammad Ridwan', 'M. Rizal', 'different names'],
    ['Ahmad bin Yusuf', 'Ahmad', 'only common names'],
    ['Margono', 'Marjono', 'different names'],
    ['Abdul Malik', 'Abdul Khalik', 'one letter differs in a short name'],
    ['', 'Budi', 'empty name'],
  ])('%s / %s is none (%s)', (reg, query, reason) => {
    const d = decideMatch(reg, query);
    expect(d.kind).toBe('none');
    expect(d.reason).toContain(reason);
  });
});

describe('decidePrepared', () => {
  it('agrees with decideMatch', () => {
    const reg = prepareName('Hj. Siti Aminah');
    expect(decidePrepared(reg, prepareName('siti aminah'))).toEqual(
      decideMatch('Hj. Siti Aminah', 'siti aminah'),
    );
  });
});
