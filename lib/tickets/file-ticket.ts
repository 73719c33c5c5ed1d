import 'server-only';
import type { Database } from '@/lib/db';
import { keyedHash, maskIdentityNumber } from '@/lib/registry';
import { type StaffCaller, staffScope } from '@/lib/staff';
import type { ActionRecorder } from './move-ticket';
import type { AttachmentStore, CheckedAttachment, StoredAttachment } from './attachment-store';
import type { TicketInput } from './schema';
import { newTicketCode } from './ticket-code';
import { violatedUniqueIndex } from './unique-violation';

export type FilingChannel = { channel: 'PUBLIC' } | { channel: 'OPERATOR'; caller: StaffCaller };

export type FilingOutcome =
  | { kind: 'filed'; code: string; ticketKind: TicketInput['kind']; repeated: boolean }
  | { kind: 'duplicate-usulan' }
  | { kind: 'out-of-scope' };

export type FilingDependencies = {
  database: Pick<Database, 'prisma'>;
  secret: string;
  store: AttachmentStore;
  // Logs a filing by staff in its transaction (lib/staff/log).
  record?: ActionRecorder;
};

// What staff need to act on, by kind; NIK and KK only as keyed hash and masked form.
function detailsOf(input: TicketInput, nikHash: string | null) {
  const identity = {
    nikHash: nikHash ?? undefined,
    nikMasked: input.nik ? maskIdentityNumber(input.nik) : undefined,
    kkMasked: input.kk ? maskIdentityNumber(input.kk) : undefined,
    phone: input.phone,
  };
  switch (input.kind) {
    case 'USULAN':
      return { ...identity, address: input.address, reasons: input.reasons, members: input.members };
    case 'SANGGAHAN':
      return {
        ...identity,
        recipientName: input.recipientName,
        reasonCategory: input.reasonCategory,
        description: input.description,
      };
    case 'PERBAIKAN_DATA':
      return { ...identity, correctionType: input.correctionType, description: input.description };
  }
}

// Who filed, as typed: one open usulan per No. KK and filer. A stranger who files for a KK does
// not block the family, whose own filing differs in name, birth date, phone or NIK; one filer
// cannot pile up usulan for a KK without changing what they say about themselves, which the
// public gate's limits then count.
function filerHashOf(secret: string, input: TicketInput): string {
  const name = input.applicantName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const phone = (input.phone ?? '').replace(/\D/g, '');
  return keyedHash(
    secret,
    'ticket-filer',
    [name, input.applicantBirthDate, phone, input.nik ?? ''].join('|'),
  );
}

async function existingBySubmission(
  database: Pick<Database, 'prisma'>,
  submissionKey: string,
): Promise<FilingOutcome | null> {
  const ticket = await database.prisma.ticket.findUnique({
    where: { submissionKey },
    select: { code: true, kind: true },
  });
  return ticket ? { kind: 'filed', code: ticket.code, ticketKind: ticket.kind, repeated: true } : null;
}

// Files a ticket and answers only once it is committed: attachments are written and
// flushed first, the ticket, its first event and the attachment rows commit together,
// and files of a ticket that did not commit are removed.
export async function fileTicket(
  { database, secret, store, record }: FilingDependencies,
  input: TicketInput,
  channel: FilingChannel,
  attachments: readonly CheckedAttachment[],
): Promise<FilingOutcome> {
  if (channel.channel === 'OPERATOR' && !staffScope(channel.caller).covers(input.villageCode))
    return { kind: 'out-of-scope' };
  const earlier = await existingBySubmission(database, input.submissionKey);
  if (earlier) return earlier;

  const kkHash = input.kk ? keyedHash(secret, 'kk', input.kk) : null;
  const nikHash = input.nik ? keyedHash(secret, 'nik', input.nik) : null;
  const filerHash = filerHashOf(secret, input);
  const stored = await store.write(attachments);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const code = await insertTicket(
          database,
          record,
          input,
          channel,
          { kkHash, nikHash, filerHash },
          stored,
        );
        return { kind: 'filed', code, ticketKind: input.kind, repeated: false };
      } catch (error) {
        const index = violatedUniqueIndex(error);
        if (index === 'other' && attempt < 3) continue;
        throw error;
      }
    }
  } catch (error) {
    await store.remove(stored);
    const index = violatedUniqueIndex(error);
    if (index === 'submission') {
      const winner = await existingBySubmission(database, input.submissionKey);
      if (winner) return winner;
    }
    if (index === 'open-usulan') return { kind: 'duplicate-usulan' };
    throw error;
  }
}

async function insertTicket(
  database: Pick<Database, 'prisma'>,
  record: ActionRecorder | undefined,
  input: TicketInput,
  channel: FilingChannel,
  hashes: { kkHash: string | null; nikHash: string | null; filerHash: string },
  stored: readonly StoredAttachment[],
): Promise<string> {
  const filedById = channel.channel === 'OPERATOR' ? channel.caller.userId : null;
  const code = newTicketCode();
  await database.prisma.$transaction(async (tx) => {
    const person = hashes.nikHash
      ? await tx.person.findFirst({
          where: { nikHash: hashes.nikHash, villageCode: input.villageCode },
          select: { id: true },
        })
      : null;
    await tx.ticket.create({
      data: {
        code,
        kind: input.kind,
        channel: channel.channel,
        villageCode: input.villageCode,
        submissionKey: input.submissionKey,
        applicantName: input.applicantName,
        applicantBirthDate: new Date(`${input.applicantBirthDate}T00:00:00Z`),
        kkHash: hashes.kkHash,
        filerHash: hashes.filerHash,
        personId: person?.id ?? null,
        details: detailsOf(input, hashes.nikHash),
        filedById,
        events: { create: { fromState: null, toState: 'DIAJUKAN', actorId: filedById } },
        attachments: {
          create: stored.map((file) => ({
            storedName: file.storedName,
            originalName: file.originalName,
            mediaType: file.mediaType,
            sizeBytes: file.size,
          })),
        },
      },
    });
    if (channel.channel === 'OPERATOR' && record)
      await record(
        {
          actorId: channel.caller.userId,
          action: 'ticket.file',
          subject: code,
          detail: { kind: input.kind },
        },
        tx,
      );
  });
  return code;
}
