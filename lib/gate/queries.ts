import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { RefusalKind } from '@/lib/db/client';

// SQL for an upsert that counts atomically: concurrent refusals of several instances add up in one
// statement each, and the day is the database's clock in WIB (UTC+7, no DST), as on the review pages.
export async function countRefusalIn(
  client: DbClient,
  kind: RefusalKind,
  villageCode = '',
  count = 1,
): Promise<void> {
  await client.$executeRaw(Prisma.sql`
    INSERT INTO refusal_count (day, kind, village_code, count)
    VALUES ((now() AT TIME ZONE 'UTC' + interval '7 hours')::date, ${kind}::"RefusalKind", ${villageCode}, ${count})
    ON CONFLICT (day, kind, village_code) DO UPDATE SET count = refusal_count.count + EXCLUDED.count`);
}
