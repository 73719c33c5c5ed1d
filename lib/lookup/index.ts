export {
  findResidentsInVillage,
  type LookupCaller,
  type LookupOutcome,
  type SnapshotLabels,
} from './find-residents';
export { lookupInput, type LookupField, type LookupInput } from './schema';
export type { ProgrammeLine, ResidentView } from './resident-view';
export { formValues, runPublicLookup, type LookupFormValues, type PublicLookupResult } from './public-lookup';
export { formCookie, resultCookie, type FormFlash, type StoredResult } from './lookup-cookies';
export type { LookupErrorKey } from './schema';
export type { AssistedSearchOutcome, ResidentSummary, AssistedSearchField, PersonRecord } from './assisted';
export {
  assistedSearchCookie,
  runAssistedSearch,
  assistedSearchFor,
  defaultPurpose,
  summariesFor,
  openPersonRecord,
} from './assisted';
export { forgetActiveSnapshots, activeSnapshots } from './active-snapshots';
export { consentedLookup } from './assisted/consent';
export { readPersonRecord } from './assisted/person-record';
export { fetchCandidates } from './candidates';
