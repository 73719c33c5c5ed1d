import 'server-only';

export { clientIp, ipBucket, ipPrefix48 } from './client-ip';
export {
  createLookupLimiter,
  rateLimitTable,
  type Admission,
  type LookupLimiter,
  type LookupRequest,
} from './limiter';
export { admitLookup, admitLookupClientIp, type LookupAttempt } from './service';
