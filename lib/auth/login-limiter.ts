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
};

// Created by rate-limiter-flexible on first use; not a Prisma model, and never migrated.
export const loginLimitTable = 'login_rate_limit';

type Windows = { user: RateLimiterAbstract; ip: RateLimiterAbstract };
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
  if (!database.pgPool) {
    return {
      user: new RateLimiterMemory({ keyPrefix: 'login-user', points: limits.perUser, duration }),
      ip: new RateLimiterMemory({ keyPrefix: 'login-ip', points: limits.perIp, duration }),
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
  return { user, ip };
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
    async forgive(username) {
      const { user } = await get();
      await user.delete(userKey(username));
    },
  };
}
