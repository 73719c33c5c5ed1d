import 'server-only';
import type { DbClient } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff';

export type ConsentedLookup = { id: string; reference: string; purpose: string; checkedAt: string };

// A record is opened from a search the resident consented to, within a working day: the
// reference ties each view (and each slip) to the operator, the purpose and the consent.
const validHours = 12;

// The caller's own consented search of the last 12 hours, and only when it listed this
// person: a reference opens what its search returned, not every record in the caller's scope.
export async function consentedLookup(
  client: DbClient,
  caller: StaffCaller,
  reference: string,
  personId: number,
  now = new Date(),
): Promise<ConsentedLookup | null> {
  const audit = await client.lookupAudit.findFirst({
    where: {
      reference,
      staffUserId: caller.userId,
      consent: true,
      channel: 'OPERATOR',
      createdAt: { gt: new Date(now.getTime() - validHours * 3_600_000) },
      listed: { some: { personId } },
    },
    select: { id: true, purpose: true, createdAt: true },
  });
  return audit
    ? {
        id: audit.id.toString(),
        reference,
        purpose: audit.purpose ?? '',
        checkedAt: audit.createdAt.toISOString(),
      }
    : null;
}
