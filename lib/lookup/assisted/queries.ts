import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { DtksStatus, FamilyRole, Sex } from '@/lib/db/client';
import type { PeriodListing } from './state';

// The assisted lookup's SQL. The reads of persons filter by the caller's scope in the query
// itself: `LIKE ANY` over the region patterns of lib/staff/region-filter, which the Prisma client
// cannot express, so a person outside the scope is never read.

export type PersonRow = {
  id: number;
  full_name: string;
  nik_masked: string;
  birth_date: string;
  sex: Sex;
  family_role: FamilyRole;
  village_code: string;
  quality_flags: string[];
  household_id: number;
  kk_masked: string;
  address: string;
  rt: string;
  rw: string;
};

// SQL for the scope (above): one person with their household.
export async function personInScope(
  client: DbClient,
  personId: number,
  scope: readonly string[],
): Promise<PersonRow | null> {
  const [row] = await client.$queryRaw<PersonRow[]>(Prisma.sql`
    SELECT p.id, p.full_name, p.nik_masked, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
           p.sex::text AS sex, p.family_role::text AS family_role, p.village_code, p.quality_flags,
           p.household_id, h.kk_masked, h.address, h.rt, h.rw
    FROM person p JOIN household h ON h.id = p.household_id
    WHERE p.id = ${personId} AND p.village_code LIKE ANY(${scope}::text[])`);
  return row ?? null;
}

export type MemberRow = Pick<
  PersonRow,
  'id' | 'full_name' | 'family_role' | 'sex' | 'nik_masked' | 'birth_date'
>;

// SQL for the scope (above): the members of a household, in family order.
export function householdInScope(
  client: DbClient,
  householdId: number,
  scope: readonly string[],
): Promise<MemberRow[]> {
  return client.$queryRaw<MemberRow[]>(Prisma.sql`
    SELECT p.id, p.full_name, p.family_role::text AS family_role, p.sex::text AS sex, p.nik_masked,
           to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date
    FROM person p WHERE p.household_id = ${householdId} AND p.village_code LIKE ANY(${scope}::text[])
    ORDER BY p.family_role, p.birth_date, p.id`);
}

export type SummaryRow = Pick<
  PersonRow,
  'id' | 'full_name' | 'birth_date' | 'sex' | 'nik_masked' | 'village_code' | 'rt' | 'rw' | 'quality_flags'
> & { dtks_status: DtksStatus | null; desil: number | null; listings: PeriodListing[] };

// SQL for the scope (above), and each person's active entries and programmes aggregated in the
// same round trip.
export function summariesInScope(
  client: DbClient,
  ids: readonly number[],
  scope: readonly string[],
  snapshots: { dtksId: number; dtsenId: number },
): Promise<SummaryRow[]> {
  return client.$queryRaw<SummaryRow[]>(Prisma.sql`
    SELECT p.id, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex::text AS sex,
           p.nik_masked, p.village_code, h.rt, h.rw, p.quality_flags, d.status::text AS dtks_status,
           s.desil::int AS desil,
           COALESCE((SELECT json_agg(json_build_object('code', a.programme_code, 'period', a.period,
                                                       'received', a.received, 'remark', a.remark))
                     FROM programme_assignment a
                     WHERE a.person_id = p.id AND a.snapshot_id = ${snapshots.dtksId}), '[]'::json) AS listings
    FROM person p
    JOIN household h ON h.id = p.household_id
    LEFT JOIN dtks_entry d ON d.person_id = p.id AND d.snapshot_id = ${snapshots.dtksId}
    LEFT JOIN dtsen_entry s ON s.person_id = p.id AND s.snapshot_id = ${snapshots.dtsenId}
    WHERE p.id = ANY(${ids}::int[]) AND p.village_code LIKE ANY(${scope}::text[])`);
}

// SQL for the scope (above): the person with this NIK hash, and the programme codes of the
// active DTKS snapshot in the same round trip.
export async function personByNikInScope(
  client: DbClient,
  nikHash: string,
  scope: readonly string[],
  dtksSnapshotId: number,
): Promise<{ id: number; village_code: string; programme_codes: string[] } | null> {
  const [row] = await client.$queryRaw<{ id: number; village_code: string; programme_codes: string[] }[]>(
    Prisma.sql`
      SELECT p.id, p.village_code,
             ARRAY(SELECT DISTINCT a.programme_code FROM programme_assignment a
                   WHERE a.person_id = p.id AND a.snapshot_id = ${dtksSnapshotId}) AS programme_codes
      FROM person p WHERE p.nik_hash = ${nikHash} AND p.village_code LIKE ANY(${scope}::text[])`,
  );
  return row ?? null;
}

// A person's entries in every visible snapshot (a file still loading or failed is nobody's
// record), newest first. SQL to join each entry to its snapshot (and programme) in one statement:
// the client would load every relation with a second query.

export type DtksHistoryRow = { label: string; period: string; active: boolean; status: DtksStatus };

export function dtksHistory(client: DbClient, personId: number): Promise<DtksHistoryRow[]> {
  return client.$queryRaw<DtksHistoryRow[]>(Prisma.sql`
    SELECT r.label, r.period, r.state = 'ACTIVE' AS active, d.status::text AS status
    FROM dtks_entry d JOIN registry_snapshot r ON r.id = d.snapshot_id
    WHERE d.person_id = ${personId} AND r.state IN ('ACTIVE', 'SUPERSEDED')
    ORDER BY r.period DESC, r.id DESC`);
}

export type DtsenHistoryRow = {
  label: string;
  period: string;
  active: boolean;
  desil: number;
  welfare_group: string | null;
};

export function dtsenHistory(client: DbClient, personId: number): Promise<DtsenHistoryRow[]> {
  return client.$queryRaw<DtsenHistoryRow[]>(Prisma.sql`
    SELECT r.label, r.period, r.state = 'ACTIVE' AS active, s.desil::int AS desil, s.welfare_group
    FROM dtsen_entry s JOIN registry_snapshot r ON r.id = s.snapshot_id
    WHERE s.person_id = ${personId} AND r.state IN ('ACTIVE', 'SUPERSEDED')
    ORDER BY r.period DESC, r.id DESC`);
}

export type ProgrammeHistoryRow = PeriodListing & { name: string; active: boolean };

export function programmeHistory(client: DbClient, personId: number): Promise<ProgrammeHistoryRow[]> {
  return client.$queryRaw<ProgrammeHistoryRow[]>(Prisma.sql`
    SELECT a.programme_code AS code, g.name, a.period, a.received, a.remark, r.state = 'ACTIVE' AS active
    FROM programme_assignment a
    JOIN registry_snapshot r ON r.id = a.snapshot_id
    JOIN programme g ON g.code = a.programme_code
    WHERE a.person_id = ${personId} AND r.state IN ('ACTIVE', 'SUPERSEDED')
    ORDER BY a.period DESC, a.programme_code`);
}
