import 'server-only';
import type { Database, Prisma } from '@/lib/db';
import { type StaffCaller, staffScope } from '@/lib/staff';
import { checkMove, type MoveCheck, type TicketStateName } from './transitions';

type JsonValue = string | number | boolean | null;

// lib/staff/log's recordStaffAction, passed in so the move and its log entry commit together.
export type ActionRecorder = (
  action: { actorId: number; action: string; subject: string; detail: { [key: string]: JsonValue } },
  tx: Prisma.TransactionClient,
) => Promise<unknown>;

export type MoveDependencies = { database: Pick<Database, 'prisma'>; record: ActionRecorder };

export type MoveInput = {
  code: string;
  to: TicketStateName;
  note: string;
  musdesAgreed?: boolean;
  // The state the staff member saw; a ticket someone else moved meanwhile is not moved again.
  expectedState?: TicketStateName;
};

export type MoveOutcome =
  | { kind: 'moved'; from: TicketStateName; to: TicketStateName }
  | { kind: 'not-found' }
  | { kind: 'stale' }
  | Extract<MoveCheck, { kind: 'refused' }>;

class RollBack extends Error {
  constructor(readonly outcome: MoveOutcome) {
    super(outcome.kind);
  }
}

// One move inside the caller's transaction: scope in the query, the rule table, a
// compare-and-set on the state, the event and the staff log entry.
export async function moveInTransaction(
  tx: Prisma.TransactionClient,
  record: ActionRecorder,
  caller: StaffCaller,
  input: MoveInput,
): Promise<MoveOutcome> {
  const ticket = await tx.ticket.findFirst({
    where: { AND: [{ code: input.code }, staffScope(caller).where] },
    select: { id: true, state: true, villageCode: true },
  });
  if (!ticket) return { kind: 'not-found' };
  if (input.expectedState && input.expectedState !== ticket.state) return { kind: 'stale' };
  const note = input.note.trim();
  const check = checkMove({
    from: ticket.state,
    to: input.to,
    role: caller.role,
    note,
    musdesAgreed: input.musdesAgreed,
  });
  if (check.kind === 'refused') return check;
  // The Musdes decision belongs to the village's step: its check, or its rejection.
  const musdesAgreed = ticket.state === 'DIAJUKAN' ? (input.musdesAgreed ?? null) : null;
  const updated = await tx.ticket.updateMany({
    where: { id: ticket.id, state: ticket.state },
    data: { state: input.to },
  });
  if (updated.count !== 1) return { kind: 'stale' };
  await tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      fromState: ticket.state,
      toState: input.to,
      actorId: caller.userId,
      note,
      musdesAgreed,
    },
  });
  await record(
    {
      actorId: caller.userId,
      action: 'ticket.move',
      subject: input.code,
      detail: { from: ticket.state, to: input.to, village: ticket.villageCode, musdesAgreed },
    },
    tx,
  );
  return { kind: 'moved', from: ticket.state, to: input.to };
}

export async function moveTicket(
  { database, record }: MoveDependencies,
  caller: StaffCaller,
  input: MoveInput,
): Promise<MoveOutcome> {
  try {
    return await database.prisma.$transaction(async (tx) => {
      const outcome = await moveInTransaction(tx, record, caller, input);
      if (outcome.kind !== 'moved') throw new RollBack(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
}
