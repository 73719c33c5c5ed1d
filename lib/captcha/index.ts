import 'server-only';

export { createProofChallenge, type AltchaChallengeJson } from './challenge';
export { proofFieldName } from './field';
export { issueLookupChallenge, verifyLookupProof } from './service';
export { solveProofChallenge } from './solve';
export { verifyProof, type ProofCheck } from './verify';
