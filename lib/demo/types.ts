import type { DtksStatus, FamilyRole, ProgrammeCode, QualityFlag, Sex } from '@/lib/registry';

/** Codes in dotted Kemendagri form: village `32.04.05.2001`, district `32.04.05`. */
export type Village = { code: string; districtCode: string; name: string };

export type RegistryPeriod = 'previous' | 'current';

export type ProgrammeEntry = {
  code: ProgrammeCode;
  period: RegistryPeriod;
  received: boolean;
  remark: string;
};

export type DtksMembership = { status: DtksStatus };
export type DtsenMembership = { desil: number };

export type GeneratedPerson = {
  nik: string;
  kk: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  villageCode: string;
  rt: string;
  rw: string;
  address: string;
  familyRole: FamilyRole;
  qualityFlags: QualityFlag[];
  dtks: DtksMembership | null;
  dtsen: DtsenMembership | null;
  programmes: ProgrammeEntry[];
};

export type GenerateRegistryOptions = {
  seed: number;
  persons: number;
  villages: readonly Village[];
};
