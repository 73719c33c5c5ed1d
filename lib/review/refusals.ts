import 'server-only';
import type { RefusalKind } from '@/lib/gate';
import type { DbClient } from '@/lib/db';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { DashboardRange } from './dashboard';
import { refusalSumRows } from './sql/refusals';

// Refused attempts of one day and kind: in villages of the caller's scope (and the chosen
// region), and those that named no village (tracking, sign-in), which belong to no region.
export type RefusalRow = { day: string; kind: RefusalKind; inScope: number; withoutVillage: number };

export async function readRefusals(
  client: DbClient,
  caller: StaffCaller,
  range: DashboardRange,
): Promise<RefusalRow[]> {
  const region = range.region
    ? range.region.split('.').length === 4
      ? range.region
      : `${range.region}.%`
    : '%';
  const rows = await refusalSumRows(client, staffScope(caller).patterns, {
    from: range.from ?? '1970-01-01',
    to: range.to ?? '9999-12-31',
    regionPattern: region,
  });
  return rows
    .map((row) => ({
      day: row.day,
      kind: row.kind,
      inScope: row.in_scope,
      withoutVillage: row.without_village,
    }))
    .filter((row) => row.inScope + row.withoutVillage > 0);
}
