import 'server-only';
import { consentedLookup } from '@/lib/lookup/assisted/consent';
import { readPersonRecord } from '@/lib/lookup/assisted/person-record';
import { readableCode } from '@/lib/formats/readable-code';
import type { SqlSession } from '@/lib/db';
import { maskName } from '@/lib/registry/mask';
import type { StaffCaller } from '@/lib/staff/caller';
import { slipFactsOf } from './facts';

// Three groups (26^12 codes): a slip code is checked by anyone, so it must be unguessable
// even for someone who tries many codes within the rate limit.
export const slipCodeGroups = 3;

// Stores what the slip prints under a fresh code. The person is read within the caller's
// scope and must have been listed by the caller's own consented, recent search; otherwise
// nothing is issued (null), exactly as for a person that does not exist.
export async function issueSlip(
  sql: SqlSession,
  caller: StaffCaller,
  personId: number,
  reference: string,
): Promise<string | null> {
  const [record, lookup] = await Promise.all([
    readPersonRecord(sql, caller, personId),
    consentedLookup(sql, caller, reference, personId),
  ]);
  if (!record || !lookup) return null;
  const facts = slipFactsOf(record);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [row] = await sql.query<{ code: string }>(
      `INSERT INTO result_slip (code, lookup_audit_id, person_id, village_code, masked_name, facts, issued_by_id)
       VALUES ($1, $2::bigint, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        readableCode(slipCodeGroups),
        lookup.id,
        record.id,
        record.villageCode,
        maskName(record.fullName),
        JSON.stringify(facts),
        caller.userId,
      ],
    );
    if (row) return row.code;
  }
  throw new Error('Could not find a free slip code in three attempts');
}
