import { describe, expect, it } from 'vitest';
import { confirmationAttempt, isConfirmationLocked } from '@/lib/lookup/confirmation-cap';
import { decideLookup, type Candidate } from '@/lib/lookup/decide-lookup';
import { prepareName } from '@/lib/matching';

function candidate(id: number, name: string, birthDate: string, nikMatches = false): Candidate {
  return { id, name: prepareName(name), birthDate, nikMatches };
}

const village = [
  candidate(1, 'Siti Aminah', '1980-02-03'),
  candidate(2, 'Siti Aminah', '1991-11-23'),
  candidate(3, 'H. Moch. Soebagio', '1955-01-01', true),
];

function attempt(name: string, extra: { birthDate?: string; nikGiven?: boolean } = {}) {
  const query = { name: prepareName(name), birthDate: extra.birthDate, nikGiven: extra.nikGiven ?? false };
  return confirmationAttempt(decideLookup(village, query), query);
}

describe('confirmationAttempt', () => {
  it('counts nothing for a name alone, found or not', () => {
    expect(attempt('Moch Soebagio')).toEqual({ kind: 'none' });
    expect(attempt('Siti Aminah')).toEqual({ kind: 'none' });
    expect(attempt('Yohanes Manurung')).toEqual({ kind: 'none' });
  });

  it('a birth date that matches is a confirmation of that person only', () => {
    expect(attempt('Siti Aminah', { birthDate: '1991-11-23' })).toEqual({
      kind: 'confirmed',
      personIds: [2],
    });
  });

  it('a wrong birth date is one failure for every person whose name matched', () => {
    expect(attempt('Siti Aminah', { birthDate: '1991-11-24' })).toEqual({
      kind: 'failed',
      personIds: [1, 2],
    });
    expect(attempt('Muhamad Subagyo', { birthDate: '1955-01-02' })).toEqual({
      kind: 'failed',
      personIds: [3],
    });
  });

  it('a birth date for a name nobody has is a failure of no person (the village + name still counts)', () => {
    expect(attempt('Yohanes Manurung', { birthDate: '1955-01-01' })).toEqual({
      kind: 'failed',
      personIds: [],
    });
  });

  it('a NIK that does not match the name is a failure for the persons of that name', () => {
    expect(attempt('Siti Aminah', { nikGiven: true })).toEqual({ kind: 'failed', personIds: [1, 2] });
    expect(attempt('Moch Soebagio', { nikGiven: true })).toEqual({ kind: 'confirmed', personIds: [3] });
  });

  it('a matching NIK with a wrong birth date is still a failure', () => {
    expect(attempt('Moch Soebagio', { nikGiven: true, birthDate: '1955-01-02' })).toEqual({
      kind: 'failed',
      personIds: [3],
    });
  });
});

describe('isConfirmationLocked', () => {
  it.each([
    [0, 5, false],
    [4, 5, false],
    [5, 5, true],
    [9, 5, true],
    [0, 1, false],
    [1, 1, true],
  ])('%i failures before, %i a day: locked %s', (before, perDay, locked) =>
    expect(isConfirmationLocked(before, perDay)).toBe(locked),
  );
});
