import 'server-only';
import type { DbClient } from '@/lib/db';
import { describeVillage } from '@/lib/regions';
import type { StaffCaller } from '@/lib/staff';
import { allLookupAudit } from './audit-list';
import { spreadsheetCsvLine } from '@/lib/formats';
import type { AuditFilters } from './filters';

const header = [
  'waktu_wib',
  'kanal',
  'kode_desa',
  'desa',
  'kecamatan',
  'hasil',
  'jumlah_cocok',
  'referensi',
  'petugas',
  'tujuan',
  'persetujuan',
  'program',
];

// The filtered audit as CSV lines, produced batch by batch so the response streams.
// Like the audit itself, it carries no name and no NIK.
export async function* lookupAuditCsv(
  client: DbClient,
  caller: StaffCaller,
  filters: AuditFilters,
): AsyncGenerator<string> {
  yield spreadsheetCsvLine(header);
  const places = new Map<string, { village: string; district: string }>();
  const placeOf = async (code: string) => {
    let place = places.get(code);
    if (!place) {
      const described = await describeVillage(code);
      place = { village: described?.village.name ?? '', district: described?.district.name ?? '' };
      places.set(code, place);
    }
    return place;
  };
  for await (const rows of allLookupAudit(client, caller, filters)) {
    let chunk = '';
    for (const row of rows) {
      const place = await placeOf(row.villageCode);
      chunk += spreadsheetCsvLine([
        row.at,
        row.channel,
        row.villageCode,
        place.village,
        place.district,
        row.result,
        row.matchCount,
        row.reference,
        row.operator,
        row.purpose,
        row.consent,
        row.programmeCodes.join(' '),
      ]);
    }
    yield chunk;
  }
}
