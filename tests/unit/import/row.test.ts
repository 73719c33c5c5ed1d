import { describe, expect, it } from 'vitest';
import { judgeHeader, type HeaderLayout } from '@/lib/import/columns';
import { createRowValidator, isRealPastDate } from '@/lib/import/row';
import type { RegistrySource } from '@/lib/registry';

const common = [
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
];
const context = {
  knownVillage: (code: string) => code === '35.78.05.1003' || code === '32.04.05.2002',
  inScope: (code: string) => code.startsWith('35.78.'),
  today: '2026-11-24',
};

function layoutOf(source: RegistrySource, header: string[]): HeaderLayout {
  const verdict = judgeHeader(source, header);
  if (verdict.kind !== 'ok') throw new Error(verdict.code);
  return verdict.layout;
}

const dtsen = createRowValidator(layoutOf('DTSEN', [...common, 'DESIL', 'KELOMPOK']), context);
// A woman born 1975-02-03 in 35.78.05: day 03 + 40 = 43.
const sulastri = [
  '3578054302750002',
  '3578050204120011',
  'Sulastri',
  '1975-02-03',
  'P',
  'istri',
  '35.78.05.1003',
  'Jl. Kedungdoro',
  '2',
  '5',
];

describe('row validation', () => {
  it('accepts a good DTSEN row, normalising case, family role and RT/RW', () => {
    expect(dtsen([...sulastri, '2', 'miskin'], 7)).toEqual({
      kind: 'accepted',
      row: expect.objectContaining({
        line: 7,
        familyRole: 'ISTRI',
        rt: '002',
        rw: '005',
        desil: 2,
        welfareGroup: 'miskin',
        dtksStatus: null,
        flags: [],
      }),
    });
  });

  it.each([
    ['0', 'DESIL_TIDAK_VALID'],
    ['11', 'DESIL_TIDAK_VALID'],
    ['dua', 'DESIL_TIDAK_VALID'],
  ])('rejects desil %s', (desil, code) => {
    expect(dtsen([...sulastri, desil, ''], 2)).toEqual({
      kind: 'rejected',
      problems: [{ column: 'DESIL', code, value: desil }],
    });
  });

  it('lists every problem of a row, one per column, without a full NIK', () => {
    const row = [...sulastri, '2', ''];
    row[0] = '3578059902750002';
    row[3] = '2030-01-01';
    row[6] = '35.78.05.9999';
    expect(dtsen(row, 3)).toEqual({
      kind: 'rejected',
      problems: [
        { column: 'NIK', code: 'NIK_TANGGAL_MUSTAHIL', value: '357805…' },
        { column: 'TGL_LAHIR', code: 'TANGGAL_LAHIR_TIDAK_VALID', value: '2030-01-01' },
        { column: 'KODE_DESA', code: 'KODE_DESA_TIDAK_DIKENAL', value: '35.78.05.9999' },
      ],
    });
  });

  it.each([
    ['birth date', 3, '1975-02-04', ['NIK_TANGGAL_LAHIR_TIDAK_SESUAI']],
    ['sex', 4, 'L', ['NIK_JENIS_KELAMIN_TIDAK_SESUAI']],
  ])('accepts a NIK that disagrees with the %s, with a flag', (_, column, value, flags) => {
    const row = [...sulastri, '2', ''];
    row[column] = value;
    expect(dtsen(row, 2)).toMatchObject({ kind: 'accepted', row: { flags } });
  });

  it("rejects a village outside the caller's region", () => {
    const row = [...sulastri, '2', ''];
    row[6] = '32.04.05.2002';
    expect(dtsen(row, 2)).toMatchObject({
      kind: 'rejected',
      problems: [{ column: 'KODE_DESA', code: 'DI_LUAR_WILAYAH' }],
    });
  });

  it('reads DTKS programme statuses and remarks, skipping empty ones', () => {
    const validate = createRowValidator(
      layoutOf('DTKS', [...common, 'STATUS_DTKS', 'PKH_2026-Q1', 'KET_PKH_2026-Q1', 'BPNT_2026-Q1']),
      context,
    );
    expect(validate([...sulastri, 'aktif', 'ya', 'Sudah disalurkan', ''], 2)).toMatchObject({
      kind: 'accepted',
      row: {
        dtksStatus: 'AKTIF',
        programmes: [{ code: 'PKH', period: '2026-Q1', received: true, remark: 'Sudah disalurkan' }],
      },
    });
    expect(validate([...sulastri, 'AKTIF', 'YA', ''], 2)).toEqual({
      kind: 'rejected',
      problems: [{ column: '*', code: 'KOLOM_TIDAK_LENGKAP', value: '13' }],
    });
  });
});

describe('birth dates', () => {
  // The rule as it was first written: build the date and read it back.
  function viaDate(text: string, today: string): boolean {
    const [year, month, day] = text.split('-').map(Number);
    if (year === undefined || month === undefined || day === undefined) return false;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCDate() === day && date.getUTCMonth() === month - 1 && year >= 1900 && text <= today;
  }

  it('accepts the days the calendar has, from 1900 to today, as Date does', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    for (const year of [1, 1899, 1900, 1904, 1999, 2000, 2023, 2024, 2026, 2027, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([text, isRealPastDate(text, '2026-11-24')]).toEqual([text, viaDate(text, '2026-11-24')]);
        }
      }
    }
  });
});
