import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import { wibOffset } from './audit-where';

// The dashboard's reports: GROUP BY over every lookup of the range, counted in the database.
// `where` is auditWhere's (the caller's scope and the range).

// Lookups per WIB day and channel.
export function dailyCountRows(client: DbClient, where: Prisma.Sql) {
  return client.$queryRaw<{ day: string; public_count: number; operator_count: number }[]>(Prisma.sql`
    SELECT to_char(a.created_at + ${wibOffset}, 'YYYY-MM-DD') AS day,
           count(*) FILTER (WHERE a.channel = 'PUBLIC')::int AS public_count,
           count(*) FILTER (WHERE a.channel = 'OPERATOR')::int AS operator_count
    FROM lookup_audit a WHERE ${where} GROUP BY 1 ORDER BY 1`);
}

// Residents looking themselves up (public channel): a village where many are not found points at
// a registry problem there (spelling, unsynchronised population data).
export function villageFindingRows(client: DbClient, where: Prisma.Sql, limit: number) {
  return client.$queryRaw<{ village_code: string; total: number; found: number; not_found: number }[]>(
    Prisma.sql`
      SELECT a.village_code, count(*)::int AS total,
             count(*) FILTER (WHERE a.result = 'FOUND')::int AS found,
             count(*) FILTER (WHERE a.result IN ('NOT_FOUND', 'NEEDS_CONFIRMATION'))::int AS not_found
      FROM lookup_audit a WHERE ${where} AND a.channel = 'PUBLIC'
      GROUP BY a.village_code
      ORDER BY count(*) FILTER (WHERE a.result IN ('NOT_FOUND', 'NEEDS_CONFIRMATION'))::float / count(*) DESC,
               count(*) DESC, a.village_code
      LIMIT ${limit}`,
  );
}

// How often each programme was listed by a found lookup.
export function programmeCountRows(client: DbClient, where: Prisma.Sql) {
  return client.$queryRaw<{ code: string; count: number }[]>(Prisma.sql`
    SELECT code, count(*)::int AS count FROM lookup_audit a, unnest(a.programme_codes) AS code
    WHERE ${where} AND a.result = 'FOUND' GROUP BY code ORDER BY count(*) DESC, code`);
}

// Each operator's searches, finds and slips in the range.
export function operatorActivityRows(client: DbClient, where: Prisma.Sql) {
  return client.$queryRaw<
    {
      username: string;
      display_name: string;
      lookups: number;
      found: number;
      slips: number;
      last_at: string;
    }[]
  >(Prisma.sql`
    SELECT u.username, u.display_name, count(*)::int AS lookups,
           count(*) FILTER (WHERE a.result = 'FOUND')::int AS found,
           (SELECT count(*)::int FROM result_slip s WHERE s.lookup_audit_id = ANY(array_agg(a.id))) AS slips,
           to_char(max(a.created_at) + ${wibOffset}, 'YYYY-MM-DD HH24:MI') AS last_at
    FROM lookup_audit a JOIN staff_user u ON u.id = a.staff_user_id
    WHERE ${where} AND a.channel = 'OPERATOR'
    GROUP BY u.id, u.username, u.display_name ORDER BY count(*) DESC, u.username`);
}
