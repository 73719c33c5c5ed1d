import 'server-only';
import type { SqlSession } from '@/lib/db';
import { ageOn, todayInJakarta } from '@/lib/lookup/age';
import { activeSnapshots } from '@/lib/lookup/active-snapshots';
import type { StaffCaller } from '@/lib/staff/caller';
import { scopeCondition, staffScope } from '@/lib/staff/scope';
import { welfareGroupOf, type StatusExplanation, type WelfareGroup } from '@/lib/status';
import { stateOf, type PeriodListing } from './state';

type FamilyRole = 'KEPALA_KELUARGA' | 'SUAMI' | 'ISTRI' | 'ANAK' | 'ORANG_TUA' | 'FAMILI_LAIN';

export type HouseholdMember = {
  id: number;
  fullName: string;
  familyRole: FamilyRole;
  sex: 'L' | 'P';
  age: number;
  nikMasked: string;
};

export type PersonRecord = {
  id: number;
  fullName: string;
  nikMasked: string;
  birthDate: string;
  age: number;
  sex: 'L' | 'P';
  familyRole: FamilyRole;
  villageCode: string;
  qualityFlags: string[];
  household: { kkMasked: string; address: string; rt: string; rw: string; members: HouseholdMember[] };
  status: StatusExplanation;
  welfare: { desil: number; group: WelfareGroup } | null;
  dtks: { snapshot: string; period: string; active: boolean; status: 'AKTIF' | 'NONAKTIF' }[];
  dtsen: { snapshot: string; period: string; active: boolean; desil: number; group: WelfareGroup }[];
  programmes: (PeriodListing & { name: string; snapshotActive: boolean })[];
  periods: { current: string | null; previous: string | null };
};

type PersonRow = {
  id: number;
  full_name: string;
  nik_masked: string;
  birth_date: string;
  sex: 'L' | 'P';
  family_role: FamilyRole;
  village_code: string;
  quality_flags: string[];
  household_id: number;
  kk_masked: string;
  address: string;
  rt: string;
  rw: string;
};

const personSql = `
SELECT p.id, p.full_name, p.nik_masked, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex::text AS sex,
       p.family_role::text AS family_role, p.village_code, p.quality_flags, p.household_id,
       h.kk_masked, h.address, h.rt, h.rw
FROM person p JOIN household h ON h.id = p.household_id
WHERE p.id = $1 AND ${scopeCondition('p.village_code', 2)}`;

const membersSql = `
SELECT p.id, p.full_name, p.family_role::text AS family_role, p.sex::text AS sex, p.nik_masked,
       to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date
FROM person p WHERE p.household_id = $1 AND ${scopeCondition('p.village_code', 2)}
ORDER BY p.family_role, p.birth_date, p.id`;

// Entries of visible snapshots only: a file still loading or failed is nobody's record.
const dtksSql = `
SELECT r.label, r.period, r.state = 'ACTIVE' AS active, d.status::text AS status
FROM dtks_entry d JOIN registry_snapshot r ON r.id = d.snapshot_id
WHERE d.person_id = $1 AND r.state IN ('ACTIVE', 'SUPERSEDED') ORDER BY r.period DESC, r.id DESC`;

const dtsenSql = `
SELECT r.label, r.period, r.state = 'ACTIVE' AS active, s.desil::int AS desil, s.welfare_group
FROM dtsen_entry s JOIN registry_snapshot r ON r.id = s.snapshot_id
WHERE s.person_id = $1 AND r.state IN ('ACTIVE', 'SUPERSEDED') ORDER BY r.period DESC, r.id DESC`;

const programmesSql = `
SELECT a.programme_code AS code, g.name, a.period, a.received, a.remark, r.state = 'ACTIVE' AS active
FROM programme_assignment a
JOIN registry_snapshot r ON r.id = a.snapshot_id
JOIN programme g ON g.code = a.programme_code
WHERE a.person_id = $1 AND r.state IN ('ACTIVE', 'SUPERSEDED')
ORDER BY a.period DESC, a.programme_code`;

function isWelfareGroup(value: string | null): value is WelfareGroup {
  return (
    value !== null &&
    ['SANGAT_MISKIN', 'MISKIN', 'HAMPIR_MISKIN', 'RENTAN_MISKIN', 'TIDAK_MISKIN'].includes(value)
  );
}

// The full record of one resident for staff. The person is read with the caller's scope in
// the query; a person outside it is answered exactly like a missing one (null).
export async function readPersonRecord(
  sql: SqlSession,
  caller: StaffCaller,
  personId: number,
  now = new Date(),
): Promise<PersonRecord | null> {
  const scope = staffScope(caller).patterns;
  const [person] = await sql.query<PersonRow>(personSql, [personId, scope]);
  if (!person) return null;
  const [members, dtks, dtsen, programmes, snapshots] = await Promise.all([
    sql.query<{
      id: number;
      full_name: string;
      family_role: FamilyRole;
      sex: 'L' | 'P';
      nik_masked: string;
      birth_date: string;
    }>(membersSql, [person.household_id, scope]),
    sql.query<{ label: string; period: string; active: boolean; status: 'AKTIF' | 'NONAKTIF' }>(dtksSql, [
      personId,
    ]),
    sql.query<{
      label: string;
      period: string;
      active: boolean;
      desil: number;
      welfare_group: string | null;
    }>(dtsenSql, [personId]),
    sql.query<{
      code: string;
      name: string;
      period: string;
      received: boolean;
      remark: string;
      active: boolean;
    }>(programmesSql, [personId]),
    activeSnapshots(sql),
  ]);
  const today = todayInJakarta(now);
  const periods = { current: snapshots.currentPeriod, previous: snapshots.previousPeriod };
  const activeDtks = dtks.find((entry) => entry.active);
  const activeDtsen = dtsen.find((entry) => entry.active);
  const groupOf = (entry: { desil: number; welfare_group: string | null }) =>
    isWelfareGroup(entry.welfare_group) ? entry.welfare_group : welfareGroupOf(entry.desil);
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
        listings: programmes.filter((listing) => listing.active),
      },
      periods,
    ),
    welfare: activeDtsen ? { desil: activeDtsen.desil, group: groupOf(activeDtsen) } : null,
    dtks: dtks.map((entry) => ({
      snapshot: entry.label,
      period: entry.period,
      active: entry.active,
      status: entry.status,
    })),
    dtsen: dtsen.map((entry) => ({
      snapshot: entry.label,
      period: entry.period,
      active: entry.active,
      desil: entry.desil,
      group: groupOf(entry),
    })),
    programmes: programmes.map((listing) => ({
      code: listing.code,
      name: listing.name,
      period: listing.period,
      received: listing.received,
      remark: listing.remark,
      snapshotActive: listing.active,
    })),
    periods,
  };
}
