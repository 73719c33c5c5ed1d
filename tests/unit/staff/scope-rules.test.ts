import { describe, expect, it } from 'vitest';
import { parseRegionCodes, scopeProblem } from '@/lib/staff/users/scope-rules';

describe('scopeProblem', () => {
  it.each([
    ['OPERATOR_DESA', ['35.78.05.1003'], null],
    ['OPERATOR_DESA', ['35.78.05.1003', '35.78.05.1004'], null],
    ['OPERATOR_DESA', [], 'village-required'],
    ['OPERATOR_DESA', ['35.78'], 'bad-code'],
    ['DINSOS', ['35.78'], null],
    ['DINSOS', [], 'regency-required'],
    ['DINSOS', ['35.78', '32.04'], 'one-regency'],
    ['DINSOS', ['35.78.05.1003'], 'bad-code'],
    ['ADMIN', [], null],
    ['ADMIN', ['35.78'], 'admin-no-region'],
  ] as const)('%s with %j: %s', (role, codes, problem) => {
    expect(scopeProblem(role, codes)).toBe(problem);
  });
});

describe('parseRegionCodes', () => {
  it('reads codes separated by commas, spaces or lines, once each', () => {
    expect(parseRegionCodes(' 35.78.05.1004, 35.78.05.1003\n35.78.05.1004 ')).toEqual([
      '35.78.05.1003',
      '35.78.05.1004',
    ]);
    expect(parseRegionCodes('')).toEqual([]);
  });
});
