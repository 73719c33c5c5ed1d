import 'server-only';
import { createHmac } from 'node:crypto';
import type { PortalConfig } from '@/lib/config';
import type { DbClient } from '@/lib/db';
import { ipBucket } from './client-ip';
import { windowStore, type Count, type Window } from './window-store';

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

type Windows = {
  userAddress: Window;
  // Holds the growing wait between attempts of one username from one address.
  userAddressWait: Window;
  user: Window;
  ip: Window;
  usedCodes: Window;
};
type Limits = PortalConfig['loginLimits'];

// The longest wait between two attempts of one username from one address.
const maxWaitSeconds = 60;

// From attempt number `slowDownAfter` on, the next attempt must wait 1, 2, 4 … seconds.
export function waitAfterAttempt(attempt: number, slowDownAfter: number): number {
  if (attempt < slowDownAfter) return 0;
  return Math.min(maxWaitSeconds, 2 ** (attempt - slowDownAfter));
}

function loginWindows(limits: Limits): Windows {
  const seconds = limits.windowSeconds;
  return {
    userAddress: { prefix: 'login-user-ip', points: limits.perUserAndIp, seconds },
    userAddressWait: { prefix: 'login-user-ip-wait', points: 1, seconds: maxWaitSeconds },
    user: { prefix: 'login-user', points: limits.perUserAllIps, seconds },
    ip: { prefix: 'login-ip', points: limits.perIp, seconds },
    // A code is accepted for three 30-second steps (one either side); remembering it for two
    // minutes outlives that.
    usedCodes: { prefix: 'totp-used', points: 1, seconds: 120 },
  };
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

const limited = (limit: LoginLimit, window: Window, over: Count): LoginAdmission => ({
  kind: 'limited',
  limit,
  retryAfterSeconds: retryAfter(over.msBeforeNext),
  firstInWindow: over.count === window.points + 1,
});

// Sign-in counts live in their own table, kept through a crash: a restart must not hand an
// attacker a fresh budget of guesses.
export function createLoginLimiter(client: DbClient, limits: Limits, keySecret: string): LoginLimiter {
  const store = windowStore(client, 'login_rate_limit');
  const windows = loginWindows(limits);
  const count = async (window: Window, key: string): Promise<Count> =>
    (await store.count([{ window, key, gated: false }])).counts[0] ?? {
      count: 0,
      msBeforeNext: 0,
      over: false,
    };
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
      const perIp = await count(windows.ip, key('ip', ipBucket(ip)));
      if (perIp.over) return limited('address', windows.ip, perIp);
      const pair = userAddressKey(username, ip);
      const waiting = await store.read(windows.userAddressWait, pair);
      if (waiting?.over && waiting.msBeforeNext > 0) {
        const retryAfterSeconds = retryAfter(waiting.msBeforeNext);
        return { kind: 'limited', limit: 'user-address', retryAfterSeconds, firstInWindow: false };
      }
      const counted = await count(windows.userAddress, pair);
      if (counted.over) return limited('user-address', windows.userAddress, counted);
      const wait = waitAfterAttempt(counted.count, limits.slowDownAfter);
      if (wait > 0) await store.block(windows.userAddressWait, pair, wait);
      const overall = await count(windows.user, userKey(username));
      if (overall.over) return limited('user', windows.user, overall);
      return { kind: 'admitted' };
    },
    async claimCode(userId, step, code) {
      // The code is part of the key so that a second factor reset within the same step still works.
      return !(await count(windows.usedCodes, key('code', `${userId}:${step}:${code}`))).over;
    },
    async forgive(username, ip) {
      const pair = userAddressKey(username, ip);
      await store.forget(windows.userAddress, pair);
      await store.forget(windows.userAddressWait, pair);
    },
  };
}
