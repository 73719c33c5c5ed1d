import 'server-only';
import { countRefusal, refused } from '@/lib/gate';
import { admitPublicRequest } from '@/lib/gate';
import { isKnownVillage } from '@/lib/regions';
import { lookupResidentsForPublic } from './run-lookup';
import { errorKeyFor, isLookupField, lookupInput, type LookupErrorKey, type LookupField } from './schema';
import type { LookupOutcome } from './find-residents';

export type LookupFormValues = { fullName: string; birthDay: string; birthMonth: string; birthYear: string };

export type PublicLookupResult =
  | { kind: 'invalid'; errors: Partial<Record<LookupField, LookupErrorKey>>; values: LookupFormValues }
  | { kind: 'proof-failed'; values: LookupFormValues }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'service-error'; values: LookupFormValues }
  | { kind: 'done'; villageCode: string; typedName: string; outcome: LookupOutcome };

function text(form: FormData, name: string, maxLength = 200): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

export function formValues(form: FormData): LookupFormValues {
  return {
    fullName: text(form, 'fullName'),
    birthDay: text(form, 'birthDay', 4),
    birthMonth: text(form, 'birthMonth', 4),
    birthYear: text(form, 'birthYear', 6),
  };
}

// Three boxes → "d-m-yyyy" for the schema; all empty means "not given".
function birthDateOf(values: LookupFormValues): string {
  const parts = [values.birthDay, values.birthMonth, values.birthYear].map((part) => part.trim());
  return parts.every((part) => part === '') ? '' : parts.join('-');
}

// The public lookup from a posted form to a result: validate, pass the public gate (proof of
// work or form token, and the limits), look up. Every expected failure is a value the page explains.
export async function runPublicLookup(
  form: FormData,
  request: { headers: Headers },
): Promise<PublicLookupResult> {
  const values = formValues(form);
  const parsed = lookupInput.safeParse({
    villageCode: text(form, 'villageCode'),
    fullName: values.fullName,
    birthDate: birthDateOf(values),
    nik: text(form, 'nik', 40),
  });
  if (!parsed.success) {
    const errors: Partial<Record<LookupField, LookupErrorKey>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field !== undefined && isLookupField(field)) errors[field] ??= errorKeyFor(field, issue.message);
    }
    return { kind: 'invalid', errors, values };
  }
  if (!(await isKnownVillage(parsed.data.villageCode)))
    return { kind: 'invalid', errors: { villageCode: 'villageRequired' }, values };

  const gate = await admitPublicRequest({
    form,
    headers: request.headers,
    subject: { kind: 'village', villageCode: parsed.data.villageCode },
  });
  if (gate.kind === 'proof-failed')
    return refused('PROOF_FAILED', { kind: 'proof-failed', values }, parsed.data.villageCode);
  if (gate.kind === 'limited')
    return refused(
      'RATE_LIMITED',
      { kind: 'limited', retryAfterSeconds: gate.retryAfterSeconds },
      parsed.data.villageCode,
    );
  try {
    const outcome = await lookupResidentsForPublic(parsed.data);
    if (outcome.kind === 'locked') countRefusal('CONFIRMATION_CAPPED', parsed.data.villageCode);
    return { kind: 'done', villageCode: parsed.data.villageCode, typedName: parsed.data.fullName, outcome };
  } catch (error) {
    console.error('Lookup failed:', error instanceof Error ? error.name : 'unknown error');
    return { kind: 'service-error', values };
  }
}
