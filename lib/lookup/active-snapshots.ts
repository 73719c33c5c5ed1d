import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { RegistrySource } from '@/lib/registry';

export type ActiveSnapshots = {
  dtks: { id: number; label: string } | null;
  dtsen: { id: number; label: string } | null;
  currentPeriod: string | null;
  previousPeriod: string | null;
};

const cacheMilliseconds = 30_000;
let cached: { at: number; value: Promise<ActiveSnapshots> } | undefined;

async function readActiveSnapshots(sql: SqlSession): Promise<ActiveSnapshots> {
  const rows = await sql.query<{
    id: number;
    source: RegistrySource;
    label: string;
    programme_periods: string[];
  }>(
    `SELECT id, source, label, programme_periods FROM registry_snapshot WHERE state = 'ACTIVE' ORDER BY activated_at DESC`,
  );
  const dtks = rows.find((row) => row.source === 'DTKS');
  const dtsen = rows.find((row) => row.source === 'DTSEN');
  return {
    dtks: dtks ? { id: dtks.id, label: dtks.label } : null,
    dtsen: dtsen ? { id: dtsen.id, label: dtsen.label } : null,
    currentPeriod: dtks?.programme_periods[0] ?? null,
    previousPeriod: dtks?.programme_periods[1] ?? null,
  };
}

// Snapshots change a few times a year; every lookup needs them. A short cache keeps
// them off the hot path while an import becomes visible within half a minute.
export function activeSnapshots(sql: SqlSession, now = Date.now()): Promise<ActiveSnapshots> {
  if (!cached || now - cached.at > cacheMilliseconds) {
    cached = { at: now, value: readActiveSnapshots(sql) };
    cached.value.catch(() => (cached = undefined));
  }
  return cached.value;
}

export function forgetActiveSnapshots(): void {
  cached = undefined;
}
