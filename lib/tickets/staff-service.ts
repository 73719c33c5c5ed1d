import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { type StaffCaller, recordStaffAction } from '@/lib/staff';
import { attachmentStore } from './attachment-store';
import { moveTicket, type MoveInput, type MoveOutcome } from './move-ticket';
import { recordMusdesDecisions, type MusdesDecision, type MusdesOutcome } from './musdes';
import { findAttachmentForStaff, findTicketForStaff, ticketAgeing, type QueueFilter } from './staff-queries';
import { viewMusdesAgenda, viewTicketQueue } from './staff-views';

// The ticket services with this deployment's database, staff log and attachment folder, for
// staff pages and actions. Every one takes the caller and filters by its regions.
export const ticketsForStaff = {
  async queue(caller: StaffCaller, filter: QueueFilter) {
    return viewTicketQueue(await db(), caller, filter);
  },
  async detail(caller: StaffCaller, code: string) {
    const ticket = await findTicketForStaff(await db(), caller, code);
    if (ticket) await recordStaffAction({ actorId: caller.userId, action: 'ticket.view', subject: code });
    return ticket;
  },
  async move(caller: StaffCaller, input: MoveInput): Promise<MoveOutcome> {
    return moveTicket({ database: await db(), record: recordStaffAction }, caller, input);
  },
  async ageing(caller: StaffCaller) {
    return ticketAgeing(await db(), caller);
  },
  async musdesAgenda(caller: StaffCaller, villageCode: string) {
    return viewMusdesAgenda(await db(), caller, villageCode, 'page');
  },
  async recordMusdes(
    caller: StaffCaller,
    meeting: { villageCode: string; minutes: string; decisions: readonly MusdesDecision[] },
  ): Promise<MusdesOutcome> {
    return recordMusdesDecisions({ database: await db(), record: recordStaffAction }, caller, meeting);
  },
  async musdesExport(caller: StaffCaller, villageCode: string) {
    return viewMusdesAgenda(await db(), caller, villageCode, 'csv');
  },
  // The file of an attachment the caller may see, or null (missing and out of scope alike).
  async attachment(caller: StaffCaller, code: string, attachmentId: number) {
    const found = await findAttachmentForStaff(await db(), caller, code, attachmentId);
    if (!found) return null;
    const bytes = await attachmentStore(config().attachments.dir).read(found.storedName);
    if (!bytes) return null;
    await recordStaffAction({
      actorId: caller.userId,
      action: 'ticket.attachment.download',
      subject: code,
      detail: { attachmentId },
    });
    return { bytes, originalName: found.originalName, mediaType: found.mediaType };
  },
};
