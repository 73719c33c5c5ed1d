import 'server-only';
import { createHmac } from 'node:crypto';
import type { PortalConfig } from '@/lib/config';
import type { DbClient } from '@/lib/db';
import { ipBucket, ipv6Net48 } from './client-ip';
import type { Claim } from './queries';
import { publicWindows, type PublicWindows } from './public-windows';
import { windowStore, type Count, type WindowRequest } from './window-store';

export type LimitScope = 'address' | 'network' | 'ticket' | 'challenge';
export type Admission =
  { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number; scope: LimitScope };
export type ChallengeAdmission =
  { kind: 'admitted'; addressCount: number } | Extract<Admission, { kind: 'limited' }>;

// How the request passed the gate: a solved proof of work, or a signed form token (no JavaScript).
export type Pass = 'proof' | 'token';
// `claim`: the proof's or token's one use, recorded in the same statement as the counts.
export type GateRequest = {
  ip: string;
  pass: Pass;
  claim?: Claim;
  villageCode?: string;
  ticketCode?: string;
};
// `replayed`: the claim was used before, and nothing but the village was counted.
export type GateCount = { admission: Admission | { kind: 'replayed' }; villageCount: number };

export type PublicLimiter = {
  // Counts one request for a village and returns the village's count in the last minute.
  countVillage(villageCode: string): Promise<number>;
  villageVolume(villageCode: string): Promise<number>;
  // One statement: the village's count, the pass's claim, and the limits of the address,
  // its IPv6 network and the ticket code.
  admit(request: GateRequest): Promise<GateCount>;
  admitChallenge(ip: string): Promise<ChallengeAdmission>;
  // One check of a slip's code (no proof of work: the code itself cannot be guessed).
  admitSlipCheck(ip: string): Promise<Admission>;
};
export type RateLimits = PortalConfig['rateLimits'];
export type PublicLimits = RateLimits & Pick<PortalConfig, 'slipVerificationsPerMinute'>;

function limited(scope: LimitScope, count: Count): Extract<Admission, { kind: 'limited' }> {
  return { kind: 'limited', scope, retryAfterSeconds: Math.max(1, Math.ceil(count.msBeforeNext / 1000)) };
}

// The first count that is over its limit decides; scopes in the order they were counted.
function admission(counted: { scope: LimitScope; count: Count | null }[]): Admission {
  const over = counted.find(({ count }) => count?.over);
  return over?.count ? limited(over.scope, over.count) : { kind: 'admitted' };
}

export function createPublicLimiter(
  client: DbClient,
  limits: PublicLimits,
  keySecret: string,
): PublicLimiter {
  const store = windowStore(client, 'rate_limit');
  const windows: PublicWindows = publicWindows(limits);
  // Keyed so the table never holds a reversible address or ticket code.
  const keyOf = (label: string, value: string) =>
    createHmac('sha256', keySecret).update(`rate-limit-${label}:${value}`).digest('hex');

  // The address bucket first, then the IPv6 /48 around it: a client over its limit spends nobody else's.
  function addressRequests(ip: string, own: PublicWindows[keyof PublicWindows], wide: typeof own) {
    const net = ipv6Net48(ip);
    const requests: { scope: LimitScope; request: WindowRequest }[] = [
      { scope: 'address', request: { window: own, key: keyOf('ip', ipBucket(ip)), gated: true } },
    ];
    if (net)
      requests.push({ scope: 'network', request: { window: wide, key: keyOf('net48', net), gated: true } });
    return requests;
  }

  return {
    async countVillage(villageCode) {
      const { counts } = await store.count([{ window: windows.village, key: villageCode, gated: false }]);
      return counts[0]?.count ?? 0;
    },
    async villageVolume(villageCode) {
      return (await store.read(windows.village, villageCode))?.count ?? 0;
    },
    async admit({ ip, pass, claim, villageCode, ticketCode }) {
      const limited = [
        ...addressRequests(ip, pass === 'proof' ? windows.proof : windows.token, windows.net48),
        ...(ticketCode === undefined
          ? []
          : [
              {
                scope: 'ticket' as const,
                request: { window: windows.ticket, key: keyOf('ticket', ticketCode), gated: true },
              },
            ]),
      ];
      const village =
        villageCode === undefined ? [] : [{ window: windows.village, key: villageCode, gated: false }];
      const { claimed, counts } = await store.count(
        [...village, ...limited.map(({ request }) => request)],
        claim,
      );
      const villageCount = village.length > 0 ? (counts[0]?.count ?? 0) : 0;
      if (claim && !claimed) return { admission: { kind: 'replayed' }, villageCount };
      const scoped = limited.map(({ scope }, index) => ({
        scope,
        count: counts[village.length + index] ?? null,
      }));
      return { admission: admission(scoped), villageCount };
    },
    async admitSlipCheck(ip) {
      const { counts } = await store.count([
        { window: windows.slip, key: keyOf('verify-ip', ipBucket(ip)), gated: true },
      ]);
      return admission([{ scope: 'address', count: counts[0] ?? null }]);
    },
    async admitChallenge(ip) {
      const requests = addressRequests(ip, windows.challenge, windows.challenge48);
      const { counts } = await store.count(requests.map(({ request }) => request));
      const decided = admission(
        requests.map(({ scope }, index) => ({ scope, count: counts[index] ?? null })),
      );
      if (decided.kind === 'limited') return { ...decided, scope: 'challenge' };
      return { kind: 'admitted', addressCount: counts[0]?.count ?? 0 };
    },
  };
}
