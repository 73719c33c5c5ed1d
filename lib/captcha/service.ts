import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/personal-data/secret';
import { createProofChallenge, type AltchaChallengeJson } from './challenge';
import { verifyProof, type ProofCheck } from './verify';

// The lookup's proof of work with this deployment's secret, cost and database.
export function issueLookupChallenge(): Promise<AltchaChallengeJson> {
  return createProofChallenge(portalSecret(), config().proofOfWorkCost);
}

export async function verifyLookupProof(payload: string | undefined): Promise<ProofCheck> {
  return verifyProof((await db()).sql, portalSecret(), payload);
}
