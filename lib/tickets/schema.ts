import { z } from 'zod';
import { TicketKind } from '@/lib/db/client';
import { birthDate, kk, nik, optionalKk, personName, villageCode, issueKeys } from '@/lib/forms';

// Messages are keys under `Tickets.errors` in messages/*.json, so the form shows them in
// the resident's language.
export const ticketKinds: readonly TicketKind[] = Object.values(TicketKind);
export type TicketKindName = TicketKind;
// Ticket forms bind the kind to their action; a client can send anything in its place.
export const ticketKindName = z.enum(TicketKind);

export const objectionReasons = [
  'MAMPU',
  'PINDAH',
  'MENINGGAL',
  'GANDA',
  'TIDAK_DIKENAL',
  'LAINNYA',
] as const;
export const correctionTypes = ['NAMA', 'ALAMAT', 'ANGGOTA_KELUARGA', 'ANGGOTA_MENINGGAL'] as const;

const phone = z.preprocess(
  (value) =>
    value === undefined || value === null
      ? ''
      : typeof value === 'string'
        ? value.replace(/[\s-]/g, '')
        : value,
  z
    .string()
    .regex(/^(\+?\d{8,15})?$/, 'phoneFormat')
    .transform((value) => value || undefined),
);

// Long texts stay short enough to read at a village meeting (and to fit a form's sealed
// cookie when it comes back with an error).
const text = (min: number, max: number, required: string) =>
  z.string().trim().min(1, required).min(min, 'textTooShort').max(max, 'textTooLong');

const members = z
  .string()
  .trim()
  .min(1, 'membersRequired')
  .transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  )
  .pipe(z.array(z.string().max(80, 'memberTooLong')).min(1, 'membersRequired').max(15, 'tooManyMembers'));

// The random key the form carries from the moment it was rendered: the same form sent
// twice lands once.
export const submissionKey = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'formExpired');

const common = {
  submissionKey,
  villageCode,
  applicantName: personName('nameRequired'),
  applicantBirthDate: birthDate,
  nik,
  phone,
};

export const ticketInput = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('USULAN'),
    kk,
    address: text(5, 200, 'addressRequired'),
    reasons: text(10, 600, 'reasonsRequired'),
    members,
  }),
  z.object({
    ...common,
    kind: z.literal('SANGGAHAN'),
    kk: optionalKk,
    recipientName: personName('recipientRequired'),
    reasonCategory: z.enum(objectionReasons, 'reasonCategoryRequired'),
    description: text(10, 600, 'descriptionRequired'),
  }),
  z.object({
    ...common,
    kind: z.literal('PERBAIKAN_DATA'),
    kk,
    correctionType: z.enum(correctionTypes, 'correctionTypeRequired'),
    description: text(10, 600, 'descriptionRequired'),
  }),
]);
export type TicketInput = z.infer<typeof ticketInput>;

export const ticketErrorKeys = [
  'villageRequired',
  'nameRequired',
  'nameTooShort',
  'nameTooLong',
  'nameCharacters',
  'birthDateRequired',
  'birthDateFormat',
  'birthDateRange',
  'nikFormat',
  'kkRequired',
  'kkFormat',
  'phoneFormat',
  'addressRequired',
  'reasonsRequired',
  'descriptionRequired',
  'textTooShort',
  'textTooLong',
  'membersRequired',
  'memberTooLong',
  'tooManyMembers',
  'recipientRequired',
  'reasonCategoryRequired',
  'correctionTypeRequired',
  'formExpired',
  'attachmentType',
  'attachmentTooBig',
  'tooManyAttachments',
  'duplicateUsulan',
] as const;
export type TicketErrorKey = (typeof ticketErrorKeys)[number];

export const ticketFields = [
  'villageCode',
  'applicantName',
  'applicantBirthDate',
  'nik',
  'kk',
  'phone',
  'address',
  'reasons',
  'members',
  'recipientName',
  'reasonCategory',
  'correctionType',
  'description',
  'attachments',
  'submissionKey',
] as const;
export type TicketField = (typeof ticketFields)[number];
export type TicketErrors = Partial<Record<TicketField, TicketErrorKey>>;

const fallbackKey: Record<TicketField, TicketErrorKey> = {
  villageCode: 'villageRequired',
  applicantName: 'nameRequired',
  applicantBirthDate: 'birthDateFormat',
  nik: 'nikFormat',
  kk: 'kkFormat',
  phone: 'phoneFormat',
  address: 'addressRequired',
  reasons: 'reasonsRequired',
  members: 'membersRequired',
  recipientName: 'recipientRequired',
  reasonCategory: 'reasonCategoryRequired',
  correctionType: 'correctionTypeRequired',
  description: 'descriptionRequired',
  attachments: 'attachmentType',
  submissionKey: 'formExpired',
};

// The first problem of each field, as a message key.
export function ticketErrors(error: z.ZodError): TicketErrors {
  return issueKeys(error, fallbackKey, ticketErrorKeys);
}
