import type { MusdesItem } from './musdes';

// A cell as spreadsheet programs read it; a leading = + - @ is neutralised so a name
// typed by a resident can never run as a formula.
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function musdesCsv(items: readonly MusdesItem[]): string {
  const header = ['kode', 'pemohon', 'alamat', 'anggota_keluarga', 'alasan', 'diajukan'];
  const rows = items.map((item) =>
    [
      item.code,
      item.applicantName,
      item.address,
      item.members.join('; '),
      item.reasons,
      item.filedAt.slice(0, 10),
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
