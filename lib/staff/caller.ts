import type { StaffRole } from '@/lib/db/generated/enums';

// Who is asking, as every service that returns personal data must know it (DESIGN.md: scope is
// enforced where the data is read, not only in routes).
export type StaffRoleName = StaffRole;

export interface StaffCaller {
  userId: number;
  role: StaffRoleName;
  // Dotted Kemendagri codes: village codes for operators, a regency code for Dinsos; empty for admins.
  regionCodes: readonly string[];
}

function withinRegion(code: string, regionCode: string): boolean {
  return code === regionCode || code.startsWith(`${regionCode}.`);
}

// True when the caller may see data of this village (or of any smaller region code).
export function canSeeRegion(caller: StaffCaller, code: string): boolean {
  if (caller.role === 'ADMIN') return true;
  return caller.regionCodes.some((regionCode) => withinRegion(code, regionCode));
}

// The region prefixes to filter queries with; null means unrestricted (admin).
export function scopePrefixes(caller: StaffCaller): readonly string[] | null {
  return caller.role === 'ADMIN' ? null : caller.regionCodes;
}
