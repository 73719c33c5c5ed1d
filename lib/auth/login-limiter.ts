import 'server-only';
import { createHmac } from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { PortalConfig } from '@/lib/config';
import type { Database } from '@/lib/db';
import { ipBucket } from '@/lib/rate-limit';

export type LoginAdmission = { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number };
export type LoginLimiter = {
  // Counts one attempt (password or second-factor code) for the username and the client IP.
  admit(username: string, ip: string): Promise<LoginAdmission>;
  // A successful login clears the username's count, so a typo earlier in the day costs nothing.
  forgive(username: string): Promise<void>;
  // Marks an authenticator code (its 30-second step) as used by this user; false when it already was.
  // RFC 6238 §5.2: a code opens one login, so one read over a shoulder or from a phishing page
  // cannot open a second.
  claimCode(userId: number, step: number, code: string): Promise<boolean>;
};

// Created by rate-limiter-flexible on first use; not a Prisma model, and never migrated.
export const loginLimitTable = 'login_rate_limit';

type Windows = { user: RateLimiterAbstract; ip: RateLimiterAbstract; usedCodes: RateLimiterAbstract };
type Limits = PortalConfig['loginLimits'];

function createdLimiter(
  options: ConstructorParameters<typeof RateLimiterPostgres>[0],
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(options, (error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

// On PostgreSQL the counts are shared by every app instance; the embedded database has one process.
async function windows(database: Pick<Database, 'pgPool'>, limits: Limits): Promise<Windows> {
  const duration = limits.windowSeconds;
  // A code is accepted for three 30-second steps (one either side); remembering it for two
  // minutes outlives that.
  const usedCode = { keyPrefix: 'totp-used', points: 1, duration: 120 };
  if (!database.pgPool) {
    return {
      user: new RateLimiterMemory({ keyPrefix: 'login-user', points: limits.perUser, duration }),
      ip: new RateLimiterMemory({ keyPrefix: 'login-ip', points: limits.perIp, duration }),
      usedCodes: new RateLimiterMemory(usedCode),
    };
  }
  const options = { storeClient: database.pgPool, storeType: 'pool', tableName: loginLimitTable } as const;
  const userOptions = { ...options, keyPrefix: 'login-user', points: limits.perUser, duration };
  const user = await createdLimiter(userOptions).catch(() => createdLimiter(userOptions));
  const ip = new RateLimiterPostgres({
    ...options,
    tableCreated: true,
    keyPrefix: 'login-ip',
    points: limits.perIp,
    duration,
  });
  return { user, ip, usedCodes: new RateLimiterPostgres({ ...options, tableCreated: true, ...usedCode }) };
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

export function createLoginLimiter(
  database: Pick<Database, 'pgPool'>,
  limits: Limits,
  keySecret: string,
): LoginLimiter {
  let ready: Promise<Windows> | undefined;
  const get = () =>
    (ready ??= windows(database, limits).catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  // Keyed hashes: the table never holds a username or a reversible IP address.
  const key = (kind: string, value: string) =>
    createHmac('sha256', keySecret).update(`login-${kind}:${value}`).digest('hex');
  const userKey = (username: string) => key('user', username.trim().toLowerCase());

  return {
    async admit(username, ip) {
      const { user, ip: perIp } = await get();
      const ipWait = await consume(perIp, key('ip', ipBucket(ip)));
      if (ipWait !== null) return { kind: 'limited', retryAfterSeconds: ipWait };
      const userWait = await consume(user, userKey(username));
      if (userWait !== null) return { kind: 'limited', retryAfterSeconds: userWait };
      return { kind: 'admitted' };
    },
    async claimCode(userId, step, code) {
      const { usedCodes } = await get();
      // The code is part of the key so that a second factor reset within the same step still works.
      return (await consume(usedCodes, key('code', `${userId}:${step}:${code}`))) === null;
    },
    async forgive(username) {
      const { user } = await get();
      await user.delete(userKey(username));
    },
  };
}
