import 'server-only';
import { verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { parseProofPayload } from './payload';
import { altchaSecrets } from './secrets';

// A valid proof still has to be claimed (its signature recorded as used) before it passes: the
// gate claims it in the same statement that counts the limits.
export type ProofCheck =
  | {
      kind: 'valid';
      signature: string;
      expiresAt: Date;
      iterationsPerAttempt: number;
      villageCode: string | null;
    }
  | { kind: 'missing' }
  | { kind: 'failed'; reason: 'malformed' | 'invalid' | 'expired' };

// The proof's own checks, no database: well formed, signed by us, solved, not expired.
export async function checkProof(
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

  const { cost, data } = proof.challenge.parameters;
  const priced = data?.desa;
  return {
    kind: 'valid',
    signature: proof.challenge.signature,
    expiresAt,
    iterationsPerAttempt: cost,
    villageCode: typeof priced === 'string' ? priced : null,
  };
}
