export { importRegistryFile, type ImportOutcome, type ImportRequest } from './import-snapshot';
export type { ImportCounts } from './stage-file';
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
export { fileVerdictCodes, type FileVerdictCode, type FlagCode, type RowProblemCode } from './problems';
export {
  importRoles,
  importUploadedFile,
  uploadFields,
  uploadInput,
  ImportNotAllowed,
  type UploadField,
  type UploadInput,
} from './staff-import';
export {
  changesDownload,
  importReportFor,
  rejectedRowsDownload,
  type ImportReportView,
  type ReasonCount,
} from './staff-reports';
