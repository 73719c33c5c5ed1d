import {
  composeKk,
  composeNik,
  type FamilyRole,
  type ProgrammeCode,
  type QualityFlag,
  type Sex,
} from '@/lib/registry';
import type { GeneratedPerson, ProgrammeEntry, Village } from './types';

/**
 * The fixed, documented demo residents (docs/demo-residents.md). Names and
 * NIKs are fictional; the villages are real. NIK and KK serials come from
 * 9000–9999, a range the generator never uses, and the generator skips these
 * villages entirely so lookups here always return exactly these people.
 */

export const demoVillages = [
  { code: '32.04.05.2002', districtCode: '32.04.05', name: 'Cileunyi Wetan' },
  { code: '35.78.05.1003', districtCode: '35.78.05', name: 'Kedungdoro' },
  { code: '51.04.05.2002', districtCode: '51.04.05', name: 'Mas' },
  { code: '73.08.09.2007', districtCode: '73.08.09', name: 'Barebbo' },
] as const satisfies readonly Village[];

export const demoVillageCodes: readonly string[] = demoVillages.map((v) => v.code);

const [cileunyiWetan, kedungdoro, mas, barebbo] = demoVillages;

type DemoKk = { village: Village; issued: string; serial: number; rt: string; rw: string; address: string };

const kk = {
  a1: {
    village: cileunyiWetan,
    issued: '2012-05-14',
    serial: 9001,
    rt: '002',
    rw: '004',
    address: 'Kp. Babakan',
  },
  a2: {
    village: cileunyiWetan,
    issued: '2019-08-02',
    serial: 9002,
    rt: '001',
    rw: '006',
    address: 'Kp. Sukamaju',
  },
  a3: {
    village: cileunyiWetan,
    issued: '2016-02-19',
    serial: 9003,
    rt: '003',
    rw: '004',
    address: 'Kp. Babakan',
  },
  a4: {
    village: cileunyiWetan,
    issued: '2010-11-08',
    serial: 9004,
    rt: '005',
    rw: '002',
    address: 'Kp. Cikadu',
  },
  b1: {
    village: kedungdoro,
    issued: '2008-03-25',
    serial: 9001,
    rt: '003',
    rw: '011',
    address: 'Gg. Melati 3 No. 14',
  },
  b2: {
    village: kedungdoro,
    issued: '2015-07-01',
    serial: 9002,
    rt: '004',
    rw: '011',
    address: 'Gg. Melati 3 No. 21',
  },
  b3: {
    village: kedungdoro,
    issued: '2004-09-13',
    serial: 9003,
    rt: '001',
    rw: '009',
    address: 'Jl. Pasar No. 30',
  },
  b4: {
    village: kedungdoro,
    issued: '2011-01-17',
    serial: 9004,
    rt: '002',
    rw: '007',
    address: 'Jl. Kenanga No. 5',
  },
  b5: {
    village: kedungdoro,
    issued: '2018-10-22',
    serial: 9005,
    rt: '006',
    rw: '003',
    address: 'Jl. Mawar No. 9',
  },
  c1: { village: mas, issued: '2007-10-05', serial: 9001, rt: '001', rw: '002', address: 'Banjar Tengah' },
  d1: {
    village: barebbo,
    issued: '2009-06-30',
    serial: 9001,
    rt: '001',
    rw: '001',
    address: 'Dusun Tanjung',
  },
  d2: {
    village: barebbo,
    issued: '2013-04-11',
    serial: 9002,
    rt: '002',
    rw: '001',
    address: 'Dusun Tanjung',
  },
  d3: { village: barebbo, issued: '2024-02-20', serial: 9003, rt: '003', rw: '002', address: 'Dusun Baru' },
} as const satisfies Record<string, DemoKk>;

function both(
  code: ProgrammeCode,
  previous: string | null,
  current: string | null,
  notReceived = 'Kuota wilayah terpenuhi',
): ProgrammeEntry[] {
  return [
    { code, period: 'previous', received: previous !== null, remark: previous ?? notReceived },
    { code, period: 'current', received: current !== null, remark: current ?? notReceived },
  ];
}

const paid = 'Sudah disalurkan';
const inProgress = 'Dalam proses penyaluran';
const insured = 'Kepesertaan aktif';

type DemoSpec = {
  fullName: string;
  birthDate: string;
  sex: Sex;
  household: DemoKk;
  familyRole: FamilyRole;
  nikSerial: number;
  /** Set only for the deliberately inconsistent record: the birth date its NIK encodes. */
  nikBirthDate?: string;
  qualityFlags?: QualityFlag[];
  /** null: not in DTSEN either (in neither registry). */
  desil: number | null;
  dtks: boolean;
  programmes?: ProgrammeEntry[];
};

function resident(spec: DemoSpec): GeneratedPerson {
  const { household } = spec;
  return {
    nik: composeNik(
      household.village.districtCode,
      spec.nikBirthDate ?? spec.birthDate,
      spec.sex,
      spec.nikSerial,
    ),
    kk: composeKk(household.village.districtCode, household.issued, household.serial),
    fullName: spec.fullName,
    birthDate: spec.birthDate,
    sex: spec.sex,
    villageCode: household.village.code,
    rt: household.rt,
    rw: household.rw,
    address: household.address,
    familyRole: spec.familyRole,
    qualityFlags: spec.qualityFlags ?? [],
    dtks: spec.dtks ? { status: 'AKTIF' } : null,
    dtsen: spec.desil === null ? null : { desil: spec.desil },
    programmes: spec.programmes ?? [],
  };
}

