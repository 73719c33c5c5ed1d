import 'server-only';
import { consentedLookup, readPersonRecord } from '@/lib/lookup';
import { readableCode } from '@/lib/formats';
import type { DbClient } from '@/lib/db';
import { maskName } from '@/lib/registry';
import type { StaffCaller } from '@/lib/staff';
import { slipFactsOf } from './facts';

// Three groups (26^12 codes): a slip code is checked by anyone, so it must be unguessable
// even for someone who tries many codes within the rate limit.
export const slipCodeGroups = 3;

// Stores what the slip prints under a fresh code. The person is read within the caller's
// scope and must have been listed by the caller's own consented, recent search; otherwise
// nothing is issued (null), exactly as for a person that does not exist.
export async function issueSlip(
  client: DbClient,
  caller: StaffCaller,
  personId: number,
  reference: string,
): Promise<string | null> {
  const [record, lookup] = await Promise.all([
    readPersonRecord(client, caller, personId),
    consentedLookup(client, caller, reference, personId),
  ]);
  if (!record || !lookup) return null;
  const facts = slipFactsOf(record);
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = readableCode(slipCodeGroups);
    // A taken code inserts nothing (ON CONFLICT DO NOTHING) and the next attempt draws another.
    const { count } = await client.resultSlip.createMany({
      data: [
        {
          code,
          lookupAuditId: BigInt(lookup.id),
          personId: record.id,
          villageCode: record.villageCode,
          maskedName: maskName(record.fullName),
          facts,
          issuedById: caller.userId,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 1) return code;
  }
  throw new Error('Could not find a free slip code in three attempts');
}
