import { describe, expect, it } from 'vitest';
import { musdesCsv } from '@/lib/tickets/musdes-csv';

const item = {
  code: 'ACDE-FGHJ',
  applicantName: 'Sutrisno "Tris"',
  address: 'Jl. Kedungdoro 3, RT 02',
  members: ['Sutrisno', 'Sumiati'],
  reasons: '=HYPERLINK("http://x")',
  filedAt: '2026-11-20T18:30:00.000Z',
};

describe('Musdes CSV', () => {
  it('neutralises formulas typed by residents and dates a ticket by its WIB day', () => {
    expect(musdesCsv([item]).split('\r\n')).toEqual([
      'kode,pemohon,alamat,anggota_keluarga,alasan,diajukan',
      'ACDE-FGHJ,"Sutrisno ""Tris""","Jl. Kedungdoro 3, RT 02",Sutrisno; Sumiati,"\'=HYPERLINK(""http://x"")",2026-11-21',
      '',
    ]);
  });
});
