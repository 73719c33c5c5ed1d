import 'server-only';
import type { Prisma } from '@/lib/db';
import { scopePrefixes, type StaffCaller } from '@/lib/staff/caller';

// The caller's region scope as a ticket filter, so out-of-scope tickets are never read
// (and answer exactly like missing ones).
export function ticketScope(caller: StaffCaller): Prisma.TicketWhereInput {
  const prefixes = scopePrefixes(caller);
  if (prefixes === null) return {};
  if (prefixes.length === 0) return { id: -1 };
  return {
    OR: prefixes.flatMap((prefix) => [
      { villageCode: prefix },
      { villageCode: { startsWith: `${prefix}.` } },
    ]),
  };
}
