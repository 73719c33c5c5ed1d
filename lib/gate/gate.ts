import 'server-only';
import {
  checkFormToken,
  claimProof,
  createProofChallenge,
  paysFor,
  proofCostFor,
  raisedByThisRequest,
  verifyProof,
  type AltchaChallengeJson,
  type CostRaise,
  type FormTokenWindow,
} from '@/lib/gate/proof';
import type { DbClient } from '@/lib/db';
import type { Admission, ChallengeAdmission, Pass, PublicLimiter } from '@/lib/gate/limits';

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

export function createPublicGate(
  dependencies: { client: DbClient; secret: string; limiter: PublicLimiter },
  settings: GateSettings,
): PublicGate {
  const { client, secret, limiter } = dependencies;
  const costFor = (addressChallenges: number, villageRequests: number) =>
    proofCostFor(settings.baseCost, { addressChallenges, villageRequests }, settings.raise);

  // A solved proof passes where it was priced for, or anywhere its price still covers; otherwise
  // a signed form token, used once; otherwise nothing.
  async function passOf(attempt: GateAttempt, villageCount: number): Promise<Pass | null> {
    const { subject, now } = attempt;
    const proof = await verifyProof(client, secret, attempt.proof, now);
    if (
      proof.kind === 'passed' &&
      (subject.kind !== 'village' ||
        proof.villageCode === subject.code ||
        paysFor(proof.iterationsPerAttempt, costFor(0, villageCount)))
    )
      return 'proof';
    const token = checkFormToken(secret, attempt.token, settings.formToken, now);
    if (token.kind === 'valid' && (await claimProof(client, `form:${token.id}`, token.expiresAt)))
      return 'token';
    return null;
  }

  return {
    async admit(attempt) {
      const { subject } = attempt;
      if (subject.kind === 'slip') {
        const checked = await limiter.admitSlipCheck(attempt.ip);
        return checked.kind === 'admitted' ? { kind: 'admitted', pass: 'slip-code' } : checked;
      }
      // Every request counts for its village, with or without a pass: a flood raises the cost.
      const villageCount = subject.kind === 'village' ? await limiter.countVillage(subject.code) : 0;
      if (subject.kind === 'village' && raisedByThisRequest(villageCount, settings.raise)) {
        console.warn(
          `Public gate: village ${subject.code} had ${villageCount} requests in the last minute; the proof-of-work cost for it is now ${costFor(0, villageCount)}`,
        );
      }
      const pass = await passOf(attempt, villageCount);
      if (!pass) return { kind: 'proof-failed' };
      const admission = await limiter.admit({
        ip: attempt.ip,
        pass,
        ...(subject.kind === 'ticket' ? { ticketCode: subject.code } : {}),
      });
      return admission.kind === 'admitted' ? { kind: 'admitted', pass } : admission;
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
