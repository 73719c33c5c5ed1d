import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { DtksStatus, Sex } from '@/lib/registry';
import type { ActiveSnapshots } from './active-snapshots';

export type CandidateRow = {
  id: number;
  full_name: string;
  birth_date: string;
  sex: Sex;
  quality_flags: string[];
  nik_matches: boolean;
  dtks_status: DtksStatus | null;
  desil: number | null;
  programmes: { code: string; period: string; received: boolean; remark: string }[];
};

// The one query of a lookup: persons of one village sharing a match key with the typed
// name, with everything the result page needs. Candidates are few (the keys are
// selective), so fetching their details up front costs less than a second round trip
// and makes a found and a not-found lookup do the same work.
// Bounded for safety: persons sharing the most keys with the typed name come first,
// so the resident's own record (which shares them all) is never cut off.
const candidateSql = `
WITH hits AS (
  SELECT k.person_id, count(*) AS shared FROM person_name_key k
  WHERE k.village_code = $1 AND k.key = ANY($2::text[])
  GROUP BY k.person_id ORDER BY shared DESC, k.person_id LIMIT 300
)
SELECT p.id, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex::text AS sex, p.quality_flags,
       (p.nik_hash = $3) AS nik_matches,
       d.status::text AS dtks_status, s.desil::int AS desil,
       COALESCE((SELECT json_agg(json_build_object('code', a.programme_code, 'period', a.period,
                                                   'received', a.received, 'remark', a.remark)
                                 ORDER BY a.programme_code, a.period)
                 FROM programme_assignment a
                 WHERE a.person_id = p.id AND a.snapshot_id = $4 AND a.period = ANY($6::text[])), '[]'::json) AS programmes
FROM hits h
JOIN person p ON p.id = h.person_id AND p.village_code = $1
LEFT JOIN dtks_entry d ON d.person_id = p.id AND d.snapshot_id = $4
LEFT JOIN dtsen_entry s ON s.person_id = p.id AND s.snapshot_id = $5`;

export async function fetchCandidates(
  sql: SqlSession,
  villageCode: string,
  keys: readonly string[],
  nikHash: string | null,
  snapshots: ActiveSnapshots,
): Promise<CandidateRow[]> {
  const periods = [snapshots.currentPeriod, snapshots.previousPeriod].filter((period) => period !== null);
  return sql.query<CandidateRow>(candidateSql, [
    villageCode,
    keys,
    nikHash ?? '',
    snapshots.dtks?.id ?? 0,
    snapshots.dtsen?.id ?? 0,
    periods,
  ]);
}
