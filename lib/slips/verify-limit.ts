import 'server-only';
import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '@/lib/config';
import { portalSecret } from '@/lib/registry/secret';
import { clientIp, ipBucket } from '@/lib/gate/limits';

export type VerifyAdmission = { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number };
export type VerifyLimiter = { admit(ip: string): Promise<VerifyAdmission> };

// Per app instance: the codes are unguessable (26^12), so this only keeps anyone from
// trying codes in bulk; it needs no shared state. Keyed, so memory never holds an IP.
export function createVerifyLimiter(perMinute: number, keySecret: string): VerifyLimiter {
  const window = new RateLimiterMemory({ keyPrefix: 'verify', points: perMinute, duration: 60 });
  return {
    async admit(ip) {
      const key = createHmac('sha256', keySecret)
        .update(`verify-ip:${ipBucket(ip)}`)
        .digest('hex');
      try {
        await window.consume(key);
        return { kind: 'admitted' };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return {
            kind: 'limited',
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
        throw rejection;
      }
    },
  };
}

const holder = globalThis as typeof globalThis & { portalVerifyLimiter?: VerifyLimiter };

export async function admitSlipVerification(headers: Headers): Promise<VerifyAdmission> {
  holder.portalVerifyLimiter ??= createVerifyLimiter(config().slipVerificationsPerMinute, portalSecret());
  return holder.portalVerifyLimiter.admit(clientIp(headers));
}
