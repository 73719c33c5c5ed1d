import 'server-only';
import type { DbClient } from '@/lib/db';
import { wibDay } from '@/lib/formats';
import { ageOn } from '@/lib/lookup/age';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import {
  isWelfareGroup,
  type DtksStatus,
  type FamilyRole,
  type Sex,
  type WelfareGroup,
} from '@/lib/registry';
import { type StaffCaller, staffScope } from '@/lib/staff';
import { welfareGroupOf, type StatusExplanation } from '@/lib/status';
import { dtksHistory, dtsenHistory, householdInScope, personInScope, programmeHistory } from './queries';
import { stateOf, type PeriodListing } from './state';

export type HouseholdMember = {
  id: number;
  fullName: string;
  familyRole: FamilyRole;
  sex: Sex;
  age: number;
  nikMasked: string;
};

export type PersonRecord = {
  id: number;
  fullName: string;
  nikMasked: string;
  birthDate: string;
  age: number;
  sex: Sex;
  familyRole: FamilyRole;
  villageCode: string;
  qualityFlags: string[];
  household: { kkMasked: string; address: string; rt: string; rw: string; members: HouseholdMember[] };
  status: StatusExplanation;
  welfare: { desil: number; group: WelfareGroup } | null;
  dtks: { snapshot: string; period: string; active: boolean; status: DtksStatus }[];
  dtsen: { snapshot: string; period: string; active: boolean; desil: number; group: WelfareGroup }[];
  programmes: (PeriodListing & { name: string; snapshotActive: boolean })[];
  periods: { current: string | null; previous: string | null };
};

// The full record of one resident for staff. The person is read with the caller's scope in
// the query; a person outside it is answered exactly like a missing one (null).
export async function readPersonRecord(
  client: DbClient,
  caller: StaffCaller,
  personId: number,
  now = new Date(),
): Promise<PersonRecord | null> {
  const scope = staffScope(caller).patterns;
  const person = await personInScope(client, personId, scope);
  if (!person) return null;
  const [members, dtksEntries, dtsenEntries, assignments, snapshots] = await Promise.all([
    householdInScope(client, person.household_id, scope),
    dtksHistory(client, personId),
    dtsenHistory(client, personId),
    programmeHistory(client, personId),
    activeSnapshots(client),
  ]);
  const groupOf = (entry: { desil: number; welfare_group: string | null }) =>
    isWelfareGroup(entry.welfare_group) ? entry.welfare_group : welfareGroupOf(entry.desil);
  const dtks = dtksEntries.map(({ label, period, active, status }) => ({
    snapshot: label,
    period,
    active,
    status,
  }));
  const dtsen = dtsenEntries.map((entry) => ({
    snapshot: entry.label,
    period: entry.period,
    active: entry.active,
    desil: entry.desil,
    group: groupOf(entry),
  }));
  const programmes = assignments.map(({ active, ...listing }) => ({ ...listing, snapshotActive: active }));
  const today = wibDay(now);
  const periods = { current: snapshots.currentPeriod, previous: snapshots.previousPeriod };
  const activeDtks = dtks.find((entry) => entry.active);
  const activeDtsen = dtsen.find((entry) => entry.active);
  return {
    id: person.id,
    fullName: person.full_name,
    nikMasked: person.nik_masked,
    birthDate: person.birth_date,
    age: ageOn(person.birth_date, today),
    sex: person.sex,
    familyRole: person.family_role,
    villageCode: person.village_code,
    qualityFlags: person.quality_flags,
    household: {
      kkMasked: person.kk_masked,
      address: person.address,
      rt: person.rt,
      rw: person.rw,
      members: members.map((member) => ({
        id: member.id,
        fullName: member.full_name,
        familyRole: member.family_role,
        sex: member.sex,
        age: ageOn(member.birth_date, today),
        nikMasked: member.nik_masked,
      })),
    },
    status: stateOf(
      {
        dtksStatus: activeDtks?.status ?? null,
        desil: activeDtsen?.desil ?? null,
        qualityFlags: person.quality_flags,
        listings: programmes.filter((listing) => listing.snapshotActive),
      },
      periods,
    ),
    welfare: activeDtsen ? { desil: activeDtsen.desil, group: activeDtsen.group } : null,
    dtks,
    dtsen,
    programmes,
    periods,
  };
}
