import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { RefusalKind } from '@/lib/db/client';

export type RefusalSums = { day: string; kind: RefusalKind; in_scope: number; without_village: number };

// SQL for a report: refusals summed per day and kind, split into villages of the caller's scope
// (`LIKE ANY` over the region patterns of lib/staff/region-filter) and the chosen region, and
// those that named no village.
export function refusalSumRows(
  client: DbClient,
  scope: readonly string[],
  range: { from: string; to: string; regionPattern: string },
): Promise<RefusalSums[]> {
  return client.$queryRaw<RefusalSums[]>(Prisma.sql`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day, r.kind::text AS kind,
           COALESCE(sum(r.count) FILTER (WHERE r.village_code <> '' AND r.village_code LIKE ${range.regionPattern}), 0)::int AS in_scope,
           COALESCE(sum(r.count) FILTER (WHERE r.village_code = ''), 0)::int AS without_village
    FROM refusal_count r
    WHERE r.day BETWEEN ${range.from}::date AND ${range.to}::date
      AND (r.village_code = '' OR r.village_code LIKE ANY(${scope}::text[]))
    GROUP BY r.day, r.kind ORDER BY r.day DESC, r.kind`);
}
