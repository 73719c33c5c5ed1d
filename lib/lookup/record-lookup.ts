import 'server-only';
import type { DbClient } from '@/lib/db';
import type { Channel, LookupResult } from '@/lib/db/client';

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

// Returns the audit row's id (an operator's search lists its persons against it).
export async function recordLookup(client: DbClient, entry: LookupAuditEntry): Promise<bigint> {
  const { id } = await client.lookupAudit.create({
    data: {
      channel: entry.channel,
      villageCode: entry.villageCode,
      queryHash: entry.queryHash,
      result: entry.result,
      matchCount: entry.matchCount,
      reference: entry.reference,
      staffUserId: entry.staffUserId ?? null,
      purpose: entry.purpose ?? null,
      consent: entry.consent ?? null,
      programmeCodes: [...new Set(entry.programmeCodes ?? [])].sort(),
    },
    select: { id: true },
  });
  return id;
}
