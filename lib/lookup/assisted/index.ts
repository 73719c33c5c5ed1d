export { consentedLookup, type ConsentedLookup } from './consent';
export { readPersonRecord, type HouseholdMember, type PersonRecord } from './person-record';
export {
  assistedSearchErrors,
  assistedSearchInput,
  defaultPurpose,
  parseAssistedSearch,
  type AssistedErrorKey,
  type AssistedSearchErrors,
  type AssistedSearchField,
  type AssistedSearchInput,
} from './schema';
export { searchResidents, type AssistedMatch, type AssistedSearchOutcome } from './search';
export { residentSummaries, type ResidentSummary } from './summaries';
export {
  assistedSearchCookie,
  assistedSearchFor,
  type AssistedFormValues,
  type AssistedSearchState,
} from './search-cookie';
export { openPersonRecord, runAssistedSearch, summariesFor } from './staff-service';
