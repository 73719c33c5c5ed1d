import 'server-only';
import type { GeneratedPerson } from '@/lib/demo-registry';
import { matchKeys, normalizeName } from '@/lib/matching';
import { keyedHash } from '@/lib/personal-data/keyed-hash';
import { maskIdentityNumber } from '@/lib/personal-data/mask';
import type { BulkWriter } from '@/lib/registry-store/bulk-writer';
import { postgresTextArray } from '@/lib/registry-store/csv';
import { demoProgrammePeriods } from './periods';

export type SeedContext = {
  writer: BulkWriter;
  secret: string;
  snapshotIds: { DTKS: number; DTSEN: number };
  householdIds: Map<string, number>;
  nextPersonId: number;
};

// Writes one generated person (and their household the first time it appears) with
// hashed identity numbers, the normalised name and its match keys.
export async function writeGeneratedPerson(context: SeedContext, person: GeneratedPerson): Promise<void> {
  const { writer, secret, snapshotIds } = context;
  let householdId = context.householdIds.get(person.kk);
  if (householdId === undefined) {
    householdId = context.householdIds.size + 1;
    context.householdIds.set(person.kk, householdId);
    await writer.add('household', [
      householdId,
      keyedHash(secret, 'kk', person.kk),
      maskIdentityNumber(person.kk),
      person.villageCode,
      person.address,
      person.rt,
      person.rw,
    ]);
  }
  const personId = context.nextPersonId++;
  await writer.add('person', [
    personId,
    householdId,
    person.villageCode,
    person.fullName,
    normalizeName(person.fullName).text,
    person.birthDate,
    person.sex,
    person.familyRole,
    keyedHash(secret, 'nik', person.nik),
    maskIdentityNumber(person.nik),
    postgresTextArray(person.qualityFlags),
  ]);
  for (const key of matchKeys(person.fullName)) {
    await writer.add('person_name_key', [person.villageCode, key, personId]);
  }
  if (person.dtks) await writer.add('dtks_entry', [snapshotIds.DTKS, personId, person.dtks.status]);
  if (person.dtsen) await writer.add('dtsen_entry', [snapshotIds.DTSEN, personId, person.dtsen.desil, null]);
  for (const programme of person.programmes) {
    await writer.add('programme_assignment', [
      snapshotIds.DTKS,
      personId,
      programme.code,
      demoProgrammePeriods[programme.period].code,
      programme.received,
      programme.remark,
    ]);
  }
}
