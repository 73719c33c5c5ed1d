import {
  paymentPeriodPattern,
  programmeCodes,
  type ProgrammeCode,
  type RegistrySource,
} from '@/lib/registry';
import type { FileProblemCode } from './problems';

// Columns every registry export carries, in the order of docs/import-format.md.
export const commonColumns = [
  'NIK',
  'NO_KK',
  'NAMA',
  'TGL_LAHIR',
  'JENIS_KELAMIN',
  'HUB_KELUARGA',
  'KODE_DESA',
  'ALAMAT',
  'RT',
  'RW',
] as const;

export const sourceColumns = {
  DTKS: { required: ['STATUS_DTKS'], optional: [] },
  DTSEN: { required: ['DESIL'], optional: ['KELOMPOK'] },
} as const satisfies Record<RegistrySource, { required: readonly string[]; optional: readonly string[] }>;

// A DTKS programme column: `<PROGRAMME>_<PERIOD>` holds YA/TIDAK/empty for one payment
// period (tahap), `KET_<PROGRAMME>_<PERIOD>` the remark.
const programmeColumnPattern = new RegExp(
  `^(KET_)?(${programmeCodes.join('|')})_(${paymentPeriodPattern.source})$`,
);

export type ProgrammeColumn = {
  index: number;
  code: ProgrammeCode;
  period: string;
  remarkIndex: number | null;
};

export type HeaderLayout = {
  source: RegistrySource;
  columns: readonly string[];
  // Position of each named column in the file.
  at: Record<string, number>;
  programmes: ProgrammeColumn[];
  // Payment periods the file lists, newest first.
  programmePeriods: string[];
};

export type HeaderVerdict =
  { kind: 'ok'; layout: HeaderLayout } | { kind: 'bad'; code: FileProblemCode; columns: string[] };

function parseProgrammeColumn(name: string) {
  const match = programmeColumnPattern.exec(name);
  if (!match) return null;
  return { remark: match[1] !== undefined, code: match[2] as ProgrammeCode, period: match[3] ?? '' };
}

function otherSource(source: RegistrySource): RegistrySource {
  return source === 'DTKS' ? 'DTSEN' : 'DTKS';
}

// Decides from the header alone whether the file is the expected kind of export.
export function judgeHeader(source: RegistrySource, header: readonly string[]): HeaderVerdict {
  const columns = header.map((name) => name.trim().toUpperCase());
  const present = new Set(columns);
  const own = sourceColumns[source];
  const other = sourceColumns[otherSource(source)];
  if (!own.required.some((name) => present.has(name)) && other.required.every((name) => present.has(name))) {
    return { kind: 'bad', code: 'SUMBER_LAIN', columns: [...other.required] };
  }
  const missing = [...commonColumns, ...own.required].filter((name) => !present.has(name));
  if (missing.length > 0) return { kind: 'bad', code: 'KOLOM_HILANG', columns: missing };

  const known = new Set<string>([...commonColumns, ...own.required, ...own.optional]);
  const programmes = new Map<string, ProgrammeColumn>();
  const remarks = new Map<string, number>();
  const unknown: string[] = [];
  const duplicated = columns.filter((name, index) => columns.indexOf(name) !== index);
  columns.forEach((name, index) => {
    if (known.has(name)) return;
    const programme = source === 'DTKS' ? parseProgrammeColumn(name) : null;
    if (!programme) return unknown.push(name);
    const key = `${programme.code}_${programme.period}`;
    if (programme.remark) remarks.set(key, index);
    else programmes.set(key, { index, code: programme.code, period: programme.period, remarkIndex: null });
  });
  for (const key of remarks.keys()) if (!programmes.has(key)) unknown.push(`KET_${key}`);
  if (unknown.length > 0 || duplicated.length > 0) {
    return { kind: 'bad', code: 'KOLOM_TIDAK_DIKENAL', columns: [...unknown, ...duplicated] };
  }
  for (const [key, column] of programmes) column.remarkIndex = remarks.get(key) ?? null;
  const at = Object.fromEntries(columns.map((name, index) => [name, index]));
  const programmePeriods = [...new Set([...programmes.values()].map((column) => column.period))]
    .sort()
    .reverse();
  return {
    kind: 'ok',
    layout: { source, columns, at, programmes: [...programmes.values()], programmePeriods },
  };
}
