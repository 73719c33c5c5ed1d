export { findResidentsInVillage, type LookupCaller, type LookupOutcome, type SnapshotLabels } from './find-residents';
export { lookupInput, type LookupField, type LookupInput } from './schema';
export type { ProgrammeLine, ResidentView } from './resident-view';
