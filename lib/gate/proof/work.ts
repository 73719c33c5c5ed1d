// How a cost becomes an ALTCHA v2 challenge. PBKDF2/SHA-256 rather than iterated SHA-256: the
// widget runs each PBKDF2 attempt as one native WebCrypto call, so a phone does the work about as
// fast as a bot's native code; iterated SHA-256 pays a promise round-trip per hash in the browser
// (~20 µs measured in Chromium against ~0.3 µs natively), which would hand bots a ~100× discount.
export const proofAlgorithm = 'PBKDF2/SHA-256';

// Deterministic mode: the server picks the counter and the widget tries 0, 1, 2 … until the
// derived key matches. Drawing it uniformly from 0..2·meanAttempts gives an average of
// `cost` PBKDF2 iterations in total, and starting anywhere but 0 gains a solver nothing.
const meanAttempts = 50;

export type ProofShape = { iterationsPerAttempt: number; maxCounter: number };

export function proofShape(cost: number): ProofShape {
  return { iterationsPerAttempt: Math.max(1, Math.round(cost / meanAttempts)), maxCounter: 2 * meanAttempts };
}

// True when a challenge of this many iterations per attempt is worth at least `cost`.
export function paysFor(iterationsPerAttempt: number, cost: number): boolean {
  return iterationsPerAttempt >= proofShape(cost).iterationsPerAttempt;
}

// Long enough for a slow phone to solve a raised cost and a resident to type; short enough that a
// bot cannot stock up on cheap challenges before the cost rises.
export const challengeLifetimeMs = 5 * 60 * 1000;
