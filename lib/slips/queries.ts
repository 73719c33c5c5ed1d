import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';

export type StaffSlipRow = {
  code: string;
  masked_name: string;
  village_code: string;
  issued_at: Date;
  facts: unknown;
  person_id: number;
  reference: string;
  purpose: string;
};

// SQL for the caller's scope in the query (`LIKE ANY` over the region patterns of
// lib/staff/region-filter, which the Prisma client cannot express), joined to the search the slip
// came from: result_slip has no foreign keys on purpose (schema.prisma), so no Prisma relation.
export async function staffSlipInScope(
  client: DbClient,
  code: string,
  scope: readonly string[],
): Promise<StaffSlipRow | null> {
  const [row] = await client.$queryRaw<StaffSlipRow[]>(Prisma.sql`
    SELECT s.code, s.masked_name, s.village_code, s.created_at AS issued_at, s.facts, s.person_id,
           a.reference, a.purpose
    FROM result_slip s JOIN lookup_audit a ON a.id = s.lookup_audit_id
    WHERE s.code = ${code} AND s.village_code LIKE ANY(${scope}::text[])`);
  return row ?? null;
}
