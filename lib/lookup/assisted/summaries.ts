import 'server-only';
import type { DbClient } from '@/lib/db';
import { wibDay } from '@/lib/formats';
import { ageOn } from '@/lib/lookup/age';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import type { Sex } from '@/lib/registry';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { ResidentState } from '@/lib/status';
import { summariesInScope } from './queries';
import { stateOf } from './state';

// One line of the operator's result list: unmasked, because the operator serves the
// resident in person and the search was consented to.
export type ResidentSummary = {
  id: number;
  fullName: string;
  birthDate: string;
  age: number;
  sex: Sex;
  nikMasked: string;
  villageCode: string;
  rt: string;
  rw: string;
  state: ResidentState;
  receivingNow: string[];
};

// The persons behind a search result, read fresh and filtered by the caller's scope in the
// query: ids from anywhere else come back as nothing.
export async function residentSummaries(
  client: DbClient,
  caller: StaffCaller,
  ids: readonly number[],
  now = new Date(),
): Promise<ResidentSummary[]> {
  if (ids.length === 0) return [];
  const snapshots = await activeSnapshots(client);
  const rows = await summariesInScope(client, ids, staffScope(caller).patterns, {
    dtksId: snapshots.dtks?.id ?? 0,
    dtsenId: snapshots.dtsen?.id ?? 0,
  });
  const today = wibDay(now);
  const periods = { current: snapshots.currentPeriod, previous: snapshots.previousPeriod };
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const status = stateOf(
      {
        dtksStatus: row.dtks_status,
        desil: row.desil,
        qualityFlags: row.quality_flags,
        listings: row.listings,
      },
      periods,
    );
    return [
      {
        id: row.id,
        fullName: row.full_name,
        birthDate: row.birth_date,
        age: ageOn(row.birth_date, today),
        sex: row.sex,
        nikMasked: row.nik_masked,
        villageCode: row.village_code,
        rt: row.rt,
        rw: row.rw,
        state: status.state,
        receivingNow: status.receivingNow,
      },
    ];
  });
}
