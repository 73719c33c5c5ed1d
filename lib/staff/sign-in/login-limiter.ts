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
import { createdLimiter, ipBucket } from '@/lib/gate/limits';

export type LoginLimit = 'address' | 'user-address' | 'user';
// `firstInWindow`: the first refusal by this limit for this key in its window, the one worth
// recording (recording each would let a flood write the staff log as fast as it posts).
export type LoginAdmission =
  | { kind: 'admitted' }
  | { kind: 'limited'; retryAfterSeconds: number; limit: LoginLimit; firstInWindow: boolean };
export type LoginLimiter = {
  // Counts one attempt (password or second-factor code) for the username from the client address,
  // for the username over all addresses, and for the address over all usernames.
  admit(username: string, ip: string): Promise<LoginAdmission>;
  // A successful login clears the username's count from that address, so a typo earlier in the
  // day costs nothing there.
  forgive(username: string, ip: string): Promise<void>;
  // Marks an authenticator code (its 30-second step) as used by this user; false when it already was.
  // RFC 6238 §5.2: a code opens one login, so one read over a shoulder or from a phishing page
  // cannot open a second.
  claimCode(userId: number, step: number, code: string): Promise<boolean>;
};

// Created by rate-limiter-flexible on first use; not a Prisma model, and never migrated.
export const loginLimitTable = 'login_rate_limit';

type Windows = {
  userAddress: RateLimiterAbstract;
  // Holds the growing wait between attempts of one username from one address.
  userAddressWait: RateLimiterAbstract;
  user: RateLimiterAbstract;
  ip: RateLimiterAbstract;
  usedCodes: RateLimiterAbstract;
};
type Limits = PortalConfig['loginLimits'];
type WindowOptions = { keyPrefix: string; points: number; duration: number };

// The longest wait between two attempts of one username from one address.
const maxWaitSeconds = 60;

// From attempt number `slowDownAfter` on, the next attempt must wait 1, 2, 4 … seconds.
export function waitAfterAttempt(attempt: number, slowDownAfter: number): number {
  if (attempt < slowDownAfter) return 0;
  return Math.min(maxWaitSeconds, 2 ** (attempt - slowDownAfter));
}

// On PostgreSQL the counts are shared by every app instance; the embedded database has one process.
async function windows(database: Pick<Database, 'pgPool'>, limits: Limits): Promise<Windows> {
  const duration = limits.windowSeconds;
  const all: Record<keyof Windows, WindowOptions> = {
    userAddress: { keyPrefix: 'login-user-ip', points: limits.perUserAndIp, duration },
    userAddressWait: { keyPrefix: 'login-user-ip-wait', points: 1, duration: maxWaitSeconds },
    user: { keyPrefix: 'login-user', points: limits.perUserAllIps, duration },
    ip: { keyPrefix: 'login-ip', points: limits.perIp, duration },
    // A code is accepted for three 30-second steps (one either side); remembering it for two
    // minutes outlives that.
    usedCodes: { keyPrefix: 'totp-used', points: 1, duration: 120 },
  };
  const pool = database.pgPool;
  if (!pool) {
    return {
      userAddress: new RateLimiterMemory(all.userAddress),
      userAddressWait: new RateLimiterMemory(all.userAddressWait),
      user: new RateLimiterMemory(all.user),
      ip: new RateLimiterMemory(all.ip),
      usedCodes: new RateLimiterMemory(all.usedCodes),
    };
  }
  const options = { storeClient: pool, storeType: 'pool', tableName: loginLimitTable } as const;
  const first = { ...options, ...all.user };
  const user = await createdLimiter(first).catch(() => createdLimiter(first));
  const shared = (window: WindowOptions) =>
    new RateLimiterPostgres({ ...options, tableCreated: true, ...window });
  return {
    userAddress: shared(all.userAddress),
    userAddressWait: shared(all.userAddressWait),
    user,
    ip: shared(all.ip),
    usedCodes: shared(all.usedCodes),
  };
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

type Refusal = { retryAfterSeconds: number; firstInWindow: boolean };

async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | Refusal> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return {
      retryAfterSeconds: retryAfter(rejection.msBeforeNext),
      firstInWindow: rejection.consumedPoints === limiter.points + 1,
    };
  }
}

const limited = (limit: LoginLimit, refusal: Refusal): LoginAdmission => ({
  kind: 'limited',
  limit,
  ...refusal,
});

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
  // IPv4 address or IPv6 /64: one subscriber.
  const userAddressKey = (username: string, ip: string) =>
    key('user-ip', `${username.trim().toLowerCase()}@${ipBucket(ip)}`);

  return {
    // Wrong passwords slow down and then stop the username from the address they came from, not
    // everywhere: an attacker elsewhere cannot lock the real user out. Only the far higher ceiling
    // over all addresses (against guessing from many addresses) applies to everyone.
    async admit(username, ip) {
      const windows = await get();
      const perIp = await consume(windows.ip, key('ip', ipBucket(ip)));
      if (!(perIp instanceof RateLimiterRes)) return limited('address', perIp);
      const pair = userAddressKey(username, ip);
      const waiting = await windows.userAddressWait.get(pair);
      if (waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0) {
        const retryAfterSeconds = retryAfter(waiting.msBeforeNext);
        return limited('user-address', { retryAfterSeconds, firstInWindow: false });
      }
      const counted = await consume(windows.userAddress, pair);
      if (!(counted instanceof RateLimiterRes)) return limited('user-address', counted);
      const wait = waitAfterAttempt(counted.consumedPoints, limits.slowDownAfter);
      if (wait > 0) await windows.userAddressWait.block(pair, wait);
      const overall = await consume(windows.user, userKey(username));
      if (!(overall instanceof RateLimiterRes)) return limited('user', overall);
      return { kind: 'admitted' };
    },
    async claimCode(userId, step, code) {
      const { usedCodes } = await get();
      // The code is part of the key so that a second factor reset within the same step still works.
      return (await consume(usedCodes, key('code', `${userId}:${step}:${code}`))) instanceof RateLimiterRes;
    },
    async forgive(username, ip) {
      const { userAddress, userAddressWait } = await get();
      const pair = userAddressKey(username, ip);
      await userAddress.delete(pair);
      await userAddressWait.delete(pair);
    },
  };
}
