import { spreadsheetCsvLine, wibDay } from '@/lib/formats';
import type { MusdesItem } from './musdes';

// Names and reasons typed by residents: the spreadsheet encoding neutralises formulas.
export function musdesCsv(items: readonly MusdesItem[]): string {
  const header = ['kode', 'pemohon', 'alamat', 'anggota_keluarga', 'alasan', 'diajukan'];
  const rows = items.map((item) =>
    spreadsheetCsvLine([
      item.code,
      item.applicantName,
      item.address,
      item.members.join('; '),
      item.reasons,
      wibDay(item.filedAt),
    ]),
  );
  return spreadsheetCsvLine(header) + rows.join('');
}
