import { z } from 'zod';
import {
  DtksStatus,
  FamilyRole,
  identityNumberPattern,
  nikAgreesWith,
  nikDateIsPossible,
  Sex,
  type ProgrammeCode,
} from '@/lib/registry';
import type { HeaderLayout } from './columns';
import type { FlagCode, RowProblem, RowProblemCode } from './problems';

export type ImportedProgramme = { code: ProgrammeCode; period: string; received: boolean; remark: string };

export type ImportedRow = {
  line: number;
  nik: string;
  kk: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  familyRole: FamilyRole;
  villageCode: string;
  address: string;
  rt: string;
  rw: string;
  flags: FlagCode[];
  dtksStatus: DtksStatus | null;
  desil: number | null;
  welfareGroup: string | null;
  programmes: ImportedProgramme[];
};

export type RowVerdict =
  { kind: 'accepted'; row: ImportedRow } | { kind: 'rejected'; problems: RowProblem[] };

const code = (problem: RowProblemCode) => ({ error: problem });

// The verdict of building the date with Date.UTC and reading it back, without a Date
// per row: a day that exists in the Gregorian calendar, from 1900 up to today.
export function isRealPastDate(text: string, today: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth =
    month === 2 ? (leapYear ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && text <= today;
}

export type RowContext = {
  knownVillage(code: string): boolean;
  // Staff outside the national level may load rows of their own region only.
  inScope(code: string): boolean;
  today: string;
};

// Checks the row as the file gives it, after `normalized` has folded case: no
// transforms, so an accepted row costs zod no copies.
function rowSchema(layout: HeaderLayout, context: RowContext) {
  const digits16 = (problem: RowProblemCode) => z.string().regex(identityNumberPattern, code(problem));
  const smallNumber = z.string().regex(/^\d{1,3}$/, code('RT_RW_TIDAK_VALID'));
  return z.object({
    NIK: digits16('NIK_TIDAK_VALID').refine(nikDateIsPossible, code('NIK_TANGGAL_MUSTAHIL')),
    NO_KK: digits16('KK_TIDAK_VALID'),
    NAMA: z.string().max(100, code('NAMA_TIDAK_VALID')).regex(/\p{L}/u, code('NAMA_TIDAK_VALID')),
    TGL_LAHIR: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, code('TANGGAL_LAHIR_TIDAK_VALID'))
      .refine((value) => isRealPastDate(value, context.today), code('TANGGAL_LAHIR_TIDAK_VALID')),
    JENIS_KELAMIN: z.enum(Sex, code('JENIS_KELAMIN_TIDAK_VALID')),
    HUB_KELUARGA: z.enum(FamilyRole, code('HUBUNGAN_KELUARGA_TIDAK_VALID')),
    KODE_DESA: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, code('KODE_DESA_TIDAK_DIKENAL'))
      .refine((value) => context.knownVillage(value), code('KODE_DESA_TIDAK_DIKENAL'))
      .refine((value) => context.inScope(value), code('DI_LUAR_WILAYAH')),
    ALAMAT: z.string().min(1, code('ALAMAT_TIDAK_VALID')).max(200, code('ALAMAT_TIDAK_VALID')),
    RT: smallNumber,
    RW: smallNumber,
    ...(layout.source === 'DTKS'
      ? { STATUS_DTKS: z.enum(DtksStatus, code('STATUS_DTKS_TIDAK_VALID')) }
      : {
          DESIL: z.string().regex(/^(10|[1-9])$/, code('DESIL_TIDAK_VALID')),
          KELOMPOK: z.string().max(32, code('DESIL_TIDAK_VALID')).optional(),
        }),
  });
}

const upper = (value: string) => value.toUpperCase();

// Coded columns accept any case, and family roles spaces for underscores.
const normalized: Readonly<Record<string, (value: string) => string>> = {
  JENIS_KELAMIN: upper,
  HUB_KELUARGA: (value) => upper(value).replace(/ /g, '_'),
  STATUS_DTKS: upper,
};

