import 'server-only';

export { staffAuth, loginClientIp } from './service';
export type { StaffSession } from './sessions';
export {
  loginFlashCookie,
  pendingLoginCookie,
  sessionCookieName,
  type LoginFlash,
  type PendingLogin,
} from './login-cookies';
export { sessionCookieMaxAgeSeconds } from './session-rules';
export { loginInput, codeInput } from './schema';
