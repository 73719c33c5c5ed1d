import 'server-only';
import type { Database } from '@/lib/db';
import { type StaffCaller, recordStaffActionIn } from '@/lib/staff';
import { listMusdesAgenda, type MusdesItem } from './musdes';
import { listTicketQueue, type QueueFilter, type QueueRow } from './staff-queries';

// Staff pages that show residents' names: each showing is logged with what was shown
// (filters, count, ticket codes), never the names themselves.
type On = Pick<Database, 'prisma'>;

export async function viewTicketQueue(
  database: On,
  caller: StaffCaller,
  filter: QueueFilter,
): Promise<QueueRow[]> {
  const rows = await listTicketQueue(database, caller, filter);
  await recordStaffActionIn(database, {
    actorId: caller.userId,
    action: 'ticket.queue.view',
    subject: filter.villageCode ?? '',
    detail: {
      filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
      count: rows.length,
      codes: rows.map((row) => row.code),
    },
  });
  return rows;
}

// The Musdes agenda as a page or as the CSV download; null (and nothing logged) outside the
// caller's villages.
export async function viewMusdesAgenda(
  database: On,
  caller: StaffCaller,
  villageCode: string,
  shownAs: 'page' | 'csv',
): Promise<MusdesItem[] | null> {
  const agenda = await listMusdesAgenda(database, caller, villageCode);
  if (!agenda) return null;
  await recordStaffActionIn(database, {
    actorId: caller.userId,
    action: shownAs === 'csv' ? 'ticket.musdes.export' : 'ticket.musdes.view',
    subject: villageCode,
    detail: { count: agenda.length, codes: agenda.map((item) => item.code) },
  });
  return agenda;
}
