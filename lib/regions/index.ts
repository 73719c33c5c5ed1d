// The public surface of region selection for routes and actions (server side).
// The picker in the browser imports only the I/O-free modules: codes, search, remembered-cookie.
export {
  describeVillage,
  isKnownRegion,
  isKnownVillage,
  listChildren,
  listProvinces,
  regionDataVersion,
  type VillageDescription,
} from './catalog';
export {
  deepestCode,
  firstMissingRegionLevel,
  levelOfCode,
  selectionFromCode,
  type RegionLevel,
  type RegionOption,
  type RegionSelection,
} from './codes';
export { rememberedRegionCookieName, rememberedSelection, rememberRegionCookie } from './remembered';
export {
  parseRegionSelection,
  regionFieldNames,
  regionOptionsFor,
  regionSelectionInput,
  type RegionOptions,
} from './selection';
export { regionDataPath } from './data-url';
export { isRegionCodeOf } from './codes';
export { countRegions, loadOfficialRegions } from './load';
