import { decidePrepared, type MatchDecision, type PreparedName } from '@/lib/matching';

export type Candidate = {
  id: number;
  name: PreparedName;
  birthDate: string; // YYYY-MM-DD
  nikMatches: boolean;
};

export type LookupQuery = { name: PreparedName; birthDate?: string; nikGiven: boolean };

// nameMatches: every candidate whose name matched (exact or probable), shown or not; a
// failed confirmation counts against each of them (confirmation-cap.ts).
export type LookupDecision =
  | { kind: 'show'; ids: number[]; birthDateConfirmed: boolean; nameMatches: number[] }
  // Why nothing is shown is for the audit only; the resident sees one answer for all.
  | { kind: 'hide'; reason: 'no-match' | 'needs-birth-date'; nameMatches: number[] };

type Scored = { candidate: Candidate; decision: MatchDecision };

// Decides which candidates may be shown for a typed name, so that a near-miss never
// turns into another person's data:
// - with a NIK: the NIK and the name must both match;
// - with a birth date: any exact or probable name whose birth date is the same;
// - with the name alone: one exact match only; a probable match, or several exact
//   namesakes, need the birth date first.
export function decideLookup(candidates: readonly Candidate[], query: LookupQuery): LookupDecision {
  const scored: Scored[] = candidates
    .map((candidate) => ({ candidate, decision: decidePrepared(candidate.name, query.name) }))
    .filter((entry) => entry.decision.kind !== 'none');
  const ids = (entries: Scored[]) => entries.map((entry) => entry.candidate.id);
  const nameMatches = ids(scored);
  const hide = (): LookupDecision => ({
    kind: 'hide',
    reason: scored.length > 0 ? 'needs-birth-date' : 'no-match',
    nameMatches,
  });

  if (query.nikGiven) {
    const withNik = scored.filter((entry) => entry.candidate.nikMatches);
    const confirmed = withNik.filter((entry) => entry.candidate.birthDate === query.birthDate);
    if (withNik.length === 0) return { kind: 'hide', reason: 'no-match', nameMatches };
    const birthDateConfirmed = confirmed.length === withNik.length;
    return { kind: 'show', ids: ids(withNik), birthDateConfirmed, nameMatches };
  }
  if (query.birthDate) {
    const confirmed = scored.filter((entry) => entry.candidate.birthDate === query.birthDate);
    if (confirmed.length > 0)
      return { kind: 'show', ids: ids(confirmed), birthDateConfirmed: true, nameMatches };
    return hide();
  }
  const exact = scored.filter((entry) => entry.decision.kind === 'exact');
  if (exact.length === 1) return { kind: 'show', ids: ids(exact), birthDateConfirmed: false, nameMatches };
  return hide();
}
