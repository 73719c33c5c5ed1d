import { describe, expect, it } from 'vitest';
import { composeKk, composeNik, districtDigits, nikAgreesWith } from '@/lib/demo';

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
