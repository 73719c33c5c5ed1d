import { describe, expect, it } from 'vitest';
import { judgeHeader } from '@/lib/import/columns';

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

describe('judgeHeader', () => {
  it('reads DTKS programme columns and their periods, newest first', () => {
    const verdict = judgeHeader('DTKS', [
      ...common,
      'STATUS_DTKS',
      'PKH_2025-Q4',
      'KET_PKH_2025-Q4',
      'PBI_JK_2026-Q1',
      'BLT_2025-11',
    ]);
    expect(verdict.kind).toBe('ok');
    if (verdict.kind !== 'ok') return;
    expect(verdict.layout.programmePeriods).toEqual(['2026-Q1', '2025-Q4', '2025-11']);
    expect(verdict.layout.programmes).toEqual([
      { index: 11, code: 'PKH', period: '2025-Q4', remarkIndex: 12 },
      { index: 13, code: 'PBI_JK', period: '2026-Q1', remarkIndex: null },
      { index: 14, code: 'BLT', period: '2025-11', remarkIndex: null },
    ]);
  });

  it('accepts lower-case names and spaces around them', () => {
    expect(judgeHeader('DTSEN', [...common.map((name) => ` ${name.toLowerCase()} `), 'desil']).kind).toBe(
      'ok',
    );
  });

  it.each([
    ['DTKS', [...common, 'DESIL', 'KELOMPOK'], 'SUMBER_LAIN', ['DESIL']],
    ['DTSEN', [...common, 'STATUS_DTKS', 'PKH_2025-Q4'], 'SUMBER_LAIN', ['STATUS_DTKS']],
    ['DTKS', [...common.filter((name) => name !== 'RT'), 'STATUS_DTKS'], 'KOLOM_HILANG', ['RT']],
    ['DTKS', [...common, 'STATUS_DTKS', 'PKH_2025-Q5'], 'KOLOM_TIDAK_DIKENAL', ['PKH_2025-Q5']],
    ['DTKS', [...common, 'STATUS_DTKS', 'KET_BPNT_2025-Q4'], 'KOLOM_TIDAK_DIKENAL', ['KET_BPNT_2025-Q4']],
    ['DTSEN', [...common, 'DESIL', 'PKH_2025-Q4'], 'KOLOM_TIDAK_DIKENAL', ['PKH_2025-Q4']],
    ['DTSEN', [...common, 'DESIL', 'NIK'], 'KOLOM_TIDAK_DIKENAL', ['NIK']],
  ] as const)('judges a %s header %j as %s', (source, header, code, columns) => {
    expect(judgeHeader(source, header)).toEqual({ kind: 'bad', code, columns });
  });
});
