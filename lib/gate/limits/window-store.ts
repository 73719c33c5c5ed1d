import 'server-only';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Database } from '@/lib/db';
import type { PublicLimits } from './limiter';

// Created by rate-limiter-flexible on first use; not a Prisma model, and never migrated.
export const rateLimitTable = 'rate_limit';

export type Windows = Record<
  'proof' | 'token' | 'net48' | 'challenge' | 'challenge48' | 'village' | 'ticket' | 'global' | 'slip',
  RateLimiterAbstract
>;
type Shared = Exclude<keyof Windows, 'global' | 'slip'>;

// A village's window only counts: it raises the proof cost and alerts, it never refuses.
const countOnly = Number.MAX_SAFE_INTEGER;

// Every window but the global one counts per minute.
function perMinute(limits: PublicLimits): Record<Shared, IRateLimiterOptions> {
  const window = (keyPrefix: string, points: number) => ({ keyPrefix, points, duration: 60 });
  return {
    proof: window('ip', limits.ipPerMinute),
    token: window('token', limits.formTokenPerMinute),
    net48: window('net48', limits.ipv6Net48PerMinute),
    challenge: window('challenge', limits.challengesPerMinute),
    // A lookup costs a challenge and a request; a /48 gets the same proportion of both.
    challenge48: window(
      'challenge48',
      Math.ceil((limits.ipv6Net48PerMinute * limits.challengesPerMinute) / limits.ipPerMinute),
    ),
    village: window('village', countOnly),
    ticket: window('ticket', limits.ticketCodePerMinute),
  };
}

// The global limit protects this instance from a flood; one shared row for it would
// serialise every request of every instance on a single row lock. It is per instance.
function globalWindow(limits: PublicLimits): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: 'global', points: limits.globalPerSecond, duration: 1 });
}

// Slip codes are unguessable (26^12): this window only keeps anyone from trying codes in bulk,
// so it needs no shared state either.
function slipWindow(limits: PublicLimits): RateLimiterAbstract {
  return new RateLimiterMemory({
    keyPrefix: 'verify',
    points: limits.slipVerificationsPerMinute,
    duration: 60,
  });
}

// Resolves once the library has created (or found) its table.
export function createdLimiter(
  options: ConstructorParameters<typeof RateLimiterPostgres>[0],
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(options, (error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

// The per-minute counts live in PostgreSQL, shared by every app instance. The table is
// UNLOGGED: counters need no crash safety, and skipping the WAL keeps their writes off the disk.
export async function postgresWindows(
  pool: NonNullable<Database['pgPool']>,
  limits: PublicLimits,
): Promise<Windows> {
  const store = { storeClient: pool, storeType: 'pool', tableName: rateLimitTable } as const;
  const options = perMinute(limits);
  // Two instances starting at once can both miss the table and one CREATE fails ("type
  // already exists"); by the retry it exists.
  const first = { ...store, ...options.proof };
  const proof = await createdLimiter(first).catch(() => createdLimiter(first));
  await pool.query(`ALTER TABLE ${rateLimitTable} SET UNLOGGED`);
  const shared = (name: Shared) =>
    new RateLimiterPostgres({ ...store, ...options[name], tableCreated: true });
  return {
    proof,
    token: shared('token'),
    net48: shared('net48'),
    challenge: shared('challenge'),
    challenge48: shared('challenge48'),
    village: shared('village'),
    ticket: shared('ticket'),
    global: globalWindow(limits),
    slip: slipWindow(limits),
  };
}

export function memoryWindows(limits: PublicLimits): Windows {
  const options = perMinute(limits);
  const memory = (name: Shared) => new RateLimiterMemory(options[name]);
  return {
    proof: memory('proof'),
    token: memory('token'),
    net48: memory('net48'),
    challenge: memory('challenge'),
    challenge48: memory('challenge48'),
    village: memory('village'),
    ticket: memory('ticket'),
    global: globalWindow(limits),
    slip: slipWindow(limits),
  };
}
