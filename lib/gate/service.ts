import 'server-only';
import { formTokenFieldName, proofFieldName, signFormToken } from '@/lib/gate/proof';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { clientIp, publicLimiter } from '@/lib/gate/limits';
import { optionalFormText } from '@/lib/forms';
import { isRegionCodeOf } from '@/lib/regions';
import { countRefusal } from './refusals';
import { createPublicGate, type ChallengeOutcome, type GateSubject, type PublicGate } from './gate';

async function publicGate(): Promise<PublicGate> {
  const settings = config();
  return createPublicGate(
    { client: (await db()).prisma, secret: portalSecret(), limiter: await publicLimiter() },
    { baseCost: settings.proofOfWorkCost, raise: settings.proofCostRaise, formToken: settings.formToken },
  );
}

export type GatePassage =
  { kind: 'admitted' } | { kind: 'proof-failed' } | { kind: 'limited'; retryAfterSeconds: number };

// The one gate in front of every public action: lookup, ticket filing, tracking and slip
// verification. A refusal is counted (with its village, when the request names one) before the
// action answers it. Slip checks were never counted: the refusal counts describe the lookup and
// ticket paths the review dashboard reports on.
// A slip check carries no proof (the code cannot be guessed), so it is never refused for one.
export function passPublicGate(request: {
  headers: Headers;
  subject: Extract<GateSubject, { kind: 'slip' }>;
}): Promise<Exclude<GatePassage, { kind: 'proof-failed' }>>;
export function passPublicGate(request: {
  form: FormData;
  headers: Headers;
  subject: GateSubject;
  onPass?: () => void;
}): Promise<GatePassage>;
export async function passPublicGate(request: {
  form?: FormData;
  headers: Headers;
  subject: GateSubject;
  onPass?: () => void;
}): Promise<GatePassage> {
  const { form, subject, onPass } = request;
  const outcome = await (
    await publicGate()
  ).admit({
    ip: clientIp(request.headers),
    subject,
    proof: form && optionalFormText(form, proofFieldName, 8000),
    token: form && optionalFormText(form, formTokenFieldName, 200),
    ...(onPass ? { onPass } : {}),
  });
  if (outcome.kind === 'admitted') return { kind: 'admitted' };
  const villageCode = subject.kind === 'village' ? subject.code : undefined;
  if (outcome.kind === 'proof-failed') {
    countRefusal('PROOF_FAILED', villageCode);
    return outcome;
  }
  if (subject.kind !== 'slip') countRefusal('RATE_LIMITED', villageCode);
  return { kind: 'limited', retryAfterSeconds: outcome.retryAfterSeconds };
}

// A challenge for the widget; `desa` is the village the form has chosen, when it has one.
export async function issuePublicChallenge(request: {
  headers: Headers;
  desa: string | null;
}): Promise<ChallengeOutcome> {
  const villageCode = request.desa && isRegionCodeOf('village', request.desa) ? request.desa : undefined;
  return (await publicGate()).issueChallenge({ ip: clientIp(request.headers), villageCode });
}

// Rendered into each public form when its page is served.
export function newFormToken(): string {
  return signFormToken(portalSecret());
}
