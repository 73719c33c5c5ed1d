import type { LookupDecision, LookupQuery } from './decide-lookup';

// What a lookup tried to confirm, for the daily cap on wrong birth dates and NIKs. The
// cap protects the person looked up, whoever asks and from whatever address: otherwise
// a neighbour who knows a name could walk the ~366 possible birth dates (or the few
// unknown NIK digits) until one confirms.
export type ConfirmationAttempt =
  // A name alone confirms nothing sensitive: nothing is counted or locked.
  | { kind: 'none' }
  | { kind: 'confirmed'; personIds: number[] }
  // One failure for each person whose name matched (exact or probable), shown or not.
  | { kind: 'failed'; personIds: number[] };

export function confirmationAttempt(
  decision: LookupDecision,
  query: Pick<LookupQuery, 'birthDate' | 'nikGiven'>,
): ConfirmationAttempt {
  if (query.birthDate === undefined && !query.nikGiven) return { kind: 'none' };
  const confirmed =
    decision.kind === 'show' && (query.birthDate === undefined || decision.birthDateConfirmed);
  return confirmed
    ? { kind: 'confirmed', personIds: decision.ids }
    : { kind: 'failed', personIds: decision.nameMatches };
}

// failuresBefore: the most failures any subject of this lookup (a person, or the village
// + name) had today before this attempt. At the cap, even a correct birth date or NIK
// no longer confirms until the next day (WIB).
export function isConfirmationLocked(failuresBefore: number, failuresPerDay: number): boolean {
  return failuresBefore >= failuresPerDay;
}
