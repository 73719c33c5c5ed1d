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
export { fileVerdictCodes, type FileVerdictCode, type FlagCode, type RowProblemCode } from './problems';
export {
  importStagedFile,
  uploadFields,
  uploadInput,
  ImportNotAllowed,
  type UploadField,
  type UploadInput,
} from './staff-import';
export { importUploadStream, uploadVerdictPath, type UploadStreamOutcome } from './upload-stream';
export {
  changesDownload,
  importReportFor,
  rejectedRowsDownload,
  type ImportReportView,
  type ReasonCount,
} from './staff-reports';
export { commonColumns, sourceColumns } from './columns';
export { identityNumberFields, nameFields } from './person-fields';
