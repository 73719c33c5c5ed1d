import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';

export type ConsentedLookup = { id: string; reference: string; purpose: string; checkedAt: string };

// A record is opened from a search the resident consented to, within a working day: the
// reference ties each view (and each slip) to the operator, the purpose and the consent.
const validHours = 12;

// The caller's own consented search of the last 12 hours, and only when it listed this
// person: a reference opens what its search returned, not every record in the caller's scope.
export async function consentedLookup(
  sql: SqlSession,
  caller: StaffCaller,
  reference: string,
  personId: number,
): Promise<ConsentedLookup | null> {
  const [row] = await sql.query<{ id: string; reference: string; purpose: string; created_at: string }>(
    `SELECT a.id::text AS id, a.reference, a.purpose,
            to_char(a.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
     FROM lookup_audit a JOIN operator_search_listing l ON l.lookup_audit_id = a.id AND l.person_id = $4
     WHERE a.reference = $1 AND a.staff_user_id = $2 AND a.consent AND a.channel = 'OPERATOR'
       AND a.created_at > LOCALTIMESTAMP - make_interval(hours => $3)`,
    [reference, caller.userId, validHours, personId],
  );
  return row
    ? { id: row.id, reference: row.reference, purpose: row.purpose, checkedAt: row.created_at }
    : null;
}
