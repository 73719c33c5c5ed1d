import 'server-only';
import { randomInt } from 'node:crypto';
import { createChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { altchaSecrets } from './secrets';
import { challengeLifetimeMs, proofAlgorithm, proofShape } from './work';

// What GET /api/altcha/challenge returns and the widget reads.
export type AltchaChallengeJson = Challenge;

// `villageCode` is the village the cost was priced for; it is signed with the challenge, so the
// gate can tell a proof bought for a quiet village from one for the village it is used in.
export async function createProofChallenge(
  secret: string,
  cost: number,
  now = new Date(),
  villageCode?: string,
): Promise<AltchaChallengeJson> {
  const { iterationsPerAttempt, maxCounter } = proofShape(cost);
  const secrets = altchaSecrets(secret);
  return createChallenge({
    algorithm: proofAlgorithm,
    cost: iterationsPerAttempt,
    counter: randomInt(0, maxCounter + 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + challengeLifetimeMs),
    ...(villageCode ? { data: { desa: villageCode } } : {}),
    // The derived key is signed too, so checking a solution is one HMAC, not a PBKDF2 run.
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.derivedKey,
  });
}
