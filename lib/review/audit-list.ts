import 'server-only';
import type { DbClient } from '@/lib/db';
import type { Channel, LookupResult } from '@/lib/db/client';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { AuditFilters } from './filters';
import { auditBatchRows, auditOperatorRows, auditPageRows, countAudit, type AuditRecord } from './sql/audit';
import { auditWhere } from './sql/audit-where';

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

export const auditPageSize = 50;

function toAuditRow(row: AuditRecord): AuditRow {
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
  client: DbClient,
  caller: StaffCaller,
  filters: AuditFilters,
  page: number,
): Promise<AuditPage> {
  const where = auditWhere(filters, staffScope(caller).patterns);
  const total = await countAudit(client, where);
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const current = Math.min(page, pageCount);
  const rows = await auditPageRows(client, where, auditPageSize, (current - 1) * auditPageSize);
  return { rows: rows.map(toAuditRow), total, page: current, pageCount };
}

// Every matching row, newest first, in batches (keyset on the id), for the CSV export:
// memory stays flat however many rows match.
export async function* allLookupAudit(
  client: DbClient,
  caller: StaffCaller,
  filters: AuditFilters,
  batchSize = 2000,
): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(filters, staffScope(caller).patterns);
  let before: string | null = null;
  for (;;) {
    const rows: AuditRecord[] = await auditBatchRows(client, where, before, batchSize);
    if (rows.length > 0) yield rows.map(toAuditRow);
    if (rows.length < batchSize) return;
    before = rows[rows.length - 1]?.id ?? null;
  }
}

// The operators who appear in the caller's audit, for the filter list.
export function auditOperators(
  client: DbClient,
  caller: StaffCaller,
): Promise<{ id: number; username: string }[]> {
  return auditOperatorRows(client, staffScope(caller).patterns);
}
