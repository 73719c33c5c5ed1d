import { birthDateBoxLengths, birthDateFromBoxes, formText, formTexts } from '@/lib/forms';
import type { TicketKindName } from './schema';

// What a ticket form posted, as plain strings, to show again after an error. Files are
// never kept: the resident picks them again.
export const ticketTextFields = [
  'applicantName',
  'birthDay',
  'birthMonth',
  'birthYear',
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
] as const;
export type TicketTextField = (typeof ticketTextFields)[number];
export type TicketFormValues = Partial<Record<TicketTextField, string>>;

const maxLengths: Partial<Record<TicketTextField, number>> = {
  ...birthDateBoxLengths,
  reasons: 700,
  members: 1400,
  description: 700,
};

export function ticketFormValues(form: FormData): TicketFormValues {
  return formTexts(form, ticketTextFields, maxLengths);
}

// The fields the schema reads, for one kind, from a posted form.
export function postedTicket(form: FormData, kind: TicketKindName, villageCode: string) {
  const values = ticketFormValues(form);
  return {
    kind,
    submissionKey: formText(form, 'submissionKey', 80),
    villageCode,
    applicantBirthDate: birthDateFromBoxes(values),
    ...values,
  };
}
