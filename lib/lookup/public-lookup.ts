import 'server-only';
import { countRefusal, passPublicGate } from '@/lib/gate';
import { isKnownVillage } from '@/lib/regions';
import { lookupResidentsForPublic, searchPublicCandidates } from './run-lookup';
import { birthDateFromBoxes, formText } from '@/lib/forms';
import { lookupErrors, lookupInput, type LookupErrors } from './schema';
import type { CandidateSearch, LookupOutcome } from './find-residents';

export type LookupFormValues = { fullName: string; birthDay: string; birthMonth: string; birthYear: string };

export type PublicLookupResult =
  | { kind: 'invalid'; errors: LookupErrors; values: LookupFormValues }
  | { kind: 'proof-failed'; values: LookupFormValues }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'service-error'; values: LookupFormValues }
  | { kind: 'done'; villageCode: string; typedName: string; outcome: LookupOutcome };

export function formValues(form: FormData): LookupFormValues {
  return {
    fullName: formText(form, 'fullName'),
    birthDay: formText(form, 'birthDay', 4),
    birthMonth: formText(form, 'birthMonth', 4),
    birthYear: formText(form, 'birthYear', 6),
  };
}

// The public lookup from a posted form to a result: validate, pass the public gate (proof of
// work or form token, and the limits), look up. Every expected failure is a value the page explains.
export async function runPublicLookup(
  form: FormData,
  request: { headers: Headers },
): Promise<PublicLookupResult> {
  const values = formValues(form);
  const parsed = lookupInput.safeParse({
    villageCode: formText(form, 'villageCode'),
    fullName: values.fullName,
    birthDate: birthDateFromBoxes(values),
    nik: formText(form, 'nik', 40),
  });
  if (!parsed.success) return { kind: 'invalid', errors: lookupErrors(parsed.error), values };
  if (!(await isKnownVillage(parsed.data.villageCode)))
    return { kind: 'invalid', errors: { villageCode: 'villageRequired' }, values };

  // The candidates are read while the gate counts the limits, once the proof or token checked out:
  // a request without a pass never reaches the registry.
  let search: Promise<CandidateSearch> | undefined;
  const gate = await passPublicGate({
    form,
    headers: request.headers,
    subject: { kind: 'village', code: parsed.data.villageCode },
    onPass: () => {
      search = searchPublicCandidates(parsed.data);
      // Awaited below when admitted; a refused request drops it, and its failure with it.
      search.catch(() => undefined);
    },
  });
  if (gate.kind === 'proof-failed') return { kind: 'proof-failed', values };
  if (gate.kind === 'limited') return gate;
  try {
    const outcome = await lookupResidentsForPublic(parsed.data, search);
    if (outcome.kind === 'locked') countRefusal('CONFIRMATION_CAPPED', parsed.data.villageCode);
    return { kind: 'done', villageCode: parsed.data.villageCode, typedName: parsed.data.fullName, outcome };
  } catch (error) {
    console.error('Lookup failed:', error instanceof Error ? error.name : 'unknown error');
    return { kind: 'service-error', values };
  }
}
