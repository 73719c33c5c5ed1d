import 'server-only';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from '@/lib/db';
import { unlogRateLimitTable } from '../queries';
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
function perMinute(limits: PublicLimits): Record<Shared, WindowOptions> {
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

export type WindowOptions = { keyPrefix: string; points: number; duration: number };
export type WindowMaker = (options: WindowOptions) => RateLimiterAbstract;

// Resolves once the library has created (or found) its table.
function createdLimiter(
  options: ConstructorParameters<typeof RateLimiterPostgres>[0],
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(options, (error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

// The one store behind every limiter (public gate, slip checks, sign-in): on PostgreSQL the counts
// live in a table shared by every app instance; the embedded database has one process, so memory.
// An UNLOGGED table skips the WAL: counters that need no crash safety stay off the disk.
export async function windowMaker(
  pool: Database['pgPool'],
  table: { name: string; unlogged: boolean },
): Promise<WindowMaker> {
  if (!pool) return (options) => new RateLimiterMemory(options);
  const store = { storeClient: pool, storeType: 'pool', tableName: table.name } as const;
  // Two instances starting at once can both miss the table and one CREATE fails ("type
  // already exists"); by the retry it exists.
  const first = { ...store, keyPrefix: 'table', points: 1, duration: 1 };
  await createdLimiter(first).catch(() => createdLimiter(first));
  if (table.unlogged) await unlogRateLimitTable(pool, table.name);
  return (options) => new RateLimiterPostgres({ ...store, ...options, tableCreated: true });
}

export async function publicWindows(pool: Database['pgPool'], limits: PublicLimits): Promise<Windows> {
  const shared = await windowMaker(pool, { name: rateLimitTable, unlogged: true });
  const options = perMinute(limits);
  return {
    proof: shared(options.proof),
    token: shared(options.token),
    net48: shared(options.net48),
    challenge: shared(options.challenge),
    challenge48: shared(options.challenge48),
    village: shared(options.village),
    ticket: shared(options.ticket),
    global: globalWindow(limits),
    slip: slipWindow(limits),
  };
}
