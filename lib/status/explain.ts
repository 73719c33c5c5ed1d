import type { RegistryFacts, ResidentState, StatusExplanation } from './types';

function receivedIn(facts: RegistryFacts, period: 'current' | 'previous'): string[] {
  return facts.programmes.filter((p) => p.period === period && p.received).map((p) => p.code);
}

// One resident-facing state from both registries and the programme listings. A
// receiving resident stays "receiving" even with data problems (the aid is real and
// the flags are shown beside it); otherwise data problems come first, because fixing
// them is what the resident can act on.
export function explainStatus(facts: RegistryFacts): StatusExplanation {
  const inDtks = facts.dtks?.status === 'AKTIF';
  const inDtsen = facts.dtsen !== null;
  const receivingNow = receivedIn(facts, 'current');
  const receivedBefore = receivedIn(facts, 'previous');
  let state: ResidentState;
  if (receivingNow.length > 0) state = 'RECEIVING';
  else if (facts.qualityFlags.length > 0) state = 'DATA_INCOMPLETE';
  else if (inDtks) state = 'REGISTERED_NOT_RECEIVING';
  else if (inDtsen) state = 'DTSEN_ONLY';
  else state = 'NOT_REGISTERED';
  return {
    state,
    inDtks,
    inDtsen,
    receivingNow,
    receivedBefore,
    stoppedSinceLastPeriod: receivedBefore.filter((code) => !receivingNow.includes(code)),
    qualityFlags: [...facts.qualityFlags],
  };
}
