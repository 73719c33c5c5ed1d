export {
  importRegistryFile,
  type ImportOutcome,
  type ImportRequest,
  type ImportCounts,
} from './import-snapshot';
export {
  previousSnapshotOf,
  rejectionsCsv,
  snapshotDiffCsv,
  summarizeSnapshotDiff,
  writeRejectionsCsv,
  writeSnapshotDiffCsv,
  type VillageChanges,
} from './reports';
export type { RegistrySourceName } from './columns';
