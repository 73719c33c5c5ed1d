import 'server-only';
import type { GeneratedPerson } from '../types';
import { type BulkWriter, type BulkTable, postgresTextArray } from '@/lib/db';
import { identityNumberFields, nameFields } from '@/lib/import';
import { demoProgrammePeriods } from './periods';

export type SeedContext = {
  writer: BulkWriter<BulkTable>;
  secret: string;
  snapshotIds: { DTKS: number; DTSEN: number };
  householdIds: Map<string, number>;
  nextPersonId: number;
};

// Writes one generated person (and their household the first time it appears) with
// hashed identity numbers, the normalised name and its match keys.
export async function writeGeneratedPerson(context: SeedContext, person: GeneratedPerson): Promise<void> {
  const { writer, secret, snapshotIds } = context;
  const name = nameFields(person.fullName);
  let householdId = context.householdIds.get(person.kk);
  if (householdId === undefined) {
    householdId = context.householdIds.size + 1;
    context.householdIds.set(person.kk, householdId);
    const kk = identityNumberFields(secret, 'kk', person.kk);
    await writer.add('household', [
      householdId,
      kk.hash,
      kk.masked,
      person.villageCode,
      person.address,
      person.rt,
      person.rw,
    ]);
  }
  const personId = context.nextPersonId++;
  const nik = identityNumberFields(secret, 'nik', person.nik);
  await writer.add('person', [
    personId,
    householdId,
    person.villageCode,
    person.fullName,
    name.normalizedName,
    person.birthDate,
    person.sex,
    person.familyRole,
    nik.hash,
    nik.masked,
    postgresTextArray(person.qualityFlags),
  ]);
  for (const key of name.keys) {
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
