import 'server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db';
import { type StaffCaller, staffScope } from '@/lib/staff';
import { moveInTransaction, type ActionRecorder, type MoveOutcome } from './move-ticket';

// What an usulan's details hold (file-ticket.ts); a field that is missing reads as empty.
const usulanDetails = z.object({
  address: z.string().catch(''),
  members: z.array(z.string()).catch([]),
  reasons: z.string().catch(''),
});

export type MusdesItem = {
  code: string;
  applicantName: string;
  address: string;
  members: string[];
  reasons: string;
  filedAt: string;
};

// The village's usulan waiting for its meeting (DIAJUKAN), oldest first.
export async function listMusdesAgenda(
  database: Pick<Database, 'prisma'>,
  caller: StaffCaller,
  villageCode: string,
): Promise<MusdesItem[] | null> {
  if (!staffScope(caller).covers(villageCode)) return null;
  const tickets = await database.prisma.ticket.findMany({
    where: { villageCode, kind: 'USULAN', state: 'DIAJUKAN' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { code: true, applicantName: true, details: true, createdAt: true },
  });
  return tickets.map((ticket) => {
    const details = usulanDetails.parse(ticket.details ?? {});
    return {
      code: ticket.code,
      applicantName: ticket.applicantName,
      address: details.address,
      members: details.members,
      reasons: details.reasons,
      filedAt: ticket.createdAt.toISOString(),
    };
  });
}

export type MusdesDecision = { code: string; decision: 'agreed' | 'not-agreed' | 'skip'; reason: string };

export type MusdesOutcome =
  | { kind: 'recorded'; agreed: number; rejected: number }
  | { kind: 'refused'; code: string; outcome: Exclude<MoveOutcome, { kind: 'moved' }> }
  | { kind: 'out-of-scope' };

class RollBack extends Error {
  constructor(readonly outcome: MusdesOutcome) {
    super(outcome.kind);
  }
}

// The meeting's decisions for all of the village's usulan at once: every move commits, or
// none does. Agreed → checked by the village; not agreed → rejected with its reason.
export async function recordMusdesDecisions(
  { database, record }: { database: Pick<Database, 'prisma'>; record: ActionRecorder },
  caller: StaffCaller,
  meeting: { villageCode: string; minutes: string; decisions: readonly MusdesDecision[] },
): Promise<MusdesOutcome> {
  if (!staffScope(caller).covers(meeting.villageCode)) return { kind: 'out-of-scope' };
  try {
    return await database.prisma.$transaction(async (tx) => {
      let agreed = 0;
      let rejected = 0;
      for (const decision of meeting.decisions) {
        if (decision.decision === 'skip') continue;
        const inVillage = await tx.ticket.count({
          where: { code: decision.code, villageCode: meeting.villageCode, kind: 'USULAN' },
        });
        const outcome: MoveOutcome =
          inVillage === 0
            ? { kind: 'not-found' }
            : await moveInTransaction(tx, record, caller, {
                code: decision.code,
                expectedState: 'DIAJUKAN',
                ...(decision.decision === 'agreed'
                  ? { to: 'DIPERIKSA_DESA', musdesAgreed: true, note: meeting.minutes }
                  : { to: 'DITOLAK', musdesAgreed: false, note: decision.reason }),
              });
        if (outcome.kind !== 'moved') throw new RollBack({ kind: 'refused', code: decision.code, outcome });
        if (decision.decision === 'agreed') agreed += 1;
        else rejected += 1;
      }
      return { kind: 'recorded', agreed, rejected };
    });
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
}