const programmeStatus = z.enum(['YA', 'TIDAK'], code('STATUS_PROGRAM_TIDAK_VALID'));

function nikFlags(row: {
  NIK: string;
  TGL_LAHIR: string;
  JENIS_KELAMIN: Sex;
  KODE_DESA: string;
}): FlagCode[] {
  const agreement = nikAgreesWith(row.NIK, {
    districtCode: row.KODE_DESA.slice(0, 8),
    birthDate: row.TGL_LAHIR,
    sex: row.JENIS_KELAMIN,
  });
  const flags: FlagCode[] = [];
  if (!agreement.birthDate) flags.push('NIK_TANGGAL_LAHIR_TIDAK_SESUAI');
  if (!agreement.sex) flags.push('NIK_JENIS_KELAMIN_TIDAK_SESUAI');
  if (!agreement.region) flags.push('NIK_WILAYAH_TIDAK_SESUAI');
  return flags;
}

// Values are shown in the rejection report; identity numbers never in full.
function shownValue(column: string, value: string): string {
  if (column === 'NIK' || column === 'NO_KK') return value.length > 6 ? `${value.slice(0, 6)}…` : value;
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}

// Validates one record of the file against the layout its header declared. Returns
// every problem of the row (one per column) so staff can fix a row in one go.
export function createRowValidator(layout: HeaderLayout, context: RowContext) {
  const schema = rowSchema(layout, context);
  const named = Object.keys(schema.shape).flatMap((name) => {
    const index = layout.at[name];
    return index === undefined ? [] : [{ name, index, normalize: normalized[name] }];
  });
  return (record: readonly string[], line: number): RowVerdict => {
    if (record.length !== layout.columns.length) {
      return {
        kind: 'rejected',
        problems: [{ column: '*', code: 'KOLOM_TIDAK_LENGKAP', value: String(record.length) }],
      };
    }
    const input: Record<string, string> = {};
    for (const { name, index, normalize } of named) {
      const value = record[index] ?? '';
      input[name] = normalize ? normalize(value) : value;
    }
    const parsed = schema.safeParse(input);
    const problems: RowProblem[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '*');
        if (problems.some((problem) => problem.column === column)) continue;
        const index = layout.at[column];
        problems.push({
          column,
          code: issue.message as RowProblemCode,
          value: shownValue(column, index === undefined ? '' : (record[index] ?? '')),
        });
      }
    }
    const programmes: ImportedProgramme[] = [];
    for (const column of layout.programmes) {
      const raw = record[column.index] ?? '';
      // Empty means the resident is not listed for the programme in that period.
      if (raw === '') continue;
      const status = programmeStatus.safeParse(upper(raw));
      if (!status.success) {
        problems.push({
          column: layout.columns[column.index] ?? '*',
          code: 'STATUS_PROGRAM_TIDAK_VALID',
          value: shownValue('', raw),
        });
      } else {
        const remark = column.remarkIndex === null ? '' : (record[column.remarkIndex] ?? '');
        programmes.push({ code: column.code, period: column.period, received: status.data === 'YA', remark });
      }
    }
    if (!parsed.success || problems.length > 0) return { kind: 'rejected', problems };
    const data = parsed.data;
    return {
      kind: 'accepted',
      row: {
        line,
        nik: data.NIK,
        kk: data.NO_KK,
        fullName: data.NAMA,
        birthDate: data.TGL_LAHIR,
        sex: data.JENIS_KELAMIN,
        familyRole: data.HUB_KELUARGA,
        villageCode: data.KODE_DESA,
        address: data.ALAMAT,
        rt: data.RT.padStart(3, '0'),
        rw: data.RW.padStart(3, '0'),
        flags: nikFlags(data),
        dtksStatus: 'STATUS_DTKS' in data ? data.STATUS_DTKS : null,
        desil: 'DESIL' in data ? Number(data.DESIL) : null,
        welfareGroup: 'KELOMPOK' in data && data.KELOMPOK ? data.KELOMPOK : null,
        programmes,
      },
    };
  };
}
