import 'server-only';
import { createHmac } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { PortalConfig } from '@/lib/config';
import type { Database } from '@/lib/db';
import { ipBucket } from './client-ip';
import { consume, type Consumed } from './windows';
import { windowMaker, type WindowOptions } from './window-store';

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

// The longest wait between two attempts of one username from one address.
const maxWaitSeconds = 60;

// From attempt number `slowDownAfter` on, the next attempt must wait 1, 2, 4 … seconds.
export function waitAfterAttempt(attempt: number, slowDownAfter: number): number {
  if (attempt < slowDownAfter) return 0;
  return Math.min(maxWaitSeconds, 2 ** (attempt - slowDownAfter));
}

// Sign-in counts live in their own table, kept through a crash: a restart must not hand an
// attacker a fresh budget of guesses.
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
  const window = await windowMaker(database.pgPool, { name: loginLimitTable, unlogged: false });
  return {
    userAddress: window(all.userAddress),
    userAddressWait: window(all.userAddressWait),
    user: window(all.user),
    ip: window(all.ip),
    usedCodes: window(all.usedCodes),
  };
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

const limited = (
  limit: LoginLimit,
  window: RateLimiterAbstract,
  over: Extract<Consumed, { kind: 'over' }>,
): LoginAdmission => ({
  kind: 'limited',
  limit,
  retryAfterSeconds: retryAfter(over.msBeforeNext),
  firstInWindow: over.count === window.points + 1,
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
      if (perIp.kind === 'over') return limited('address', windows.ip, perIp);
      const pair = userAddressKey(username, ip);
      const waiting = await windows.userAddressWait.get(pair);
      if (waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0) {
        const retryAfterSeconds = retryAfter(waiting.msBeforeNext);
        return { kind: 'limited', limit: 'user-address', retryAfterSeconds, firstInWindow: false };
      }
      const counted = await consume(windows.userAddress, pair);
      if (counted.kind === 'over') return limited('user-address', windows.userAddress, counted);
      const wait = waitAfterAttempt(counted.count, limits.slowDownAfter);
      if (wait > 0) await windows.userAddressWait.block(pair, wait);
      const overall = await consume(windows.user, userKey(username));
      if (overall.kind === 'over') return limited('user', windows.user, overall);
      return { kind: 'admitted' };
    },
    async claimCode(userId, step, code) {
      const { usedCodes } = await get();
      // The code is part of the key so that a second factor reset within the same step still works.
      return (await consume(usedCodes, key('code', `${userId}:${step}:${code}`))).kind === 'consumed';
    },
    async forgive(username, ip) {
      const { userAddress, userAddressWait } = await get();
      const pair = userAddressKey(username, ip);
      await userAddress.delete(pair);
      await userAddressWait.delete(pair);
    },
  };
}
