import 'server-only';

export { createPublicGate, type GateOutcome, type GateSubject, type PublicGate } from './gate';
export { admitPublicRequest, issuePublicChallenge, newFormToken } from './service';
export {
  countRefusal,
  countRefusalIn,
  flushRefusals,
  refusalKinds,
  refused,
  refusedIn,
  type RefusalKind,
} from './refusals';
