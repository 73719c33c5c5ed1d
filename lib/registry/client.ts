// The registry's vocabulary and rules: pure, so client components may import this entry.
export { maskIdentityNumber, maskName } from './mask';
export {
  composeKk,
  composeNik,
  districtDigits,
  identityNumber,
  identityNumberPattern,
  nikAgreesWith,
  nikDateIsPossible,
  type NikAgreement,
} from './nik';
export { paymentPeriodPattern } from './periods';
export { isProgrammeCode, programmeCodes, programmeNames, type ProgrammeCode } from './programmes';
export {
  DtksStatus,
  FamilyRole,
  isRegistrySource,
  isWelfareGroup,
  qualityFlags,
  RegistrySource,
  registrySources,
  Sex,
  SnapshotState,
  welfareGroups,
  type QualityFlag,
  type WelfareGroup,
} from './vocabulary';
