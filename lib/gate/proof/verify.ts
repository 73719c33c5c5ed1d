import 'server-only';
import { randomInt } from 'node:crypto';
import { verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { DbClient } from '@/lib/db';
import { parseProofPayload } from './payload';
import { altchaSecrets } from './secrets';
import { claimProof, forgetExpiredProofs } from './used-proofs';

export type ProofCheck =
  | { kind: 'passed'; iterationsPerAttempt: number; villageCode: string | null }
  | { kind: 'missing' }
  | { kind: 'failed'; reason: 'malformed' | 'invalid' | 'expired' | 'replayed' };

// Clearing the table on every call would add a write to the hot path; about one call in a
// hundred keeps it at roughly a challenge lifetime's worth of lookups.
const purgeOneIn = 100;

export async function verifyProof(
  client: DbClient,
  secret: string,
  payload: string | undefined,
  now = new Date(),
): Promise<ProofCheck> {
  if (payload === undefined || payload.trim() === '') return { kind: 'missing' };
  const proof = parseProofPayload(payload.trim());
  if (!proof) return { kind: 'failed', reason: 'malformed' };

  const expiresAt = new Date(proof.challenge.parameters.expiresAt * 1000);
  if (expiresAt <= now) return { kind: 'failed', reason: 'expired' };
  const secrets = altchaSecrets(secret);
  const result = await verifySolution({
    challenge: proof.challenge,
    solution: proof.solution,
    deriveKey,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.derivedKey,
  });
  if (result.expired) return { kind: 'failed', reason: 'expired' };
  if (!result.verified) return { kind: 'failed', reason: 'invalid' };

  if (randomInt(purgeOneIn) === 0) await forgetExpiredProofs(client, now);
  const fresh = await claimProof(client, proof.challenge.signature, expiresAt);
  if (!fresh) return { kind: 'failed', reason: 'replayed' };
  const { cost, data } = proof.challenge.parameters;
  const priced = data?.desa;
  return {
    kind: 'passed',
    iterationsPerAttempt: cost,
    villageCode: typeof priced === 'string' ? priced : null,
  };
}
