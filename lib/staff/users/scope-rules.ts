import type { StaffRoleName } from '@/lib/staff/caller';

// Which region codes each role carries (lib/staff/caller.ts): operators one or more villages,
// Dinsos exactly one regency, admins none. Pure; existence is checked against the region tables
// by the service.
export type ScopeProblem =
  'village-required' | 'regency-required' | 'one-regency' | 'admin-no-region' | 'bad-code';

const villageCode = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const regencyCode = /^\d{2}\.\d{2}$/;

// Codes typed by an admin: separated by commas, spaces or new lines, duplicates dropped.
export function parseRegionCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort();
}

export function scopeProblem(role: StaffRoleName, codes: readonly string[]): ScopeProblem | null {
  if (role === 'ADMIN') return codes.length === 0 ? null : 'admin-no-region';
  if (role === 'OPERATOR_DESA') {
    if (codes.length === 0) return 'village-required';
    return codes.every((code) => villageCode.test(code)) ? null : 'bad-code';
  }
  if (codes.length === 0) return 'regency-required';
  if (codes.length > 1) return 'one-regency';
  return codes.every((code) => regencyCode.test(code)) ? null : 'bad-code';
}

export function roleNeedsTotp(role: StaffRoleName): boolean {
  return role !== 'OPERATOR_DESA';
}

export const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;
