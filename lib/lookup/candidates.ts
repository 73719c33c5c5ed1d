import 'server-only';
import type { DbClient } from '@/lib/db';
import type { ActiveSnapshots } from './active-snapshots';
import { candidateRows, type CandidateRow } from './queries';

export type { CandidateRow };

// The persons of one village sharing a match key with the typed name, with everything the
// result page needs, in one query (queries.ts says why it is SQL).
export function fetchCandidates(
  client: DbClient,
  villageCode: string,
  keys: readonly string[],
  nikHash: string | null,
  snapshots: ActiveSnapshots,
): Promise<CandidateRow[]> {
  return candidateRows(client, {
    villageCode,
    keys,
    nikHash: nikHash ?? '',
    dtksSnapshotId: snapshots.dtks?.id ?? 0,
    dtsenSnapshotId: snapshots.dtsen?.id ?? 0,
    periods: [snapshots.currentPeriod, snapshots.previousPeriod].filter((period) => period !== null),
  });
}
