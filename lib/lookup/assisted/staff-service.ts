import 'server-only';
import { db, type Database } from '@/lib/db';
import { formText } from '@/lib/forms';
import { portalSecret } from '@/lib/registry';
import { type StaffCaller, recordStaffActionIn } from '@/lib/staff';
import { consentedLookup, type ConsentedLookup } from './consent';
import { readPersonRecord, type PersonRecord } from './person-record';
import { parseAssistedSearch } from './schema';
import type { AssistedFormValues, AssistedSearchState } from './search-cookie';
import { searchResidents } from './search';
import { residentSummaries, type ResidentSummary } from './summaries';

// The operator's search form → a result state the page renders. The NIK is never kept in
// the state; the name is, so the form shows what was typed.
export async function runAssistedSearch(caller: StaffCaller, form: FormData): Promise<AssistedSearchState> {
  const values: AssistedFormValues = {
    villageCode: formText(form, 'villageCode', 20),
    fullName: formText(form, 'fullName'),
    purpose: formText(form, 'purpose'),
  };
  const parsed = parseAssistedSearch({
    ...values,
    nik: formText(form, 'nik', 40),
    consent: formText(form, 'consent', 4),
  });
  if (!parsed.success) return { kind: 'invalid', errors: parsed.errors, values };
  const database = await db();
  const outcome = await searchResidents(database.prisma, portalSecret(), caller, parsed.data);
  await recordStaffActionIn(database, {
    actorId: caller.userId,
    action: 'person.search',
    subject: outcome.villageCode,
    detail: {
      reference: outcome.reference,
      by: outcome.by,
      count: outcome.matches.length,
      personIds: outcome.matches.map((match) => match.personId),
    },
  });
  return { kind: 'done', outcome, values };
}

export async function summariesFor(caller: StaffCaller, ids: readonly number[]): Promise<ResidentSummary[]> {
  return residentSummaries((await db()).prisma, caller, ids);
}

// A record is shown only for a person listed by the caller's own consented search, and
// within their scope; each view is logged with the search's purpose and consent.
export async function openPersonRecord(
  caller: StaffCaller,
  personId: number,
  reference: string,
  database?: Pick<Database, 'prisma'>,
): Promise<{ record: PersonRecord; lookup: ConsentedLookup } | null> {
  const on = database ?? (await db());
  const lookup = await consentedLookup(on.prisma, caller, reference, personId);
  const record = lookup ? await readPersonRecord(on.prisma, caller, personId) : null;
  if (!lookup || !record) return null;
  await recordStaffActionIn(on, {
    actorId: caller.userId,
    action: 'person.view',
    subject: `person:${personId}`,
    detail: { reference: lookup.reference, purpose: lookup.purpose, consent: true },
  });
  return { record, lookup };
}
