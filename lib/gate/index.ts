import 'server-only';

export { createPublicGate, type GateOutcome, type GateSubject, type PublicGate } from './gate';
export { issuePublicChallenge, newFormToken, passPublicGate, type GatePassage } from './service';
export {
  countRefusal,
  countRefusalIn,
  flushRefusals,
  refusalKinds,
  refusedIn,
  type RefusalKind,
} from './refusals';
export { tooManyRequestsPage } from './too-many-requests-page';
export type { LoginAdmission, LoginLimiter } from './limits';
export { clientIp, createLoginLimiter } from './limits';
export { createProofChallenge, solveProofChallenge, doublingsFor } from './proof';
export { answerUnparsableRequest, createFront } from './front/front';
export { MalformedMultipart, MultipartScanner, multipartBoundary } from './front/multipart';
export { stageSinceArrival, timed, type TimedStage } from './front/request-timing';
