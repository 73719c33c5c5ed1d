import 'server-only';
import type { Database, Ticket } from '@/lib/db';
import type { Channel } from '@/lib/db/client';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { TicketKindName } from './schema';
import { openUsulanByHousehold, otherUsulanOf } from './same-household';
import { nextStatesFor, type TicketStateName } from './transitions';

export type QueueFilter = { state?: TicketStateName; kind?: TicketKindName; villageCode?: string };

export type QueueRow = {
  code: string;
  kind: TicketKindName;
  state: TicketStateName;
  channel: Channel;
  villageCode: string;
  villageName: string;
  applicantName: string;
  filedAt: string;
  updatedAt: string;
  // Codes of the other open usulan for the same No. KK that the caller may see.
  otherUsulan: string[];
};

const queueLimit = 200;

type QueueTicket = Pick<
  Ticket,
  | 'code'
  | 'kind'
  | 'state'
  | 'channel'
  | 'villageCode'
  | 'applicantName'
  | 'createdAt'
  | 'updatedAt'
  | 'kkHash'
> & { village: { name: string } };

function queueRowOf(ticket: QueueTicket, households: Map<string, string[]>): QueueRow {
  return {
    code: ticket.code,
    kind: ticket.kind,
    state: ticket.state,
    channel: ticket.channel,
    villageCode: ticket.villageCode,
    villageName: ticket.village.name,
    applicantName: ticket.applicantName,
    filedAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    otherUsulan: otherUsulanOf(households, ticket),
  };
}

// Tickets in the caller's regions, oldest first (the longest waiting are handled first).
export async function listTicketQueue(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  filter: QueueFilter,
): Promise<QueueRow[]> {
  const tickets = await database.prisma.ticket.findMany({
    where: {
      AND: [
        staffScope(caller).where,
        filter.state ? { state: filter.state } : {},
        filter.kind ? { kind: filter.kind } : {},
        filter.villageCode ? { villageCode: filter.villageCode } : {},
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: queueLimit,
    select: {
      code: true,
      kind: true,
      state: true,
      channel: true,
      villageCode: true,
      applicantName: true,
      createdAt: true,
      updatedAt: true,
      kkHash: true,
      village: { select: { name: true } },
    },
  });
  const households = await openUsulanByHousehold(
    database,
    caller,
    tickets.map((ticket) => ticket.kkHash),
  );
  return tickets.map((ticket) => queueRowOf(ticket, households));
}

export type TicketDetail = QueueRow & {
  applicantBirthDate: string;
  details: Record<string, unknown>;
  nextStates: TicketStateName[];
  attachments: { id: number; originalName: string; mediaType: string; sizeBytes: number }[];
  events: {
    fromState: TicketStateName | null;
    toState: TicketStateName;
    at: string;
    actor: string | null;
    note: string;
    musdesAgreed: boolean | null;
  }[];
};

export async function findTicketForStaff(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  code: string,
): Promise<TicketDetail | null> {
  const ticket = await database.prisma.ticket.findFirst({
    where: { AND: [{ code }, staffScope(caller).where] },
    include: {
      village: { select: { name: true } },
      attachments: { orderBy: { id: 'asc' } },
      events: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: { actor: { select: { displayName: true, username: true } } },
      },
    },
  });
  if (!ticket) return null;
  const households = await openUsulanByHousehold(database, caller, [ticket.kkHash]);
  // The keyed hash is for matching only; staff see the masked NIK.
  const details = Object.fromEntries(
    Object.entries((ticket.details ?? {}) as Record<string, unknown>).filter(([key]) => key !== 'nikHash'),
  );
  return {
    ...queueRowOf(ticket, households),
    applicantBirthDate: ticket.applicantBirthDate.toISOString().slice(0, 10),
    details,
    nextStates: nextStatesFor(ticket.state, caller.role),
    attachments: ticket.attachments.map((file) => ({
      id: file.id,
      originalName: file.originalName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
    })),
    events: ticket.events.map((event) => ({
      fromState: event.fromState,
      toState: event.toState,
      at: event.createdAt.toISOString(),
      actor: event.actor ? `${event.actor.displayName} (${event.actor.username})` : null,
      note: event.note,
      musdesAgreed: event.musdesAgreed,
    })),
  };
}

// An attachment's stored file, only for a caller who may see its ticket.
export async function findAttachmentForStaff(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  code: string,
  attachmentId: number,
): Promise<{ storedName: string; originalName: string; mediaType: string } | null> {
  return database.prisma.ticketAttachment.findFirst({
    where: { id: attachmentId, ticket: { AND: [{ code }, staffScope(caller).where] } },
    select: { storedName: true, originalName: true, mediaType: true },
  });
}

export type VillageAgeing = {
  villageCode: string;
  villageName: string;
  open: number;
  byState: Partial<Record<TicketStateName, number>>;
  oldestDays: number;
  averageDays: number;
};

// Open tickets per village: how many in each state and how long they have waited.
export async function ticketAgeing(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  now = new Date(),
): Promise<VillageAgeing[]> {
  const open = await database.prisma.ticket.findMany({
    where: { AND: [staffScope(caller).where, { state: { notIn: ['SELESAI', 'DITOLAK'] } }] },
    select: { villageCode: true, state: true, createdAt: true, village: { select: { name: true } } },
  });
  const villages = new Map<string, VillageAgeing & { totalDays: number }>();
  for (const ticket of open) {
    const days = Math.floor((now.getTime() - ticket.createdAt.getTime()) / 86_400_000);
    const entry = villages.get(ticket.villageCode) ?? {
      villageCode: ticket.villageCode,
      villageName: ticket.village.name,
      open: 0,
      byState: {},
      oldestDays: 0,
      averageDays: 0,
      totalDays: 0,
    };
    entry.open += 1;
    entry.byState[ticket.state] = (entry.byState[ticket.state] ?? 0) + 1;
    entry.oldestDays = Math.max(entry.oldestDays, days);
    entry.totalDays += days;
    villages.set(ticket.villageCode, entry);
  }
  return [...villages.values()]
    .map(({ totalDays, ...entry }) => ({ ...entry, averageDays: Math.round(totalDays / entry.open) }))
    .sort((a, b) => b.oldestDays - a.oldestDays || a.villageCode.localeCompare(b.villageCode));
}
