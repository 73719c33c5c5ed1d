import 'server-only';
import type { Database } from '@/lib/db';
import { maskName } from '@/lib/registry';
import type { TicketKindName } from './schema';
import { normalizeTicketCode } from './ticket-code';
import type { TicketStateName } from './transitions';

export type TrackingStep = {
  state: TicketStateName;
  at: string;
  // Only what the resident should read: the Musdes decision and a rejection's reason.
  musdesAgreed: boolean | null;
  reason: string | null;
};

export type TrackingView = {
  code: string;
  kind: TicketKindName;
  state: TicketStateName;
  maskedName: string;
  filedAt: string;
  steps: TrackingStep[];
};

export type TrackingOutcome = { kind: 'found'; ticket: TrackingView } | { kind: 'not-found' };

// The resident's view of a ticket, for its code and the applicant's full date of birth.
// A wrong code and a wrong date give the same answer, so neither can be probed alone.
export async function trackTicket(
  database: Pick<Database, 'prisma'>,
  codeText: string,
  birthDate: string,
): Promise<TrackingOutcome> {
  const code = normalizeTicketCode(codeText);
  if (!code) return { kind: 'not-found' };
  const ticket = await database.prisma.ticket.findFirst({
    where: { code, applicantBirthDate: new Date(`${birthDate}T00:00:00Z`) },
    select: {
      code: true,
      kind: true,
      state: true,
      applicantName: true,
      createdAt: true,
      events: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { toState: true, createdAt: true, note: true, musdesAgreed: true },
      },
    },
  });
  if (!ticket) return { kind: 'not-found' };
  return {
    kind: 'found',
    ticket: {
      code: ticket.code,
      kind: ticket.kind,
      state: ticket.state,
      maskedName: maskName(ticket.applicantName),
      filedAt: ticket.createdAt.toISOString(),
      steps: ticket.events.map((event) => ({
        state: event.toState,
        at: event.createdAt.toISOString(),
        musdesAgreed: event.musdesAgreed,
        reason: event.toState === 'DITOLAK' ? event.note : null,
      })),
    },
  };
}
