import 'server-only';
import type { SqlSession } from '@/lib/db';
import { ageOn, todayInJakarta } from '@/lib/lookup/age';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopeCondition, staffScope } from '@/lib/staff/scope';
import type { ResidentState } from '@/lib/status';
import { stateOf, type PeriodListing } from './state';

// One line of the operator's result list: unmasked, because the operator serves the
// resident in person and the search was consented to.
export type ResidentSummary = {
  id: number;
  fullName: string;
  birthDate: string;
  age: number;
  sex: 'L' | 'P';
  nikMasked: string;
  villageCode: string;
  rt: string;
  rw: string;
  state: ResidentState;
  receivingNow: string[];
};

type SummaryRow = {
  id: number;
  full_name: string;
  birth_date: string;
  sex: 'L' | 'P';
  nik_masked: string;
  village_code: string;
  rt: string;
  rw: string;
  quality_flags: string[];
  dtks_status: 'AKTIF' | 'NONAKTIF' | null;
  desil: number | null;
  listings: PeriodListing[];
};

const summarySql = `
SELECT p.id, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex::text AS sex, p.nik_masked,
       p.village_code, h.rt, h.rw, p.quality_flags, d.status::text AS dtks_status, s.desil::int AS desil,
       COALESCE((SELECT json_agg(json_build_object('code', a.programme_code, 'period', a.period,
                                                   'received', a.received, 'remark', a.remark))
                 FROM programme_assignment a WHERE a.person_id = p.id AND a.snapshot_id = $3), '[]'::json) AS listings
FROM person p
JOIN household h ON h.id = p.household_id
LEFT JOIN dtks_entry d ON d.person_id = p.id AND d.snapshot_id = $3
LEFT JOIN dtsen_entry s ON s.person_id = p.id AND s.snapshot_id = $4
WHERE p.id = ANY($1::int[]) AND ${scopeCondition('p.village_code', 2)}`;

// The persons behind a search result, read fresh and filtered by the caller's scope in the
// query: ids from anywhere else come back as nothing.
export async function residentSummaries(
  sql: SqlSession,
  caller: StaffCaller,
  ids: readonly number[],
  now = new Date(),
): Promise<ResidentSummary[]> {
  if (ids.length === 0) return [];
  const snapshots = await activeSnapshots(sql);
  const rows = await sql.query<SummaryRow>(summarySql, [
    ids,
    staffScope(caller).patterns,
    snapshots.dtks?.id ?? 0,
    snapshots.dtsen?.id ?? 0,
  ]);
  const today = todayInJakarta(now);
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
