import { Prisma } from '@/lib/db';
import type { AuditFilters } from '../filters';

// Audit rows are stored in UTC; days are Indonesia's western time (WIB, UTC+7, no DST),
// where Dinsos staff read them.
export const wibOffset = Prisma.sql`interval '7 hours'`;

// The WHERE clause of every review query over lookup_audit (alias a): the caller's scope
// always (`LIKE ANY` over the region patterns of lib/staff/region-filter), then the filters
// that are set.
export function auditWhere(filters: AuditFilters, scope: readonly string[]): Prisma.Sql {
  const conditions = [Prisma.sql`a.village_code LIKE ANY(${scope}::text[])`];
  if (filters.from) conditions.push(Prisma.sql`a.created_at >= ${filters.from}::date - ${wibOffset}`);
  if (filters.to)
    conditions.push(Prisma.sql`a.created_at < ${filters.to}::date + interval '1 day' - ${wibOffset}`);
  if (filters.region) {
    const pattern = filters.region.split('.').length === 4 ? filters.region : `${filters.region}.%`;
    conditions.push(Prisma.sql`a.village_code LIKE ${pattern}`);
  }
  if (filters.channel) conditions.push(Prisma.sql`a.channel = ${filters.channel}::"Channel"`);
  if (filters.result) conditions.push(Prisma.sql`a.result = ${filters.result}::"LookupResult"`);
  if (filters.operatorId) conditions.push(Prisma.sql`a.staff_user_id = ${filters.operatorId}`);
  return Prisma.join(conditions, ' AND ');
}
