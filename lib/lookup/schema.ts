import { z } from 'zod';
import { isoBirthDate, nik, personName, villageCode, issueKeys } from '@/lib/forms';

export { isRealDate } from '@/lib/forms';

// Messages are keys under `Lookup.errors` in messages/*.json, so the form shows them
// in the resident's language.

// Accepts what a date field sends (2025-03-07) and what people type where the browser
// shows a plain text field (07-03-2025, 7/3/2025).
function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
  return text;
}

export const lookupInput = z.object({
  villageCode,
  fullName: personName(),
  birthDate: z.preprocess(toIsoDate, isoBirthDate.optional()),
  nik,
});
export type LookupInput = z.infer<typeof lookupInput>;
export type LookupField = keyof LookupInput;

export const lookupErrorKeys = [
  'villageRequired',
  'nameRequired',
  'nameTooShort',
  'nameTooLong',
  'nameCharacters',
  'birthDateFormat',
  'birthDateRange',
  'nikFormat',
] as const;
export type LookupErrorKey = (typeof lookupErrorKeys)[number];

const fallbackErrorKey: Record<LookupField, LookupErrorKey> = {
  villageCode: 'villageRequired',
  fullName: 'nameRequired',
  birthDate: 'birthDateFormat',
  nik: 'nikFormat',
};
export const lookupFields = [
  'villageCode',
  'fullName',
  'birthDate',
  'nik',
] as const satisfies readonly LookupField[];
export type LookupErrors = Partial<Record<LookupField, LookupErrorKey>>;

export function lookupErrors(error: z.ZodError): LookupErrors {
  return issueKeys(error, fallbackErrorKey, lookupErrorKeys);
}
