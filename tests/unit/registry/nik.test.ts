import { describe, expect, it } from 'vitest';
import {
  composeKk,
  composeNik,
  districtDigits,
  identityNumber,
  identityNumberPattern,
  nikAgreesWith,
  nikDateIsPossible,
} from '@/lib/registry';

describe('composeNik', () => {
  it.each([
    ['32.04.05', '1985-03-07', 'P', 1, '3204054703850001'],
    ['32.04.05', '1985-03-07', 'L', 1, '3204050703850001'],
    ['35.78.05', '2001-12-31', 'P', 42, '3578057112010042'],
    ['73.08.09', '1949-02-17', 'L', 9007, '7308091702499007'],
  ] as const)('composes %s %s %s #%i as %s', (district, birthDate, sex, serial, expected) => {
    expect(composeNik(district, birthDate, sex, serial)).toBe(expected);
  });

  it('refuses malformed input rather than producing a wrong NIK', () => {
    expect(() => composeNik('320405', '1985-03-07', 'L', 1)).toThrow(RangeError);
    expect(() => composeNik('32.04.05', '1985-02-30', 'L', 1)).toThrow(RangeError);
    expect(() => composeNik('32.04.05', '1900-02-29', 'L', 1)).toThrow(RangeError);
    expect(() => composeNik('32.04.05', '1985-03-07', 'L', 0)).toThrow(RangeError);
    expect(() => composeNik('32.04.05', '1985-03-07', 'L', 10_000)).toThrow(RangeError);
  });
});

describe('composeKk', () => {
  it('uses the district and the issue date without the +40 rule', () => {
    expect(composeKk('51.04.05', '2007-10-05', 9001)).toBe('5104050510079001');
  });
});

describe('districtDigits', () => {
  it('drops the dots of a kecamatan code', () => expect(districtDigits('32.04.05')).toBe('320405'));
});

describe('nikAgreesWith', () => {
  const facts = { districtCode: '32.04.05', birthDate: '1985-03-07', sex: 'P' } as const;

  it('agrees on every part for a consistent NIK', () => {
    expect(nikAgreesWith('3204054703850001', facts)).toEqual({ region: true, birthDate: true, sex: true });
  });

  it.each([
    ['3204050703850001', { region: true, birthDate: true, sex: false }],
    ['3204054803850001', { region: true, birthDate: false, sex: true }],
    ['3204054703860001', { region: true, birthDate: false, sex: true }],
    ['3204064703850001', { region: false, birthDate: true, sex: true }],
  ] as const)('tells which part of %s disagrees', (nik, expected) => {
    expect(nikAgreesWith(nik, facts)).toEqual(expected);
  });

  it('agrees with nothing when the NIK is not 16 digits', () => {
    expect(nikAgreesWith('32040547038500', facts)).toEqual({ region: false, birthDate: false, sex: false });
  });
});

describe('identityNumber', () => {
  it('lays out the parts like composeNik, without checking them', () => {
    expect(identityNumber('320405', 47, 3, 1985, 1)).toBe(composeNik('32.04.05', '1985-03-07', 'P', 1));
  });
});

describe('identityNumberPattern', () => {
  it.each([
    ['3204054703850001', true],
    ['320405470385000', false],
    ['32040547038500011', false],
    ['3204 05470385000', false],
    ['320405470385000x', false],
  ])('%s is 16 digits: %s', (text, expected) => expect(identityNumberPattern.test(text)).toBe(expected));
});

describe('nikDateIsPossible', () => {
  it.each([
    ['3204050703850001', true],
    ['3204054703850001', true],
    ['3204053112850001', true],
    ['3204057112850001', true],
    ['3204050003850001', false],
    ['3204053203850001', false],
    ['3204054003850001', false],
    ['3204057203850001', false],
    ['3204050700850001', false],
    ['3204050713850001', false],
  ])('digits 7–12 of %s can come from Dukcapil: %s', (nik, expected) => {
    expect(nikDateIsPossible(nik)).toBe(expected);
  });
});

describe('composed and read back', () => {
  it.each([
    ['32.04.05', '1985-03-07', 'P'],
    ['35.78.05', '2000-02-29', 'L'],
    ['73.08.09', '1949-12-31', 'P'],
  ] as const)('a NIK composed for %s %s %s agrees with its facts', (districtCode, birthDate, sex) => {
    const nik = composeNik(districtCode, birthDate, sex, 12);
    expect(identityNumberPattern.test(nik)).toBe(true);
    expect(nikDateIsPossible(nik)).toBe(true);
    expect(nikAgreesWith(nik, { districtCode, birthDate, sex })).toEqual({
      region: true,
      birthDate: true,
      sex: true,
    });
  });

  it('agrees with nothing when the birth date is not a real day', () => {
    const facts = { districtCode: '32.04.05', birthDate: '1985-02-30', sex: 'P' } as const;
    expect(nikAgreesWith('3204057002850001', facts)).toEqual({ region: false, birthDate: false, sex: false });
  });
});
