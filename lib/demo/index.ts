/**
 * Deterministic demo registry: synthetic DTKS/DTSEN persons for development,
 * seeding and tests. Pure: plain data in, plain data out.
 */
export { generateRegistry } from './generate';
export { demoResidents, demoVillageCodes, demoVillages } from './demo-residents';
export { composeKk, composeNik, districtDigits, nikAgreesWith, type NikAgreement } from './nik';
export { registryPeriods } from './periods';
export {
  familyRoles,
  programmeCodes,
  qualityFlags,
  type DtksMembership,
  type DtsenMembership,
  type FamilyRole,
  type GeneratedPerson,
  type GenerateRegistryOptions,
  type ProgrammeCode,
  type ProgrammeEntry,
  type QualityFlag,
  type RegistryPeriod,
  type Sex,
  type Village,
} from './types';
