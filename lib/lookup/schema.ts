import { z } from 'zod';

// Messages are keys under `Lookup.errors` in messages/*.json, so the form shows them
// in the resident's language.
const villageCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'villageRequired');

const fullName = z
  .string()
  .trim()
  .min(1, 'nameRequired')
  .min(3, 'nameTooShort')
  .max(100, 'nameTooLong')
  .regex(/^[\p{L}\p{M}][\p{L}\p{M} .,'’`-]*$/u, 'nameCharacters');

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

export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

const birthDate = z.preprocess(
  toIsoDate,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'birthDateFormat')
    .refine(isRealDate, 'birthDateFormat')
    .refine((iso) => iso >= '1900-01-01' && new Date(`${iso}T00:00:00Z`) <= new Date(), 'birthDateRange')
    .optional(),
);

const nik = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/[\s.-]/g, '') || undefined : value),
  z
    .string()
    .regex(/^\d{16}$/, 'nikFormat')
    .optional(),
);

export const lookupInput = z.object({ villageCode, fullName, birthDate, nik });
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

function isLookupErrorKey(message: string): message is LookupErrorKey {
  return (lookupErrorKeys as readonly string[]).includes(message);
}

// The schema's messages are keys under Lookup.errors; any other message (a zod
// default) becomes the field's generic key, so the form never shows raw English.
export function errorKeyFor(field: LookupField, message: string): LookupErrorKey {
  return isLookupErrorKey(message) ? message : fallbackErrorKey[field];
}

export function isLookupField(name: PropertyKey): name is LookupField {
  return typeof name === 'string' && name in fallbackErrorKey;
}
