import 'server-only';

export { createProofChallenge, type AltchaChallengeJson } from './challenge';
export { doublingsFor, proofCostFor, raisedByThisRequest, type CostRaise, type RecentVolume } from './cost';
export { formTokenFieldName, proofFieldName } from './field';
export { checkFormToken, signFormToken, type FormTokenCheck, type FormTokenWindow } from './form-token';
export { solveProofChallenge } from './solve';
export { forgetExpiredProofs } from './used-proofs';
export { checkProof, type ProofCheck } from './verify';
export { paysFor } from './work';
