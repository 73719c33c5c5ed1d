import 'server-only';

export { createStaffUserAdmin, type StaffUserAdmin, type StaffUserSummary, type TotpSetup } from './service';
export { newStaffUserInput, staffRoles, userIdInput, type NewStaffUserInput } from './schema';
export type { UserFieldError, UserFieldErrors } from './errors';
