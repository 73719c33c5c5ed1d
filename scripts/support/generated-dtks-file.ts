// A DTKS file in the import format (docs/import-format.md) of the demo generator's
// persons: for the import benchmark and for tests that need a file of some size.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateRegistry, type GeneratedPerson, demoProgrammePeriods } from '@/lib/demo';
import { commonColumns, sourceColumns } from '@/lib/import';
import { copyCsvLine } from '@/lib/formats';
import { programmeCodes } from '@/lib/registry';

const periods = [demoProgrammePeriods.current.code, demoProgrammePeriods.previous.code];
const programmeColumns = periods.flatMap((period) => programmeCodes.map((code) => `${code}_${period}`));
export const dtksHeader = [...commonColumns, ...sourceColumns.DTKS.required, ...programmeColumns];

function dtksLine(person: GeneratedPerson): string {
  const statuses = new Map(
    person.programmes.map((p) => [
      `${p.code}_${demoProgrammePeriods[p.period].code}`,
      p.received ? 'YA' : 'TIDAK',
    ]),
  );
  return copyCsvLine([
    person.nik,
    person.kk,
    person.fullName,
    person.birthDate,
    person.sex,
    person.familyRole,
    person.villageCode,
    person.address,
    person.rt,
    person.rw,
    person.dtks?.status ?? 'AKTIF',
    ...programmeColumns.map((column) => statuses.get(column) ?? ''),
  ]);
}

export async function writeGeneratedDtksFile(
  file: string,
  rows: number,
  villages: { code: string; districtCode: string; name: string }[],
) {
  const out = createWriteStream(file);
  let batch = copyCsvLine(dtksHeader);
  for (const person of generateRegistry({ seed: 20260101, persons: rows, villages })) {
    batch += dtksLine(person);
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}
