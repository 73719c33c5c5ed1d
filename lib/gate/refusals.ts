import 'server-only';
import { db, type DbClient } from '@/lib/db';
import { RefusalKind } from '@/lib/db/client';
import { countRefusalIn } from './queries';

export { countRefusalIn, RefusalKind };

// What was refused, never who: no address, name or NIK, only a count per day (WIB), kind
// and village when the request named one.
export const refusalKinds = Object.values(RefusalKind);

// A flood of refusals must stay cheap (refusing is how the gate protects the database), so
// this process tallies them in memory and writes one upsert per kind and village every few
// seconds, and before the dashboard reads them.
const flushAfterMs = 5_000;
type Tally = { pending: Map<string, number>; timer: ReturnType<typeof setTimeout> | null };
const holder = globalThis as typeof globalThis & { portalRefusals?: Tally };

function tally(): Tally {
  holder.portalRefusals ??= { pending: new Map(), timer: null };
  return holder.portalRefusals;
}

export function countRefusal(kind: RefusalKind, villageCode?: string): void {
  const current = tally();
  const key = `${kind}|${villageCode ?? ''}`;
  current.pending.set(key, (current.pending.get(key) ?? 0) + 1);
  if (current.timer) return;
  current.timer = setTimeout(() => void flushRefusals(), flushAfterMs);
  current.timer.unref();
}

function isRefusalKind(value: string): value is RefusalKind {
  return (refusalKinds as readonly string[]).includes(value);
}

export async function flushRefusals(client?: DbClient): Promise<void> {
  const current = tally();
  if (current.timer) clearTimeout(current.timer);
  current.timer = null;
  if (current.pending.size === 0) return;
  const entries = [...current.pending];
  current.pending.clear();
  try {
    const on = client ?? (await db()).prisma;
    for (const [key, count] of entries) {
      const [kind = '', villageCode = ''] = key.split('|');
      if (isRefusalKind(kind)) await countRefusalIn(on, kind, villageCode, count);
    }
  } catch (error) {
    // Counting must never turn a refusal into a server error.
    console.error('Could not store refusal counts:', error instanceof Error ? error.name : 'unknown error');
  }
}

// A refusal written at once to a given database (services built around one, such as sign-in,
// whose refusals are already paced by the limiter's own writes).
export async function refusedIn<Answer>(
  client: DbClient,
  kind: RefusalKind,
  answer: Answer,
): Promise<Answer> {
  try {
    await countRefusalIn(client, kind);
  } catch (error) {
    console.error('Could not store a refusal count:', error instanceof Error ? error.name : 'unknown error');
  }
  return answer;
}
