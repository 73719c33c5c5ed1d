import 'server-only';
import { refused } from '@/lib/audit';
import { proofFieldName, verifyLookupProof } from '@/lib/captcha';
import { db } from '@/lib/db';
import { isRealDate } from '@/lib/lookup/schema';
import { admitLookup } from '@/lib/rate-limit';
import { birthDateOf, formText, ticketFormValues } from './form-values';
import type { TrackingFlash } from './ticket-cookies';
import { normalizeTicketCode } from './ticket-code';
import { trackTicket, type TrackingOutcome } from './track-ticket';

export type PublicTrackingResult =
  | Extract<TrackingOutcome, { kind: 'found' }>
  | TrackingFlash
  | { kind: 'limited'; retryAfterSeconds: number };

// Tracking is guarded like a lookup: proof of work, the per-IP limit, and a per-code
// budget (the lookup's per-village window, keyed by the code) against guessing dates.
export async function runPublicTracking(
  form: FormData,
  request: { headers: Headers },
): Promise<PublicTrackingResult> {
  const typedCode = formText(form, 'code', 20);
  const code = normalizeTicketCode(typedCode);
  const birthDate = birthDateOf(ticketFormValues(form));
  const birthDateValid = birthDate !== '' && isRealDate(birthDate);
  if (!code || !birthDateValid)
    return { kind: 'invalid', errors: { code: !code, birthDate: !birthDateValid }, code: typedCode };

  const proof = await verifyLookupProof(formText(form, proofFieldName, 8000) || undefined);
  if (proof.kind === 'failed') return refused('PROOF_FAILED', { kind: 'proof-failed', code: typedCode });
  const admission = await admitLookup({
    headers: request.headers,
    villageCode: `tiket:${code}`,
    withProof: proof.kind === 'passed',
  });
  if (admission.kind === 'limited')
    return refused('RATE_LIMITED', { kind: 'limited', retryAfterSeconds: admission.retryAfterSeconds });
  try {
    const outcome = await trackTicket(await db(), code, birthDate);
    return outcome.kind === 'found' ? outcome : { kind: 'not-found', code: typedCode };
  } catch (error) {
    console.error('Tracking failed:', error instanceof Error ? error.name : 'unknown error');
    return { kind: 'service-error', code: typedCode };
  }
}
