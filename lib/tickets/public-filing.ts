import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { passPublicGate } from '@/lib/gate';
import { isKnownVillage } from '@/lib/regions';
import { type StaffCaller, recordStaffAction } from '@/lib/staff';
import { attachmentStore, checkAttachments, type UploadedFile } from './attachment-store';
import { fileTicket, type FilingChannel } from './file-ticket';
import { formText } from '@/lib/forms';
import { postedTicket, ticketFormValues, type TicketFormValues } from './form-values';
import { ticketErrors, ticketInput, type TicketErrors, type TicketKindName } from './schema';

export type FilingResult =
  | { kind: 'invalid'; errors: TicketErrors; values: TicketFormValues }
  | { kind: 'proof-failed'; values: TicketFormValues }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'service-error'; values: TicketFormValues }
  | { kind: 'filed'; code: string; ticketKind: TicketKindName };

function uploadedFiles(form: FormData): UploadedFile[] {
  return form
    .getAll('attachments')
    .filter((entry): entry is File => typeof entry !== 'string')
    .map((file) => ({
      name: file.name,
      size: file.size,
      bytes: async () => new Uint8Array(await file.arrayBuffer()),
    }));
}

type Gate = (villageCode: string) => Promise<{ kind: 'open' } | Exclude<FilingResult, { kind: 'filed' }>>;

// From a posted form to a stored ticket: validate, pass the gate (proof of work and rate
// limits for residents; nothing more for signed-in staff), check the files, file.
async function runFiling(
  form: FormData,
  kind: TicketKindName,
  channel: FilingChannel,
  gate: Gate,
): Promise<FilingResult> {
  const values = ticketFormValues(form);
  const parsed = ticketInput.safeParse(postedTicket(form, kind, formText(form, 'villageCode')));
  if (!parsed.success) return { kind: 'invalid', errors: ticketErrors(parsed.error), values };
  if (!(await isKnownVillage(parsed.data.villageCode)))
    return { kind: 'invalid', errors: { villageCode: 'villageRequired' }, values };
  const passed = await gate(parsed.data.villageCode);
  if (passed.kind !== 'open') return passed;

  const { attachments } = config();
  const checked = await checkAttachments(uploadedFiles(form), attachments.maxBytes);
  if (checked.kind === 'refused')
    return { kind: 'invalid', errors: { attachments: checked.problem }, values };
  try {
    const outcome = await fileTicket(
      {
        database: await db(),
        secret: portalSecret(),
        store: attachmentStore(attachments.dir),
        record: recordStaffAction,
      },
      parsed.data,
      channel,
      checked.attachments,
    );
    if (outcome.kind === 'duplicate-usulan')
      return { kind: 'invalid', errors: { kk: 'duplicateUsulan' }, values };
    if (outcome.kind === 'out-of-scope')
      return { kind: 'invalid', errors: { villageCode: 'villageRequired' }, values };
    return { kind: 'filed', code: outcome.code, ticketKind: outcome.ticketKind };
  } catch (error) {
    console.error('Filing failed:', error instanceof Error ? error.name : 'unknown error');
    return { kind: 'service-error', values };
  }
}

// A resident's filing passes the same public gate as a lookup.
export function fileTicketFromPublic(
  form: FormData,
  kind: TicketKindName,
  request: { headers: Headers },
): Promise<FilingResult> {
  return runFiling(form, kind, { channel: 'PUBLIC' }, async (villageCode) => {
    const gate = await passPublicGate({
      form,
      headers: request.headers,
      subject: { kind: 'village', code: villageCode },
    });
    if (gate.kind === 'proof-failed') return { kind: 'proof-failed', values: ticketFormValues(form) };
    if (gate.kind === 'limited') return gate;
    return { kind: 'open' };
  });
}

// An operator files for a walk-in resident of one of their villages.
export function fileTicketForResident(
  form: FormData,
  kind: TicketKindName,
  caller: StaffCaller,
): Promise<FilingResult> {
  return runFiling(form, kind, { channel: 'OPERATOR', caller }, async () => ({ kind: 'open' }));
}
