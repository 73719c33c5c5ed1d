import { z } from 'zod';
import { StaffRole } from '@/lib/db/client';
import { usernamePattern } from './scope-rules';

export const staffRoles: readonly StaffRole[] = Object.values(StaffRole);

// Field-level checks of the "new user" form; password policy and region existence follow in the
// service (they need the username and the region tables).
export const newStaffUserInput = z.object({
  username: z.string().trim().toLowerCase().regex(usernamePattern, 'username'),
  displayName: z.string().trim().min(2, 'displayName').max(100, 'displayName'),
  role: z.enum(StaffRole, 'role'),
  regions: z.string().max(2000, 'regions').default(''),
  password: z.string().max(256, 'password'),
});
// As typed in the form or on the command line; the schema decides what is valid.
export type NewStaffUserInput = {
  username: string;
  displayName: string;
  role: string;
  regions?: string;
  password: string;
};
export type NewStaffUserField = keyof z.infer<typeof newStaffUserInput>;

export const userIdInput = z.coerce.number().int().positive();
