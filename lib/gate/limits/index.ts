import 'server-only';

export { clientIp, ipBucket, ipv6Net48 } from './client-ip';
export {
  createPublicLimiter,
  type Admission,
  type ChallengeAdmission,
  type GateCount,
  type GateRequest,
  type LimitScope,
  type Pass,
  type PublicLimiter,
  type PublicLimits,
  type RateLimits,
} from './limiter';
export { publicLimiter } from './service';
export type { Claim } from './queries';
export {
  createLoginLimiter,
  waitAfterAttempt,
  type LoginAdmission,
  type LoginLimit,
  type LoginLimiter,
} from './login-limiter';
