import 'server-only';
import type { SqlSession } from '@/lib/db';
import type { Channel, LookupResult } from '@/lib/db/generated/enums';

export type LookupAuditEntry = {
  channel: Channel;
  villageCode: string;
  // Keyed hash of the normalised name: lets Dinsos count repeated searches without
  // the audit ever holding a name.
  queryHash: string;
  result: LookupResult;
  matchCount: number;
  reference: string | null;
  staffUserId?: number;
  purpose?: string;
  consent?: boolean;
  // Programme codes a FOUND result listed; codes only, so the row stays free of personal data.
  programmeCodes?: readonly string[];
};

export async function recordLookup(sql: SqlSession, entry: LookupAuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO lookup_audit (channel, village_code, query_hash, result, match_count, reference, staff_user_id, purpose, consent, programme_codes)
     VALUES ($1::"Channel", $2, $3, $4::"LookupResult", $5, $6, $7, $8, $9, $10::text[])`,
    [
      entry.channel,
      entry.villageCode,
      entry.queryHash,
      entry.result,
      entry.matchCount,
      entry.reference,
      entry.staffUserId ?? null,
      entry.purpose ?? null,
      entry.consent ?? null,
      [...new Set(entry.programmeCodes ?? [])].sort(),
    ],
  );
}
