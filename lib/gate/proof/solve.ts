import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { encodeProofPayload } from './payload';

// What the widget does in the browser, in one Node thread: for tests and benchmarks.
export async function solveProofChallenge(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('ALTCHA challenge not solved before the timeout');
  return encodeProofPayload({
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution,
  });
}
