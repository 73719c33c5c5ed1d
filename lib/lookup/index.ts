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
