export { childLevelOf, deepestCode, firstMissingRegionLevel, regionFieldNames, regionLevels } from './codes';
export type { RegionLevel, RegionOption, RegionSelection } from './codes';
export { fetchRegionOptions } from './fetch-options';
export { rememberedRegionCookieString } from './remembered-cookie';
export { filterRegionOptions } from './search';
