import 'server-only';
import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '@/lib/config';
import { portalSecret } from '@/lib/personal-data/secret';
import { clientIp, ipBucket } from '@/lib/rate-limit';

// Per app instance: the codes are unguessable (26^12), so this only keeps anyone from
// trying codes in bulk; it needs no shared state.
const holder = globalThis as typeof globalThis & { portalVerifyLimiter?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  holder.portalVerifyLimiter ??= new RateLimiterMemory({
    keyPrefix: 'verify',
    points: config().slipVerificationsPerMinute,
    duration: 60,
  });
  return holder.portalVerifyLimiter;
}

export type VerifyAdmission = { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number };

export async function admitSlipVerification(headers: Headers): Promise<VerifyAdmission> {
  const ip = ipBucket(clientIp(headers, config().trustProxy));
  const key = createHmac('sha256', portalSecret()).update(`verify-ip:${ip}`).digest('hex');
  try {
    await limiter().consume(key);
    return { kind: 'admitted' };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
