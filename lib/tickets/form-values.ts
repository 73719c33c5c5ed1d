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
  birthDay: 4,
  birthMonth: 4,
  birthYear: 6,
  reasons: 700,
  members: 1400,
  description: 700,
};

export function formText(form: FormData, name: string, maxLength = 200): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

export function ticketFormValues(form: FormData): TicketFormValues {
  return Object.fromEntries(
    ticketTextFields.map((field) => [field, formText(form, field, maxLengths[field] ?? 200)]),
  );
}

// Three boxes → ISO date for the schema; a partly filled date stays invalid.
export function birthDateOf(values: TicketFormValues): string {
  const parts = [values.birthDay, values.birthMonth, values.birthYear].map((part) => (part ?? '').trim());
  if (parts.every((part) => part === '')) return '';
  const [day = '', month = '', year = ''] = parts;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// The fields the schema reads, for one kind, from a posted form.
export function postedTicket(form: FormData, kind: TicketKindName, villageCode: string) {
  const values = ticketFormValues(form);
  return {
    kind,
    submissionKey: formText(form, 'submissionKey', 80),
    villageCode,
    applicantBirthDate: birthDateOf(values),
    ...values,
  };
}
