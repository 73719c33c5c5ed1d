export { recordLookup, type LookupAuditEntry } from './record-lookup';
export {
  countRefusal,
  countRefusalIn,
  flushRefusals,
  refusalKinds,
  refused,
  refusedIn,
  type RefusalKind,
} from './refusals';
