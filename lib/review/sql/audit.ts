import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { Channel, LookupResult } from '@/lib/db/client';
import { wibOffset } from './audit-where';

// The lookup audit as Dinsos reads it. SQL because every statement filters by the caller's
// scope as `LIKE ANY` (audit-where.ts), formats WIB times in the database, and the export
// walks millions of rows in keyset batches.

export type AuditRecord = {
  id: string;
  at: string;
  channel: Channel;
  village_code: string;
  result: LookupResult;
  match_count: number;
  reference: string | null;
  username: string | null;
  purpose: string | null;
  consent: boolean | null;
  programme_codes: string[];
};

const columns = Prisma.sql`a.id::text AS id, to_char(a.created_at + ${wibOffset}, 'YYYY-MM-DD HH24:MI') AS at,
  a.channel::text AS channel, a.village_code, a.result::text AS result, a.match_count, a.reference,
  u.username, a.purpose, a.consent, a.programme_codes`;

export async function countAudit(client: DbClient, where: Prisma.Sql): Promise<number> {
  const [row] = await client.$queryRaw<{ total: number }[]>(
    Prisma.sql`SELECT count(*)::int AS total FROM lookup_audit a WHERE ${where}`,
  );
  return row?.total ?? 0;
}

export function auditPageRows(
  client: DbClient,
  where: Prisma.Sql,
  limit: number,
  offset: number,
): Promise<AuditRecord[]> {
  return client.$queryRaw<AuditRecord[]>(Prisma.sql`
    SELECT ${columns} FROM lookup_audit a LEFT JOIN staff_user u ON u.id = a.staff_user_id
    WHERE ${where} ORDER BY a.id DESC LIMIT ${limit} OFFSET ${offset}`);
}

// Newest first, below the id `before` when given (keyset: memory stays flat however many rows match).
export function auditBatchRows(
  client: DbClient,
  where: Prisma.Sql,
  before: string | null,
  limit: number,
): Promise<AuditRecord[]> {
  const keyset = before === null ? Prisma.empty : Prisma.sql`AND a.id < ${before}::bigint`;
  return client.$queryRaw<AuditRecord[]>(Prisma.sql`
    SELECT ${columns} FROM lookup_audit a LEFT JOIN staff_user u ON u.id = a.staff_user_id
    WHERE ${where} ${keyset} ORDER BY a.id DESC LIMIT ${limit}`);
}

// The operators who appear in the caller's audit, for the filter list.
export function auditOperatorRows(
  client: DbClient,
  scope: readonly string[],
): Promise<{ id: number; username: string }[]> {
  return client.$queryRaw<{ id: number; username: string }[]>(Prisma.sql`
    SELECT u.id, u.username FROM staff_user u
    WHERE EXISTS (SELECT 1 FROM lookup_audit a
                  WHERE a.staff_user_id = u.id AND a.village_code LIKE ANY(${scope}::text[]))
    ORDER BY u.username`);
}
