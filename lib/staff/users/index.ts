import 'server-only';

export { createStaffUserAdmin, type StaffUserAdmin, type StaffUserSummary, type TotpSetup } from './service';
export { newStaffUserInput, staffRoles, userIdInput, type NewStaffUserInput } from './schema';
export type { UserFieldError, UserFieldErrors } from './errors';
export { staffUserAdmin } from './app';
export { demoStaffBesideRealData, removeDemoStaff } from './demo-staff';
export { usersFlashCookie, type NewUserValues, type UsersFlash } from './flash';
export { minimumPasswordLength } from '@/lib/staff/sign-in/password-policy';
