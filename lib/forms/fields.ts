import { z } from 'zod';
import { isReadableCode } from '@/lib/formats';
import { isRegionCodeOf } from '@/lib/regions';

// The fields several forms share, each checked the same way everywhere. Their messages are
// message keys that every form's namespace defines under the same name (villageRequired,
// nameTooShort, nikFormat …), so a form shows them in the resident's language.

export const villageCode = z
  .string()
  .trim()
  .refine((code) => isRegionCodeOf('village', code), 'villageRequired');

// A ticket's code as the portal prints it (two groups of four readable characters).
export const ticketCode = z.string().refine((code) => isReadableCode(code));

const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} .,'’`-]*$/u;

// A person's name as written on a KK; `requiredKey` says which name is missing (the
// applicant's, the recipient's …).
export const personName = (requiredKey = 'nameRequired') =>
  z
    .string()
    .trim()
    .min(1, requiredKey)
    .min(3, 'nameTooShort')
    .max(100, 'nameTooLong')
    .regex(namePattern, 'nameCharacters');

// A name the form may leave empty (an operator may search by NIK instead).
export const optionalPersonName = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  personName().optional(),
);

// Spaces, dots and dashes people type inside a NIK or a KK number are dropped.
const withoutSeparators = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[\s.-]/g, '') : value;
const blankAsMissing = (value: unknown) => withoutSeparators(value) || undefined;

// NIK (Nomor Induk Kependudukan): 16 digits, or nothing.
export const nik = z.preprocess(
  blankAsMissing,
  z
    .string()
    .regex(/^\d{16}$/, 'nikFormat')
    .optional(),
);
// No. KK (Kartu Keluarga number): 16 digits; a field the form left out reads as empty.
export const kk = z.preprocess(
  (value) => withoutSeparators(value) ?? '',
  z
    .string()
    .min(1, 'kkRequired')
    .regex(/^\d{16}$/, 'kkFormat'),
);
export const optionalKk = z.preprocess(
  blankAsMissing,
  z
    .string()
    .regex(/^\d{16}$/, 'kkFormat')
    .optional(),
);

export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

// A birth date as an ISO day, real, not before 1900 and not in the future.
export const isoBirthDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'birthDateFormat')
  .refine(isRealDate, 'birthDateFormat')
  .refine((iso) => iso >= '1900-01-01' && new Date(`${iso}T00:00:00Z`) <= new Date(), 'birthDateRange');

export const birthDate = z.string().trim().min(1, 'birthDateRequired').pipe(isoBirthDate);

// Birth dates are typed in three boxes (day, month, year): a phone shows a number pad, and
// nobody scrolls a calendar back fifty years.
export const birthDateBoxFields = ['birthDay', 'birthMonth', 'birthYear'] as const;
export const birthDateBoxLengths = { birthDay: 4, birthMonth: 4, birthYear: 6 } as const;
export type BirthDateBoxes = Partial<Record<(typeof birthDateBoxFields)[number], string>>;

// Three boxes → an ISO day for the schema: '' when all are empty, 'invalid' when they are partly
// filled or not numbers (the schema then says the date's format is wrong).
export function birthDateFromBoxes(boxes: BirthDateBoxes): string {
  const [day = '', month = '', year = ''] = birthDateBoxFields.map((box) => (boxes[box] ?? '').trim());
  if (day === '' && month === '' && year === '') return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
