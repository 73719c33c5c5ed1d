import type { StaffRole } from '@/lib/db/client';

// Who is asking, as every service that returns personal data must know it (DESIGN.md: scope is
// enforced where the data is read, not only in routes).
export type StaffRoleName = StaffRole;

export interface StaffCaller {
  userId: number;
  role: StaffRoleName;
  // Dotted Kemendagri codes: village codes for operators, a regency code for Dinsos; empty for admins.
  regionCodes: readonly string[];
}
