export {
  codeInput,
  loginClientIp,
  loginFlashCookie,
  loginInput,
  pendingLoginCookie,
  sessionCookieMaxAgeSeconds,
  sessionCookieName,
  staffAuth,
} from './sign-in';
export { staffVillages, villageNames } from './villages';
export type { LoginFlash } from './sign-in/login-cookies';
export { staffMenu } from './navigation';
export {
  minimumPasswordLength,
  staffUserAdmin,
  userIdInput,
  usersFlashCookie,
  staffRoles,
  removeDemoStaff,
  demoStaffBesideRealData,
  createStaffUserAdmin,
} from './users';
export type { UsersFlash } from './users/flash';
export type { UserFieldErrors } from './users';
export { mayDo } from './tasks';
export type { DistrictChoices } from './villages';
export type { StaffSession } from './sign-in/sessions';
export { seedDemoStaff } from './users/demo-staff';
export { regionScope, staffScope } from './scope';
export type { RegionScope } from './scope';
export type { StaffCaller, StaffRoleName } from './caller';
export { recordStaffAction, recordStaffActionIn, verifyStaffActionLog } from './log';
