export { explainStatus } from './explain';
export {
  residentStates,
  type ProgrammeListing,
  type RegistryFacts,
  type ResidentState,
  type StatusExplanation,
} from './types';
export { defaultDesilGroups, welfareGroupOf } from './welfare-groups';
