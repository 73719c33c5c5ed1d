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
import { ipBucket } from './client-ip';

export type Admission =
  { kind: 'admitted' } | { kind: 'limited'; retryAfterSeconds: number; scope: 'ip' | 'village' | 'global' };

export type LookupRequest = { ip: string; villageCode: string; withProof: boolean };
export type LookupLimiter = { admit(request: LookupRequest): Promise<Admission> };
type Limits = PortalConfig['rateLimits'];

// Created by rate-limiter-flexible on first use; not a Prisma model, and never migrated.
export const rateLimitTable = 'rate_limit';

type Windows = { ip: RateLimiterAbstract; village: RateLimiterAbstract; global: RateLimiterAbstract };

function createdLimiter(
  options: ConstructorParameters<typeof RateLimiterPostgres>[0],
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(options, (error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

// Per IP and per village the counts live in PostgreSQL, shared by every app instance.
// The table is UNLOGGED: counters need no crash safety, and skipping the WAL keeps two
// writes per lookup off the disk. The global window stays in memory (below).
async function postgresWindows(pool: NonNullable<Database['pgPool']>, limits: Limits): Promise<Windows> {
  const options = { storeClient: pool, storeType: 'pool', tableName: rateLimitTable } as const;
  const ipOptions = { ...options, keyPrefix: 'ip', points: ipPoints(limits), duration: 60 };
  // Two instances starting at once can both miss the table and one CREATE fails ("type
  // already exists"); by the retry it exists.
  const ip = await createdLimiter(ipOptions).catch(() => createdLimiter(ipOptions));
  await pool.query(`ALTER TABLE ${rateLimitTable} SET UNLOGGED`);
  return {
    ip,
    village: new RateLimiterPostgres({
      ...options,
      tableCreated: true,
      keyPrefix: 'village',
      points: limits.villagePerMinute,
      duration: 60,
    }),
    global: globalWindow(limits),
  };
}

// The global limit protects this instance from a flood; one shared row for it would
// serialise every lookup of every instance on a single row lock. It is per instance.
function globalWindow(limits: Limits): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: 'global', points: limits.globalPerSecond, duration: 1 });
}

function memoryWindows(limits: Limits): Windows {
  return {
    ip: new RateLimiterMemory({ keyPrefix: 'ip', points: ipPoints(limits), duration: 60 }),
    village: new RateLimiterMemory({ keyPrefix: 'village', points: limits.villagePerMinute, duration: 60 }),
    global: globalWindow(limits),
  };
}

// One counter per IP for both kinds of request: a lookup without proof of work is admitted only
// while the IP's count is within the stricter limit, so mixing both kinds gains nothing.
function ipPoints(limits: Limits): number {
  return Math.max(limits.ipPerMinute, limits.ipNoProofPerMinute);
}

type Consumed =
  { kind: 'consumed'; count: number; msBeforeNext: number } | { kind: 'over'; msBeforeNext: number };

async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    const result = await limiter.consume(key);
    return { kind: 'consumed', count: result.consumedPoints, msBeforeNext: result.msBeforeNext };
  } catch (rejection) {
    // The library rejects with its result object when the limit is reached, and with an Error
    // when the store fails; only the first is an expected outcome.
    if (rejection instanceof RateLimiterRes) return { kind: 'over', msBeforeNext: rejection.msBeforeNext };
    throw rejection;
  }
}

function limited(scope: 'ip' | 'village' | 'global', msBeforeNext: number): Admission {
  return { kind: 'limited', scope, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

export function createLookupLimiter(
  database: Pick<Database, 'pgPool'>,
  limits: Limits,
  keySecret: string,
): LookupLimiter {
  let windows: Promise<Windows> | undefined;
  // Built on first use; a failure (database briefly unreachable) is retried by the next lookup.
  const ready = () =>
    (windows ??= (
      database.pgPool ? postgresWindows(database.pgPool, limits) : Promise.resolve(memoryWindows(limits))
    ).catch((error: unknown) => {
      windows = undefined;
      throw error;
    }));
  // Keyed so the table never holds a reversible IP address.
  const ipKey = (ip: string) =>
    createHmac('sha256', keySecret)
      .update(`rate-limit-ip:${ipBucket(ip)}`)
      .digest('hex');

  return {
    async admit({ ip, villageCode, withProof }) {
      const { ip: perIp, village, global } = await ready();
      // The caller's own budget first, so a client over its limit spends nobody else's.
      const own = await consume(perIp, ipKey(ip));
      const ipLimit = withProof ? limits.ipPerMinute : limits.ipNoProofPerMinute;
      if (own.kind === 'over' || own.count > ipLimit) return limited('ip', own.msBeforeNext);

      const inVillage = await consume(village, villageCode);
      if (inVillage.kind === 'over') return limited('village', inVillage.msBeforeNext);

      const overall = await consume(global, 'all');
      if (overall.kind === 'over') {
        // A lookup refused for load did not happen: give the village its point back.
        await village.reward(villageCode, 1);
        return limited('global', overall.msBeforeNext);
      }
      return { kind: 'admitted' };
    },
  };
}
