import { z } from 'zod';

// Messages are keys under `Assisted.errors` in messages/*.json.
export const defaultPurpose = 'layanan warga datang langsung';

const villageCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'villageRequired');

const fullName = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .min(3, 'nameTooShort')
    .max(100, 'nameTooLong')
    .regex(/^[\p{L}\p{M}][\p{L}\p{M} .,'’`-]*$/u, 'nameCharacters')
    .optional(),
);

const nik = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/[\s.-]/g, '') || undefined : value),
  z
    .string()
    .regex(/^\d{16}$/, 'nikFormat')
    .optional(),
);

// The operator searches by name within one village, or by NIK within their whole scope;
// the purpose and the resident's consent are recorded with every search.
export const assistedSearchInput = z
  .object({
    villageCode,
    fullName,
    nik,
    purpose: z.string().trim().min(5, 'purposeRequired').max(200, 'purposeTooLong'),
    consent: z.literal('ya', { message: 'consentRequired' }),
  })
  .refine((input) => input.fullName !== undefined || input.nik !== undefined, {
    message: 'nameOrNikRequired',
    path: ['fullName'],
  });
export type AssistedSearchInput = z.infer<typeof assistedSearchInput>;
export type AssistedSearchField = 'villageCode' | 'fullName' | 'nik' | 'purpose' | 'consent';

export const assistedErrorKeys = [
  'villageRequired',
  'nameTooShort',
  'nameTooLong',
  'nameCharacters',
  'nikFormat',
  'purposeRequired',
  'purposeTooLong',
  'consentRequired',
  'nameOrNikRequired',
] as const;
export type AssistedErrorKey = (typeof assistedErrorKeys)[number];

const fallbackErrorKey: Record<AssistedSearchField, AssistedErrorKey> = {
  villageCode: 'villageRequired',
  fullName: 'nameCharacters',
  nik: 'nikFormat',
  purpose: 'purposeRequired',
  consent: 'consentRequired',
};

export type AssistedSearchErrors = Partial<Record<AssistedSearchField, AssistedErrorKey>>;

function isSearchField(name: PropertyKey): name is AssistedSearchField {
  return typeof name === 'string' && name in fallbackErrorKey;
}

function isErrorKey(message: string): message is AssistedErrorKey {
  return (assistedErrorKeys as readonly string[]).includes(message);
}

// Field errors as message keys; a zod default message becomes the field's generic key.
export function assistedSearchErrors(error: z.ZodError): AssistedSearchErrors {
  const errors: AssistedSearchErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined || !isSearchField(field)) continue;
    errors[field] ??= isErrorKey(issue.message) ? issue.message : fallbackErrorKey[field];
  }
  return errors;
}

export type AssistedSearchParse =
  { success: true; data: AssistedSearchInput } | { success: false; errors: AssistedSearchErrors };

// Every problem at once, so the operator fixes the form in one round: zod skips the
// "name or NIK" rule while another field fails, so it is checked here as well.
export function parseAssistedSearch(raw: Record<string, string>): AssistedSearchParse {
  const parsed = assistedSearchInput.safeParse(raw);
  if (parsed.success) return parsed;
  const errors = assistedSearchErrors(parsed.error);
  if ((raw.fullName ?? '').trim() === '' && (raw.nik ?? '').trim() === '')
    errors.fullName ??= 'nameOrNikRequired';
  return { success: false, errors };
}
