// The staff feature's Next.js request glue (session cookie, redirect, not-found), for app/ only:
// command-line tools and other features import lib/staff without pulling Next in.
export { currentStaff, requireStaff } from './sign-in/require-staff';
