import 'server-only';
import type { DbClient } from '@/lib/db';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { AuditFilters } from './filters';
import { auditWhere } from './sql/audit-where';
import {
  dailyCountRows,
  operatorActivityRows,
  programmeCountRows,
  villageFindingRows,
} from './sql/dashboard';

export type DailyCount = { day: string; publicCount: number; operatorCount: number };
export type VillageFinding = { villageCode: string; total: number; found: number; notFound: number };
export type ProgrammeCount = { code: string; count: number };
export type OperatorActivity = {
  username: string;
  displayName: string;
  lookups: number;
  found: number;
  slips: number;
  lastAt: string;
};

export type Dashboard = {
  days: DailyCount[];
  villages: VillageFinding[];
  programmes: ProgrammeCount[];
  operators: OperatorActivity[];
};

export type DashboardRange = Pick<AuditFilters, 'from' | 'to' | 'region'>;

// The review dashboard over the caller's scope: every query filters by it.
export async function readDashboard(
  client: DbClient,
  caller: StaffCaller,
  range: DashboardRange,
  villageLimit = 15,
): Promise<Dashboard> {
  const where = auditWhere(range, staffScope(caller).patterns);
  const [days, villages, programmes, operators] = await Promise.all([
    dailyCountRows(client, where),
    villageFindingRows(client, where, villageLimit),
    programmeCountRows(client, where),
    operatorActivityRows(client, where),
  ]);
  return {
    days: days.map((row) => ({
      day: row.day,
      publicCount: row.public_count,
      operatorCount: row.operator_count,
    })),
    villages: villages.map((row) => ({
      villageCode: row.village_code,
      total: row.total,
      found: row.found,
      notFound: row.not_found,
    })),
    programmes,
    operators: operators.map((row) => ({
      username: row.username,
      displayName: row.display_name,
      lookups: row.lookups,
      found: row.found,
      slips: row.slips,
      lastAt: row.last_at,
    })),
  };
}
