import type { DtksStatus } from '@/lib/registry';

export const residentStates = [
  'RECEIVING',
  'REGISTERED_NOT_RECEIVING',
  'DTSEN_ONLY',
  'DATA_INCOMPLETE',
  'NOT_REGISTERED',
] as const;
export type ResidentState = (typeof residentStates)[number];

export type ProgrammeListing = {
  code: string;
  period: 'current' | 'previous';
  received: boolean;
  remark: string;
};

// What the registries hold about one person in the active snapshots.
export type RegistryFacts = {
  dtks: { status: DtksStatus } | null;
  dtsen: { desil: number } | null;
  programmes: readonly ProgrammeListing[];
  qualityFlags: readonly string[];
};

export type StatusExplanation = {
  state: ResidentState;
  inDtks: boolean;
  inDtsen: boolean;
  receivingNow: string[];
  receivedBefore: string[];
  // Received last period but not this one: the resident will ask why.
  stoppedSinceLastPeriod: string[];
  qualityFlags: string[];
};
