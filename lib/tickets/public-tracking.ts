import 'server-only';
import { db } from '@/lib/db';
import { birthDateFromBoxes, isRealDate, formText } from '@/lib/forms';
import { passPublicGate } from '@/lib/gate';
import { ticketFormValues } from './form-values';
import type { TrackingFlash } from './ticket-cookies';
import { normalizeTicketCode } from './ticket-code';
import { trackTicket, type TrackingOutcome } from './track-ticket';

export type PublicTrackingResult =
  | Extract<TrackingOutcome, { kind: 'found' }>
  | TrackingFlash
  | { kind: 'limited'; retryAfterSeconds: number };

// Tracking passes the same public gate as a lookup, plus a per-code budget of its own against
// guessing birth dates.
export async function runPublicTracking(
  form: FormData,
  request: { headers: Headers },
): Promise<PublicTrackingResult> {
  const typedCode = formText(form, 'code', 20);
  const code = normalizeTicketCode(typedCode);
  const birthDate = birthDateFromBoxes(ticketFormValues(form));
  const birthDateValid = birthDate !== '' && isRealDate(birthDate);
  if (!code || !birthDateValid)
    return { kind: 'invalid', errors: { code: !code, birthDate: !birthDateValid }, code: typedCode };

  const gate = await passPublicGate({ form, headers: request.headers, subject: { kind: 'ticket', code } });
  if (gate.kind === 'proof-failed') return { kind: 'proof-failed', code: typedCode };
  if (gate.kind === 'limited') return gate;
  try {
    const outcome = await trackTicket(await db(), code, birthDate);
    return outcome.kind === 'found' ? outcome : { kind: 'not-found', code: typedCode };
  } catch (error) {
    console.error('Tracking failed:', error instanceof Error ? error.name : 'unknown error');
    return { kind: 'service-error', code: typedCode };
  }
}
