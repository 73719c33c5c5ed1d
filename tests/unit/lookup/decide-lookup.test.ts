import { describe, expect, it } from 'vitest';
import { decideLookup, type Candidate } from '@/lib/lookup/decide-lookup';
import { prepareName } from '@/lib/matching';

function candidate(id: number, name: string, birthDate: string, nikMatches = false): Candidate {
  return { id, name: prepareName(name), birthDate, nikMatches };
}

const village = [
  candidate(1, 'Siti Aminah', '1980-02-03'),
  candidate(2, 'Siti Aminatun', '1982-05-06'),
  candidate(3, 'H. Moch. Soebagio', '1955-01-01', true),
  candidate(4, 'Budi Santoso', '1970-01-01'),
  candidate(5, 'Budi Santoso', '1990-09-09'),
];
const query = (name: string, extra: { birthDate?: string; nikGiven?: boolean } = {}) => ({
  name: prepareName(name),
  birthDate: extra.birthDate,
  nikGiven: extra.nikGiven ?? false,
});

describe('decideLookup', () => {
  it('shows a single exact match without a birth date, but not its desil', () => {
    expect(decideLookup(village, query('siti aminah'))).toEqual({
      kind: 'show',
      ids: [1],
      birthDateConfirmed: false,
      nameMatches: [1],
    });
  });

  it('hides a probable match until the birth date confirms it', () => {
    expect(decideLookup(village, query('Muhamad Subagyo'))).toEqual({
      kind: 'hide',
      reason: 'needs-birth-date',
      nameMatches: [3],
    });
    expect(decideLookup(village, query('Muhamad Subagyo', { birthDate: '1955-01-01' }))).toEqual({
      kind: 'show',
      ids: [3],
      birthDateConfirmed: true,
      nameMatches: [3],
    });
  });

  it('a wrong birth date gives the same answer as an unconfirmed match', () => {
    expect(decideLookup(village, query('Muhamad Subagyo', { birthDate: '1956-01-01' }))).toEqual({
      kind: 'hide',
      reason: 'needs-birth-date',
      nameMatches: [3],
    });
  });

  it('several exact namesakes need the birth date, which picks the right one', () => {
    expect(decideLookup(village, query('Budi Santoso'))).toEqual({
      kind: 'hide',
      reason: 'needs-birth-date',
      nameMatches: [4, 5],
    });
    expect(decideLookup(village, query('Budi Santoso', { birthDate: '1990-09-09' }))).toMatchObject({
      ids: [5],
    });
  });

  it('never hands over a close but different name', () => {
    // Siti Aminah's birth date typed with her neighbour's name shows nobody.
    expect(decideLookup(village, query('Siti Aminatun', { birthDate: '1980-02-03' }))).toMatchObject({
      kind: 'hide',
    });
  });

  it('with a NIK, the NIK and the name must both match', () => {
    expect(decideLookup(village, query('Moch Soebagio', { nikGiven: true }))).toMatchObject({
      kind: 'show',
      ids: [3],
    });
    expect(decideLookup(village, query('Siti Aminah', { nikGiven: true }))).toEqual({
      kind: 'hide',
      reason: 'no-match',
      nameMatches: [1],
    });
  });

  it('reports no match when nothing is close', () => {
    expect(decideLookup(village, query('Yohanes Manurung'))).toEqual({
      kind: 'hide',
      reason: 'no-match',
      nameMatches: [],
    });
  });
});
