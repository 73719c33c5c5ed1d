export { recordLookup, type LookupAuditEntry } from './record-lookup';
