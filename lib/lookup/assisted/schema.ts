import { z } from 'zod';
import { nik, optionalPersonName, villageCode, issueKeys } from '@/lib/forms';

// Messages are keys under `Assisted.errors` in messages/*.json.
export const defaultPurpose = 'layanan warga datang langsung';

// The operator searches by name within one village, or by NIK within their whole scope;
// the purpose and the resident's consent are recorded with every search.
export const assistedSearchInput = z
  .object({
    villageCode,
    fullName: optionalPersonName,
    nik,
    purpose: z.string().trim().min(5, 'purposeRequired').max(200, 'purposeTooLong'),
    consent: z.literal('ya', { message: 'consentRequired' }),
  })
  .refine((input) => input.fullName !== undefined || input.nik !== undefined, {
    message: 'nameOrNikRequired',
    path: ['fullName'],
  });
export type AssistedSearchInput = z.infer<typeof assistedSearchInput>;
export const assistedSearchFields = ['villageCode', 'fullName', 'nik', 'purpose', 'consent'] as const;
export type AssistedSearchField = (typeof assistedSearchFields)[number];

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

// Field errors as message keys; a zod default message becomes the field's generic key.
export function assistedSearchErrors(error: z.ZodError): AssistedSearchErrors {
  return issueKeys(error, fallbackErrorKey, assistedErrorKeys);
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
