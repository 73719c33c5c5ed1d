import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { staffScope } from '@/lib/staff/scope';
import { auditWhere, wibOffset } from './audit-where';
import type { AuditFilters } from './filters';

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
  sql: SqlSession,
  caller: StaffCaller,
  range: DashboardRange,
  villageLimit = 15,
): Promise<Dashboard> {
  const { where, params } = auditWhere(range, staffScope(caller).patterns);
  const [days, villages, programmes, operators] = await Promise.all([
    sql.query<{ day: string; public_count: number; operator_count: number }>(
      `SELECT to_char(a.created_at + ${wibOffset}, 'YYYY-MM-DD') AS day,
              count(*) FILTER (WHERE a.channel = 'PUBLIC')::int AS public_count,
              count(*) FILTER (WHERE a.channel = 'OPERATOR')::int AS operator_count
       FROM lookup_audit a WHERE ${where} GROUP BY 1 ORDER BY 1`,
      params,
    ),
    // Residents looking themselves up (public channel): a village where many are not found
    // points at a registry problem there (spelling, unsynchronised population data).
    sql.query<{ village_code: string; total: number; found: number; not_found: number }>(
      `SELECT a.village_code, count(*)::int AS total,
              count(*) FILTER (WHERE a.result = 'FOUND')::int AS found,
              count(*) FILTER (WHERE a.result IN ('NOT_FOUND', 'NEEDS_CONFIRMATION'))::int AS not_found
       FROM lookup_audit a WHERE ${where} AND a.channel = 'PUBLIC'
       GROUP BY a.village_code
       ORDER BY count(*) FILTER (WHERE a.result IN ('NOT_FOUND', 'NEEDS_CONFIRMATION'))::float / count(*) DESC,
                count(*) DESC, a.village_code
       LIMIT ${villageLimit}`,
      params,
    ),
    sql.query<{ code: string; count: number }>(
      `SELECT code, count(*)::int AS count FROM lookup_audit a, unnest(a.programme_codes) AS code
       WHERE ${where} AND a.result = 'FOUND' GROUP BY code ORDER BY count(*) DESC, code`,
      params,
    ),
    sql.query<{
      username: string;
      display_name: string;
      lookups: number;
      found: number;
      slips: number;
      last_at: string;
    }>(
      `SELECT u.username, u.display_name, count(*)::int AS lookups,
              count(*) FILTER (WHERE a.result = 'FOUND')::int AS found,
              (SELECT count(*)::int FROM result_slip s
               WHERE s.lookup_audit_id = ANY(array_agg(a.id))) AS slips,
              to_char(max(a.created_at) + ${wibOffset}, 'YYYY-MM-DD HH24:MI') AS last_at
       FROM lookup_audit a JOIN staff_user u ON u.id = a.staff_user_id
       WHERE ${where} AND a.channel = 'OPERATOR'
       GROUP BY u.id, u.username, u.display_name ORDER BY count(*) DESC, u.username`,
      params,
    ),
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
