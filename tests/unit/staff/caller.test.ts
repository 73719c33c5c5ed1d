import { describe, expect, it } from 'vitest';
import { canSeeRegion, scopePrefixes, type StaffCaller } from '@/lib/staff/caller';

const operator: StaffCaller = { userId: 1, role: 'OPERATOR_DESA', regionCodes: ['35.78.05.1003'] };
const dinsos: StaffCaller = { userId: 2, role: 'DINSOS', regionCodes: ['35.78'] };
const admin: StaffCaller = { userId: 3, role: 'ADMIN', regionCodes: [] };

describe('canSeeRegion', () => {
  it('lets an operator see only their own villages', () => {
    expect(canSeeRegion(operator, '35.78.05.1003')).toBe(true);
    expect(canSeeRegion(operator, '35.78.05.1004')).toBe(false);
  });

  it('lets Dinsos see every village of its regency and nothing next door', () => {
    expect(canSeeRegion(dinsos, '35.78.05.1003')).toBe(true);
    expect(canSeeRegion(dinsos, '35.7')).toBe(false);
    expect(canSeeRegion(dinsos, '35.79.01.1001')).toBe(false);
  });

  it('does not confuse a code with a longer one that shares its digits', () => {
    const regency: StaffCaller = { ...dinsos, regionCodes: ['35.7'] };
    expect(canSeeRegion(regency, '35.78.05.1003')).toBe(false);
  });

  it('lets an admin see everything', () => {
    expect(canSeeRegion(admin, '11.01.01.2001')).toBe(true);
    expect(scopePrefixes(admin)).toBeNull();
    expect(scopePrefixes(dinsos)).toEqual(['35.78']);
  });
});
