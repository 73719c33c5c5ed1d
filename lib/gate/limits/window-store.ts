import 'server-only';
import type { DbClient } from '@/lib/db';
import { nowAndThen } from '../now-and-then';
import {
  claimAndCount,
  deleteExpiredWindows,
  deleteWindow,
  readWindow,
  setWindow,
  type Claim,
  type WindowHit,
  type WindowTable,
} from './queries';

// A fixed counting window: at most `points` counts per key in `seconds`.
export type Window = { prefix: string; points: number; seconds: number };
export type Count = { count: number; msBeforeNext: number; over: boolean };
export type WindowRequest = { window: Window; key: string; gated: boolean };

export type WindowStore = {
  // Counts every request in one statement, after claiming `claim` when given; a gated request
  // that did not count (an earlier one was over, or the claim was used before) is null.
  count(
    requests: readonly WindowRequest[],
    claim?: Claim,
  ): Promise<{ claimed: boolean; counts: (Count | null)[] }>;
  read(window: Window, key: string): Promise<Count | null>;
  // Fills the key's window for `seconds`, so that its next count is over.
  block(window: Window, key: string, seconds: number): Promise<void>;
  forget(window: Window, key: string): Promise<void>;
};

// Expired windows are cleared now and then, off the request's path.
const purgeEveryMilliseconds = 5 * 60_000;

// Every limiter (public gate, slip checks, sign-in) counts in a table of the database, on
// PostgreSQL shared by every instance of the portal.
export function windowStore(client: DbClient, table: WindowTable, clock = Date.now): WindowStore {
  const purgeNowAndThen = nowAndThen(
    purgeEveryMilliseconds,
    (now) => deleteExpiredWindows(client, table, now),
    'Clearing expired rate-limit windows',
    clock,
  );
  const stored = (window: Window, key: string) => `${window.prefix}:${key}`;
  const countOf = (window: Window, points: number, expiresAt: number, now: number): Count => ({
    count: points,
    msBeforeNext: Math.max(0, expiresAt - now),
    over: points > window.points,
  });

  return {
    async count(requests, claim) {
      const now = clock();
      purgeNowAndThen();
      const hits: WindowHit[] = requests.map(({ window, key, gated }) => ({
        key: stored(window, key),
        seconds: window.seconds,
        limit: window.points,
        gated,
      }));
      const { claimed, states } = await claimAndCount(client, table, hits, claim ?? null, now);
      return {
        claimed,
        counts: states.map((state, index) => {
          const window = requests[index]?.window;
          return state && window ? countOf(window, state.points, state.expiresAt, now) : null;
        }),
      };
    },
    async read(window, key) {
      const now = clock();
      const state = await readWindow(client, table, stored(window, key), now);
      return state ? countOf(window, state.points, state.expiresAt, now) : null;
    },
    async block(window, key, seconds) {
      const expiresAt = clock() + seconds * 1000;
      await setWindow(client, table, stored(window, key), { points: window.points + 1, expiresAt });
    },
    async forget(window, key) {
      await deleteWindow(client, table, stored(window, key));
    },
  };
}
