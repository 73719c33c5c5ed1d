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