const wayanFamily = [
  ...both('PKH', paid, paid),
  ...both('BPNT', paid, inProgress),
  ...both('PBI_JK', insured, insured),
];

export const demoResidents: readonly GeneratedPerson[] = [
  resident({
    fullName: 'Dede Supriatna',
    birthDate: '1974-10-02',
    sex: 'L',
    household: kk.a1,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9001,
    desil: 2,
    dtks: true,
    programmes: [
      ...both('PKH', paid, paid),
      ...both('BPNT', paid, inProgress),
      ...both('PBI_JK', insured, insured),
    ],
  }),
  resident({
    fullName: 'Siti Aminah',
    birthDate: '1978-03-07',
    sex: 'P',
    household: kk.a1,
    familyRole: 'ISTRI',
    nikSerial: 9002,
    desil: 2,
    dtks: true,
    programmes: [
      ...both('PKH', paid, paid),
      ...both('BPNT', paid, inProgress),
      ...both('PBI_JK', insured, insured),
    ],
  }),
  resident({
    fullName: 'Siti Aminah',
    birthDate: '1991-11-23',
    sex: 'P',
    household: kk.a2,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9003,
    desil: 4,
    dtks: true,
    programmes: [...both('BPNT', paid, null), ...both('PBI_JK', null, null)],
  }),
  resident({
    fullName: 'Siti Aminatun',
    birthDate: '1983-05-30',
    sex: 'P',
    household: kk.a3,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9004,
    desil: 6,
    dtks: false,
  }),
  resident({
    fullName: 'Ujang Suryana',
    birthDate: '1969-01-20',
    sex: 'L',
    household: kk.a4,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9005,
    desil: 3,
    dtks: true,
    qualityFlags: ['NIK_TIDAK_PADAN_DUKCAPIL'],
    programmes: [
      ...both('BPNT', paid, null, 'Data belum padan Dukcapil'),
      ...both('PBI_JK', insured, null, 'Data belum padan Dukcapil'),
    ],
  }),
  resident({
    fullName: 'H. Moch. Soebagio',
    birthDate: '1958-06-12',
    sex: 'L',
    household: kk.b1,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9006,
    desil: 2,
    dtks: true,
    programmes: [...both('BPNT', paid, paid), ...both('PBI_JK', insured, insured)],
  }),
  resident({
    fullName: 'Sri Wahyuni',
    birthDate: '1985-03-07',
    sex: 'P',
    household: kk.b2,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9001,
    desil: 1,
    dtks: true,
    programmes: [...both('BPNT', paid, paid), ...both('PBI_JK', insured, insured)],
  }),
  resident({
    fullName: 'Djoko Tjahjono',
    birthDate: '1949-02-17',
    sex: 'L',
    household: kk.b3,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9007,
    desil: 5,
    dtks: true,
    programmes: [
      ...both('BLT', paid, null, 'Tidak memenuhi kriteria komponen'),
      ...both('PBI_JK', null, null),
    ],
  }),
  resident({
    fullName: 'Tan Siok Lan',
    birthDate: '1952-09-03',
    sex: 'P',
    household: kk.b4,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9008,
    desil: 3,
    dtks: true,
    programmes: [...both('BPNT', paid, paid), ...both('PBI_JK', insured, insured)],
  }),
  resident({
    fullName: 'Lina Wijaya',
    birthDate: '1987-04-18',
    sex: 'P',
    household: kk.b5,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9009,
    desil: 7,
    dtks: false,
  }),
  resident({
    fullName: 'I Wayan Sudarsana',
    birthDate: '1970-04-22',
    sex: 'L',
    household: kk.c1,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9010,
    desil: 3,
    dtks: true,
    programmes: wayanFamily,
  }),
  resident({
    fullName: 'Ni Nyoman Sukerti',
    birthDate: '1974-08-09',
    sex: 'P',
    household: kk.c1,
    familyRole: 'ISTRI',
    nikSerial: 9011,
    desil: 3,
    dtks: true,
    programmes: wayanFamily,
  }),
  resident({
    fullName: 'I Putu Arya Wibawa',
    birthDate: '2003-01-26',
    sex: 'L',
    household: kk.c1,
    familyRole: 'ANAK',
    nikSerial: 9012,
    desil: 3,
    dtks: true,
    programmes: wayanFamily,
  }),
  resident({
    fullName: 'Ni Made Ayu Lestari',
    birthDate: '2007-09-15',
    sex: 'P',
    household: kk.c1,
    familyRole: 'ANAK',
    nikSerial: 9013,
    desil: 3,
    dtks: true,
    programmes: [...wayanFamily, ...both('PIP', paid, inProgress)],
  }),
  resident({
    fullName: 'Andi Muhammad Yusuf',
    birthDate: '1965-12-05',
    sex: 'L',
    household: kk.d1,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9014,
    desil: 4,
    dtks: true,
    nikBirthDate: '1965-12-15',
    qualityFlags: ['NIK_TANGGAL_LAHIR_TIDAK_SESUAI'],
    programmes: [...both('BPNT', paid, paid), ...both('PBI_JK', insured, insured)],
  }),
  resident({
    fullName: 'Sitti Hasnah',
    birthDate: '1962-07-01',
    sex: 'P',
    household: kk.d2,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9015,
    desil: 2,
    dtks: true,
    programmes: [...both('BPNT', paid, inProgress), ...both('PBI_JK', insured, insured)],
  }),
  resident({
    fullName: 'Ambo Dalle',
    birthDate: '1996-03-14',
    sex: 'L',
    household: kk.d3,
    familyRole: 'KEPALA_KELUARGA',
    nikSerial: 9016,
    desil: null,
    dtks: false,
  }),
];
