import 'server-only';
import { formTokenFieldName, proofFieldName, signFormToken } from '@/lib/gate/proof';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry/secret';
import { clientIp, publicLimiter } from '@/lib/gate/limits';
import { isRegionCodeOf } from '@/lib/regions/codes';
import {
  createPublicGate,
  type ChallengeOutcome,
  type GateOutcome,
  type GateSubject,
  type PublicGate,
} from './gate';

async function publicGate(): Promise<PublicGate> {
  const settings = config();
  return createPublicGate(
    { client: (await db()).prisma, secret: portalSecret(), limiter: await publicLimiter() },
    { baseCost: settings.proofOfWorkCost, raise: settings.proofCostRaise, formToken: settings.formToken },
  );
}

function field(form: FormData, name: string, maxLength: number): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, maxLength) : undefined;
}

// The one gate in front of every public action (lookup, ticket filing, tracking).
export async function admitPublicRequest(request: {
  form: FormData;
  headers: Headers;
  subject: GateSubject;
}): Promise<GateOutcome> {
  return (await publicGate()).admit({
    ip: clientIp(request.headers),
    subject: request.subject,
    proof: field(request.form, proofFieldName, 8000),
    token: field(request.form, formTokenFieldName, 200),
  });
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
