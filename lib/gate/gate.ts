import 'server-only';
import {
  checkFormToken,
  checkProof,
  createProofChallenge,
  forgetExpiredProofs,
  paysFor,
  proofCostFor,
  raisedByThisRequest,
  type AltchaChallengeJson,
  type CostRaise,
  type FormTokenWindow,
  type ProofCheck,
} from '@/lib/gate/proof';
import type { DbClient } from '@/lib/db';
import type { Admission, ChallengeAdmission, Claim, Pass, PublicLimiter } from '@/lib/gate/limits';
import { timed } from './front/request-timing';
import { nowAndThen } from './now-and-then';

// What a public request is about: a village (lookup, filing), a ticket's code (tracking) or a
// slip's code (verification).
export type GateSubject =
  { kind: 'village'; code: string } | { kind: 'ticket'; code: string } | { kind: 'slip'; code: string };
export type GateAttempt = {
  ip: string;
  subject: GateSubject;
  proof: string | undefined;
  token: string | undefined;
  now?: Date;
  // Called once the proof or form token has checked out, before the limits are counted: work
  // that may go on beside the counting (the lookup's read of the registry).
  onPass?: () => void;
};
// A slip's code is its own pass: 26^12 codes cannot be tried without the limit noticing.
export type GateOutcome =
  | { kind: 'admitted'; pass: Pass | 'slip-code' }
  | { kind: 'proof-failed' }
  | Extract<Admission, { kind: 'limited' }>;
export type ChallengeOutcome =
  { kind: 'issued'; challenge: AltchaChallengeJson } | Extract<ChallengeAdmission, { kind: 'limited' }>;

export type GateSettings = { baseCost: number; raise: CostRaise; formToken: FormTokenWindow };
export type PublicGate = {
  admit(attempt: GateAttempt): Promise<GateOutcome>;
  issueChallenge(request: { ip: string; villageCode?: string; now?: Date }): Promise<ChallengeOutcome>;
};

type Candidate = { pass: Pass; claim: Claim };

// Used proofs are kept until their challenge expires; clearing them now and then keeps the table
// at about a challenge lifetime's worth of lookups.
const forgetProofsEveryMilliseconds = 5 * 60_000;

export function createPublicGate(
  dependencies: { client: DbClient; secret: string; limiter: PublicLimiter },
  settings: GateSettings,
): PublicGate {
  const { client, secret, limiter } = dependencies;
  const costFor = (addressChallenges: number, villageRequests: number) =>
    proofCostFor(settings.baseCost, { addressChallenges, villageRequests }, settings.raise);
  const forgetProofsNowAndThen = nowAndThen(
    forgetProofsEveryMilliseconds,
    (now) => forgetExpiredProofs(client, new Date(now)),
    'Clearing expired proofs',
  );

  // A signed form token, used once: the pass of a browser without JavaScript.
  function tokenCandidate(attempt: GateAttempt): Candidate | null {
    const token = checkFormToken(secret, attempt.token, settings.formToken, attempt.now);
    return token.kind === 'valid'
      ? { pass: 'token', claim: { signature: `form:${token.id}`, expiresAt: token.expiresAt } }
      : null;
  }

  // A proof priced for another village passes only while its price still covers this one.
  const paysHere = (
    proof: Extract<ProofCheck, { kind: 'valid' }>,
    subject: GateSubject,
    villageCount: number,
  ) =>
    subject.kind !== 'village' ||
    proof.villageCode === subject.code ||
    paysFor(proof.iterationsPerAttempt, costFor(0, villageCount));

  function warnOfFlood(subject: GateSubject, villageCount: number): void {
    if (subject.kind !== 'village' || !raisedByThisRequest(villageCount, settings.raise)) return;
    console.warn(
      `Public gate: village ${subject.code} had ${villageCount} requests in the last minute; the proof-of-work cost for it is now ${costFor(0, villageCount)}`,
    );
  }

  // Every request counts for its village, with or without a pass: a flood raises the cost. The
  // count, the pass's one use and the limits are one statement; only a proof that turns out not
  // to pay here, or to be used already, costs a second one for the form token.
  async function admitWithPass(attempt: GateAttempt): Promise<GateOutcome> {
    const { subject, ip } = attempt;
    const villageCode = subject.kind === 'village' ? subject.code : undefined;
    const ticketCode = subject.kind === 'ticket' ? subject.code : undefined;
    const proof = await timed('proof', () => checkProof(secret, attempt.proof, attempt.now));
    const first =
      proof.kind === 'valid'
        ? { pass: 'proof' as const, claim: { signature: proof.signature, expiresAt: proof.expiresAt } }
        : tokenCandidate(attempt);
    if (!first) {
      if (villageCode) warnOfFlood(subject, await timed('limits', () => limiter.countVillage(villageCode)));
      return { kind: 'proof-failed' };
    }
    attempt.onPass?.();
    const counted = await timed('limits', () => limiter.admit({ ip, ...first, villageCode, ticketCode }));
    warnOfFlood(subject, counted.villageCount);
    const usable =
      counted.admission.kind !== 'replayed' &&
      (proof.kind !== 'valid' || paysHere(proof, subject, counted.villageCount));
    if (usable && counted.admission.kind !== 'replayed') return outcomeOf(first.pass, counted.admission);
    const second = proof.kind === 'valid' ? tokenCandidate(attempt) : null;
    if (!second) return { kind: 'proof-failed' };
    const retried = await timed('limits', () => limiter.admit({ ip, ...second, ticketCode }));
    return retried.admission.kind === 'replayed'
      ? { kind: 'proof-failed' }
      : outcomeOf(second.pass, retried.admission);
  }

  return {
    async admit(attempt) {
      forgetProofsNowAndThen();
      if (attempt.subject.kind === 'slip') {
        const checked = await limiter.admitSlipCheck(attempt.ip);
        return checked.kind === 'admitted' ? { kind: 'admitted', pass: 'slip-code' } : checked;
      }
      return admitWithPass(attempt);
    },

    async issueChallenge({ ip, villageCode, now }) {
      const admitted = await limiter.admitChallenge(ip);
      if (admitted.kind === 'limited') return admitted;
      const villageCount = villageCode ? await limiter.villageVolume(villageCode) : 0;
      const cost = costFor(admitted.addressCount, villageCount);
      return { kind: 'issued', challenge: await createProofChallenge(secret, cost, now, villageCode) };
    },
  };
}

function outcomeOf(pass: Pass, admission: Admission): GateOutcome {
  return admission.kind === 'admitted' ? { kind: 'admitted', pass } : admission;
}
