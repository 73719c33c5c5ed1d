import 'server-only';
import type { DbClient } from '@/lib/db';

export type ActiveSnapshots = {
  dtks: { id: number; label: string } | null;
  dtsen: { id: number; label: string } | null;
  currentPeriod: string | null;
  previousPeriod: string | null;
};

const cacheMilliseconds = 30_000;
let cached: { at: number; value: Promise<ActiveSnapshots> } | undefined;

async function readActiveSnapshots(client: DbClient): Promise<ActiveSnapshots> {
  const snapshots = await client.registrySnapshot.findMany({
    where: { state: 'ACTIVE' },
    select: { id: true, source: true, label: true, programmePeriods: true },
    orderBy: { activatedAt: 'desc' },
  });
  const dtks = snapshots.find((snapshot) => snapshot.source === 'DTKS');
  const dtsen = snapshots.find((snapshot) => snapshot.source === 'DTSEN');
  return {
    dtks: dtks ? { id: dtks.id, label: dtks.label } : null,
    dtsen: dtsen ? { id: dtsen.id, label: dtsen.label } : null,
    currentPeriod: dtks?.programmePeriods[0] ?? null,
    previousPeriod: dtks?.programmePeriods[1] ?? null,
  };
}

// Snapshots change a few times a year; every lookup needs them. A short cache keeps
// them off the hot path while an import becomes visible within half a minute.
export function activeSnapshots(client: DbClient, now = Date.now()): Promise<ActiveSnapshots> {
  if (!cached || now - cached.at > cacheMilliseconds) {
    cached = { at: now, value: readActiveSnapshots(client) };
    cached.value.catch(() => (cached = undefined));
  }
  return cached.value;
}

export function forgetActiveSnapshots(): void {
  cached = undefined;
}
