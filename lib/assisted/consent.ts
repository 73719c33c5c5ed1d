import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';

export type ConsentedLookup = { id: string; reference: string; purpose: string; checkedAt: string };

// A record is opened from a search the resident consented to, within a working day: the
// reference ties each view (and each slip) to the operator, the purpose and the consent.
const validHours = 12;

export async function consentedLookup(
  sql: SqlSession,
  caller: StaffCaller,
  reference: string,
): Promise<ConsentedLookup | null> {
  const [row] = await sql.query<{ id: string; reference: string; purpose: string; created_at: string }>(
    `SELECT id::text AS id, reference, purpose, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
     FROM lookup_audit
     WHERE reference = $1 AND staff_user_id = $2 AND consent AND channel = 'OPERATOR' AND created_at > LOCALTIMESTAMP - make_interval(hours => $3)`,
    [reference, caller.userId, validHours],
  );
  return row
    ? { id: row.id, reference: row.reference, purpose: row.purpose, checkedAt: row.created_at }
    : null;
}
