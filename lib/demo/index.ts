/**
 * Deterministic demo registry: synthetic DTKS/DTSEN persons for development,
 * seeding and tests. Pure: plain data in, plain data out.
 */
export { generateRegistry } from './generate';
export { demoResidents, demoVillageCodes, demoVillages } from './demo-residents';
export { registryPeriods } from './periods';
export {
  type DtksMembership,
  type DtsenMembership,
  type GeneratedPerson,
  type GenerateRegistryOptions,
  type ProgrammeEntry,
  type RegistryPeriod,
  type Village,
} from './types';
export { seedDemoRegistry, demoProgrammePeriods } from './seed';
