import { regionScope, scopeCondition } from '@/lib/staff/scope';
import type { AuditFilters } from './filters';

// Audit rows are stored in UTC; days are Indonesia's western time (WIB, UTC+7, no DST),
// where Dinsos staff read them.
export const wibOffset = "interval '7 hours'";

// The WHERE clause of every review query over lookup_audit (alias a): the caller's scope
// always, as the first parameter, then the filters that are set.
export function auditWhere(
  filters: AuditFilters,
  scope: readonly string[],
): { where: string; params: unknown[] } {
  const params: unknown[] = [scope];
  const conditions = [scopeCondition('a.village_code', 1)];
  const add = (condition: (index: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(params.length));
  };
  if (filters.from) add((i) => `a.created_at >= $${i}::date - ${wibOffset}`, filters.from);
  if (filters.to) add((i) => `a.created_at < $${i}::date + interval '1 day' - ${wibOffset}`, filters.to);
  if (filters.region) add((i) => scopeCondition('a.village_code', i), regionScope([filters.region]).patterns);
  if (filters.channel) add((i) => `a.channel = $${i}::"Channel"`, filters.channel);
  if (filters.result) add((i) => `a.result = $${i}::"LookupResult"`, filters.result);
  if (filters.operatorId) add((i) => `a.staff_user_id = $${i}`, filters.operatorId);
  return { where: conditions.join(' AND '), params };
}
