import 'server-only';
import type { RefusalKind } from '@/lib/gate';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { regionScope, scopeCondition, staffScope } from '@/lib/staff/scope';
import type { DashboardRange } from './dashboard';

// Refused attempts of one day and kind: in villages of the caller's scope (and the chosen
// region), and those that named no village (tracking, sign-in), which belong to no region.
export type RefusalRow = { day: string; kind: RefusalKind; inScope: number; withoutVillage: number };

export async function readRefusals(
  sql: SqlSession,
  caller: StaffCaller,
  range: DashboardRange,
): Promise<RefusalRow[]> {
  const region = regionScope(range.region ? [range.region] : null);
  const rows = await sql.query<{ day: string; kind: RefusalKind; in_scope: number; without_village: number }>(
    `SELECT to_char(r.day, 'YYYY-MM-DD') AS day, r.kind::text AS kind,
            COALESCE(sum(r.count) FILTER (WHERE r.village_code <> '' AND ${scopeCondition('r.village_code', 4)}), 0)::int AS in_scope,
            COALESCE(sum(r.count) FILTER (WHERE r.village_code = ''), 0)::int AS without_village
     FROM refusal_count r
     WHERE r.day BETWEEN $2::date AND $3::date
       AND (r.village_code = '' OR ${scopeCondition('r.village_code', 1)})
     GROUP BY r.day, r.kind ORDER BY r.day DESC, r.kind`,
    [staffScope(caller).patterns, range.from ?? '1970-01-01', range.to ?? '9999-12-31', region.patterns],
  );
  return rows
    .map((row) => ({
      day: row.day,
      kind: row.kind,
      inScope: row.in_scope,
      withoutVillage: row.without_village,
    }))
    .filter((row) => row.inScope + row.withoutVillage > 0);
}
