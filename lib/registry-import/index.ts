export {
  importRegistryFile,
  type ImportOutcome,
  type ImportRequest,
  type ImportCounts,
} from './import-snapshot';
export type { RegistrySourceName } from './columns';
