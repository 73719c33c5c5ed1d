import 'server-only';
import type { Database } from '@/lib/db';
import { type StaffCaller, staffScope } from '@/lib/staff';

// Open usulan per No. KK (keyed hash), within the caller's scope: several filers may propose the
// same household, and staff weigh them together. One query for a whole queue page.
export async function openUsulanByHousehold(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  kkHashes: readonly (string | null)[],
): Promise<Map<string, string[]>> {
  const wanted = [...new Set(kkHashes.filter((hash): hash is string => hash !== null))];
  const byHousehold = new Map<string, string[]>();
  if (wanted.length === 0) return byHousehold;
  const tickets = await database.prisma.ticket.findMany({
    where: {
      AND: [
        staffScope(caller).where,
        { kind: 'USULAN', state: { notIn: ['SELESAI', 'DITOLAK'] }, kkHash: { in: wanted } },
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { code: true, kkHash: true },
  });
  for (const ticket of tickets) {
    if (ticket.kkHash === null) continue;
    byHousehold.set(ticket.kkHash, [...(byHousehold.get(ticket.kkHash) ?? []), ticket.code]);
  }
  return byHousehold;
}

// The other usulan of a ticket's household, without the ticket itself.
export function otherUsulanOf(
  byHousehold: Map<string, string[]>,
  ticket: { code: string; kind: string; kkHash: string | null },
): string[] {
  if (ticket.kind !== 'USULAN' || ticket.kkHash === null) return [];
  return (byHousehold.get(ticket.kkHash) ?? []).filter((code) => code !== ticket.code);
}
