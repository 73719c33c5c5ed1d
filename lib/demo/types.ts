export type Sex = 'L' | 'P';

/** Codes in dotted Kemendagri form: village `32.04.05.2001`, district `32.04.05`. */
export type Village = { code: string; districtCode: string; name: string };

export const qualityFlags = [
  'NIK_TIDAK_PADAN_DUKCAPIL',
  'NIK_TANGGAL_LAHIR_TIDAK_SESUAI',
  'NIK_JENIS_KELAMIN_TIDAK_SESUAI',
  'NIK_WILAYAH_TIDAK_SESUAI',
] as const;
export type QualityFlag = (typeof qualityFlags)[number];

export const programmeCodes = ['PKH', 'BPNT', 'PBI_JK', 'BLT', 'PIP'] as const;
export type ProgrammeCode = (typeof programmeCodes)[number];

export const familyRoles = ['KEPALA_KELUARGA', 'ISTRI', 'SUAMI', 'ANAK', 'ORANG_TUA', 'FAMILI_LAIN'] as const;
export type FamilyRole = (typeof familyRoles)[number];

export type RegistryPeriod = 'previous' | 'current';

export type ProgrammeEntry = {
  code: ProgrammeCode;
  period: RegistryPeriod;
  received: boolean;
  remark: string;
};

export type DtksMembership = { status: 'AKTIF' | 'NONAKTIF' };
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
