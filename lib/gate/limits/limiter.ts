import 'server-only';
import { createHmac } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { PortalConfig } from '@/lib/config';
import type { Database } from '@/lib/db';
import { ipBucket, ipv6Net48 } from './client-ip';
import { consume, type Consumed } from './windows';
import { publicWindows, type Windows } from './window-store';

export type LimitScope = 'address' | 'network' | 'ticket' | 'global' | 'challenge';
export type Admission =
  { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number; scope: LimitScope };
export type ChallengeAdmission =
  { kind: 'admitted'; addressCount: number } | Extract<Admission, { kind: 'limited' }>;

// How the request passed the gate: a solved proof of work, or a signed form token (no JavaScript).
export type Pass = 'proof' | 'token';
export type GateRequest = { ip: string; pass: Pass; ticketCode?: string };

export type PublicLimiter = {
  // Counts one request for a village and returns the village's count in the last minute.
  countVillage(villageCode: string): Promise<number>;
  villageVolume(villageCode: string): Promise<number>;
  admit(request: GateRequest): Promise<Admission>;
  admitChallenge(ip: string): Promise<ChallengeAdmission>;
  // One check of a slip's code (no proof of work: the code itself cannot be guessed).
  admitSlipCheck(ip: string): Promise<Admission>;
};
export type RateLimits = PortalConfig['rateLimits'];
export type PublicLimits = RateLimits & Pick<PortalConfig, 'slipVerificationsPerMinute'>;

function limited(scope: LimitScope, consumed: Consumed): Extract<Admission, { kind: 'limited' }> {
  return { kind: 'limited', scope, retryAfterSeconds: Math.max(1, Math.ceil(consumed.msBeforeNext / 1000)) };
}

export function createPublicLimiter(
  database: Pick<Database, 'pgPool'>,
  limits: PublicLimits,
  keySecret: string,
): PublicLimiter {
  let windows: Promise<Windows> | undefined;
  // Built on first use; a failure (database briefly unreachable) is retried by the next request.
  const ready = () =>
    (windows ??= publicWindows(database.pgPool, limits).catch((error: unknown) => {
      windows = undefined;
      throw error;
    }));
  // Keyed so the table never holds a reversible address or ticket code.
  const keyOf = (label: string, value: string) =>
    createHmac('sha256', keySecret).update(`rate-limit-${label}:${value}`).digest('hex');

  // The address bucket first, then the IPv6 /48 around it: a client over its limit spends nobody else's.
  async function addressWindows(
    ip: string,
    bucketWindow: RateLimiterAbstract,
    netWindow: RateLimiterAbstract,
  ): Promise<Consumed | Extract<Admission, { kind: 'limited' }>> {
    const own = await consume(bucketWindow, keyOf('ip', ipBucket(ip)));
    if (own.kind === 'over') return limited('address', own);
    const net = ipv6Net48(ip);
    if (net) {
      const wide = await consume(netWindow, keyOf('net48', net));
      if (wide.kind === 'over') return limited('network', wide);
    }
    return own;
  }

  return {
    async countVillage(villageCode) {
      const { village } = await ready();
      const counted = await consume(village, villageCode);
      return counted.kind === 'consumed' ? counted.count : Number.MAX_SAFE_INTEGER;
    },
    async villageVolume(villageCode) {
      const { village } = await ready();
      return (await village.get(villageCode))?.consumedPoints ?? 0;
    },
    async admit({ ip, pass, ticketCode }) {
      const w = await ready();
      const own = await addressWindows(ip, pass === 'proof' ? w.proof : w.token, w.net48);
      if (own.kind === 'limited') return own;
      const overall = await consume(w.global, 'all');
      if (overall.kind === 'over') return limited('global', overall);
      if (ticketCode !== undefined) {
        const code = await consume(w.ticket, keyOf('ticket', ticketCode));
        if (code.kind === 'over') return limited('ticket', code);
      }
      return { kind: 'admitted' };
    },
    async admitSlipCheck(ip) {
      const { slip } = await ready();
      const own = await consume(slip, keyOf('verify-ip', ipBucket(ip)));
      return own.kind === 'over' ? limited('address', own) : { kind: 'admitted' };
    },
    async admitChallenge(ip) {
      const w = await ready();
      const own = await addressWindows(ip, w.challenge, w.challenge48);
      if (own.kind === 'limited') return { ...own, scope: 'challenge' };
      return { kind: 'admitted', addressCount: own.kind === 'consumed' ? own.count : 0 };
    },
  };
}
