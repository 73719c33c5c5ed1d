import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { DtksStatus, Sex } from '@/lib/db/client';

// The public lookup's SQL: the two statements the Prisma client cannot write as one
// statement. Everything else of the lookup goes through the client.

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

export type CandidateQuery = {
  villageCode: string;
  keys: readonly string[];
  nikHash: string;
  dtksSnapshotId: number;
  dtsenSnapshotId: number;
  periods: readonly string[];
};

// SQL for speed: the one query of a lookup, an index range scan on (village_code, key) ranked by
// shared keys, with each candidate's entries and programmes aggregated in the same round trip.
// Candidates are few (the keys are selective), so fetching their details up front costs less than
// a second round trip and makes a found and a not-found lookup do the same work. Bounded for
// safety: persons sharing the most keys with the typed name come first, so the resident's own
// record (which shares them all) is never cut off.
export function candidateRows(client: DbClient, query: CandidateQuery): Promise<CandidateRow[]> {
  return client.$queryRaw<CandidateRow[]>(Prisma.sql`
    WITH hits AS (
      SELECT k.person_id, count(*) AS shared FROM person_name_key k
      WHERE k.village_code = ${query.villageCode} AND k.key = ANY(${query.keys}::text[])
      GROUP BY k.person_id ORDER BY shared DESC, k.person_id LIMIT 300
    )
    SELECT p.id, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex::text AS sex,
           p.quality_flags, (p.nik_hash = ${query.nikHash}) AS nik_matches,
           d.status::text AS dtks_status, s.desil::int AS desil,
           COALESCE((SELECT json_agg(json_build_object('code', a.programme_code, 'period', a.period,
                                                       'received', a.received, 'remark', a.remark)
                                     ORDER BY a.programme_code, a.period)
                     FROM programme_assignment a
                     WHERE a.person_id = p.id AND a.snapshot_id = ${query.dtksSnapshotId}
                       AND a.period = ANY(${query.periods}::text[])), '[]'::json) AS programmes
    FROM hits h
    JOIN person p ON p.id = h.person_id AND p.village_code = ${query.villageCode}
    LEFT JOIN dtks_entry d ON d.person_id = p.id AND d.snapshot_id = ${query.dtksSnapshotId}
    LEFT JOIN dtsen_entry s ON s.person_id = p.id AND s.snapshot_id = ${query.dtsenSnapshotId}`);
}

// SQL for an atomic count: the upsert's row lock orders concurrent failures, and RETURNING gives
// each one its own count, so parallel guesses cannot all slip in under the cap.
export async function countConfirmationFailure(
  client: DbClient,
  day: string,
  subjects: readonly string[],
): Promise<number[]> {
  const rows = await client.$queryRaw<{ failures: number }[]>(Prisma.sql`
    INSERT INTO confirmation_failure (day, subject, failures)
    SELECT ${day}::date, subject, 1 FROM unnest(${subjects}::text[]) AS subject
    ON CONFLICT (day, subject) DO UPDATE SET failures = confirmation_failure.failures + 1
    RETURNING failures`);
  return rows.map((row) => row.failures);
}
