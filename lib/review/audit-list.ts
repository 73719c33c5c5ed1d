import 'server-only';
import type { Channel, LookupResult } from '@/lib/db/generated/enums';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopeCondition, staffScope } from '@/lib/staff/scope';
import { auditWhere, wibOffset } from './audit-where';
import type { AuditFilters } from './filters';

// One lookup as Dinsos reviews it. The audit holds no name and no NIK, only a keyed hash
// of the query, which is not shown.
export type AuditRow = {
  id: string;
  at: string; // YYYY-MM-DD HH:MM, WIB
  channel: Channel;
  villageCode: string;
  result: LookupResult;
  matchCount: number;
  reference: string | null;
  operator: string | null;
  purpose: string | null;
  consent: boolean | null;
  programmeCodes: string[];
};

type Row = {
  id: string;
  at: string;
  channel: AuditRow['channel'];
  village_code: string;
  result: AuditRow['result'];
  match_count: number;
  reference: string | null;
  username: string | null;
  purpose: string | null;
  consent: boolean | null;
  programme_codes: string[];
};

export const auditPageSize = 50;

const columns = `a.id::text AS id, to_char(a.created_at + ${wibOffset}, 'YYYY-MM-DD HH24:MI') AS at,
  a.channel::text AS channel, a.village_code, a.result::text AS result, a.match_count, a.reference,
  u.username, a.purpose, a.consent, a.programme_codes`;

function toAuditRow(row: Row): AuditRow {
  return {
    id: row.id,
    at: row.at,
    channel: row.channel,
    villageCode: row.village_code,
    result: row.result,
    matchCount: row.match_count,
    reference: row.reference,
    operator: row.username,
    purpose: row.purpose,
    consent: row.consent,
    programmeCodes: row.programme_codes,
  };
}

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number };

// One page of the lookup audit, newest first, filtered by the caller's scope in the query.
export async function listLookupAudit(
  sql: SqlSession,
  caller: StaffCaller,
  filters: AuditFilters,
  page: number,
): Promise<AuditPage> {
  const { where, params } = auditWhere(filters, staffScope(caller).patterns);
  const [count] = await sql.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM lookup_audit a WHERE ${where}`,
    params,
  );
  const total = count?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const current = Math.min(page, pageCount);
  const rows = await sql.query<Row>(
    `SELECT ${columns} FROM lookup_audit a LEFT JOIN staff_user u ON u.id = a.staff_user_id
     WHERE ${where} ORDER BY a.id DESC LIMIT ${auditPageSize} OFFSET ${(current - 1) * auditPageSize}`,
    params,
  );
  return { rows: rows.map(toAuditRow), total, page: current, pageCount };
}

// Every matching row, newest first, in batches (keyset on the id), for the CSV export:
// memory stays flat however many rows match.
export async function* allLookupAudit(
  sql: SqlSession,
  caller: StaffCaller,
  filters: AuditFilters,
  batchSize = 2000,
): AsyncGenerator<AuditRow[]> {
  const { where, params } = auditWhere(filters, staffScope(caller).patterns);
  let before: string | null = null;
  for (;;) {
    const keyset: string = before === null ? '' : `AND a.id < $${params.length + 1}::bigint`;
    const rows: Row[] = await sql.query<Row>(
      `SELECT ${columns} FROM lookup_audit a LEFT JOIN staff_user u ON u.id = a.staff_user_id
       WHERE ${where} ${keyset} ORDER BY a.id DESC LIMIT ${batchSize}`,
      before === null ? params : [...params, before],
    );
    if (rows.length > 0) yield rows.map(toAuditRow);
    if (rows.length < batchSize) return;
    before = rows[rows.length - 1]?.id ?? null;
  }
}

// The operators who appear in the caller's audit, for the filter list.
export async function auditOperators(
  sql: SqlSession,
  caller: StaffCaller,
): Promise<{ id: number; username: string }[]> {
  return sql.query<{ id: number; username: string }>(
    `SELECT u.id, u.username FROM staff_user u
     WHERE EXISTS (SELECT 1 FROM lookup_audit a WHERE a.staff_user_id = u.id AND ${scopeCondition('a.village_code', 1)})
     ORDER BY u.username`,
    [staffScope(caller).patterns],
  );
}
