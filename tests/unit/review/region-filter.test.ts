import { describe, expect, it } from 'vitest';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopePatterns } from '@/lib/staff/region-filter';

const caller = (role: StaffCaller['role'], regionCodes: string[]): StaffCaller => ({
  userId: 1,
  role,
  regionCodes,
});

describe('scopePatterns', () => {
  it.each([
    [caller('OPERATOR_DESA', ['35.78.05.1003']), ['35.78.05.1003', '35.78.05.1003.%']],
    [caller('DINSOS', ['35.78']), ['35.78', '35.78.%']],
    [caller('ADMIN', []), ['%']],
    [caller('OPERATOR_DESA', []), []],
    [caller('DINSOS', ['35.7%', "35'--", '35.78']), ['35.78', '35.78.%']],
  ])('patterns for %j', (who, expected) => expect(scopePatterns(who)).toEqual(expected));
});
