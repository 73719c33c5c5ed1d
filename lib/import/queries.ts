import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';
import type { RegistrySource } from '@/lib/registry';
import type { RegionScope } from '@/lib/staff';

function inScope(scope: RegionScope): Prisma.Sql {
  return Prisma.sql`AND ${scope.sql('p.village_code')}`;
}

const entryTable = (source: RegistrySource) => Prisma.raw(source === 'DTKS' ? 'dtks_entry' : 'dtsen_entry');

// SQL: one EXISTS over the active snapshot's entries joined to persons, stopping at the first hit.
export async function activeSnapshotReachesBeyond(
  client: DbClient,
  source: RegistrySource,
  scope: RegionScope,
): Promise<boolean> {
  const [row] = await client.$queryRaw<{ beyond: boolean }[]>(Prisma.sql`SELECT EXISTS (
      SELECT 1 FROM registry_snapshot s JOIN ${entryTable(source)} e ON e.snapshot_id = s.id
        JOIN person p ON p.id = e.person_id
      WHERE s.source = ${source}::"RegistrySource" AND s.state = 'ACTIVE'
        AND NOT ${scope.sql('p.village_code')}
    ) AS beyond`);
  return row?.beyond ?? false;
}

export type RejectionRow = { line: number; column: string; reason: string; message: string; value: string };

// SQL: keyset paging on the (line, column) row comparison walks the index of a report of a
// million rows in order.
export function rejectionPage(
  client: DbClient,
  snapshotId: number,
  after: { line: number; column: string },
  limit: number,
): Promise<RejectionRow[]> {
  return client.$queryRaw<RejectionRow[]>(Prisma.sql`SELECT line, "column", reason, message, value
    FROM import_rejection
    WHERE snapshot_id = ${snapshotId} AND (line, "column") > (${after.line}::int, ${after.column}::text)
    ORDER BY line, "column" LIMIT ${limit}`);
}

// Persons whose entry differs between two snapshots of one source: entered (only in the
// newer), left (only in the older) or changed (DTKS status or DTSEN desil).
function personChanges(
  source: RegistrySource,
  older: number,
  newer: number,
  afterPerson: number | null,
): Prisma.Sql {
  const after = afterPerson === null ? Prisma.empty : Prisma.sql`AND person_id > ${afterPerson}::int`;
  const entries =
    source === 'DTKS'
      ? Prisma.sql`SELECT person_id, status::text AS v FROM dtks_entry`
      : Prisma.sql`SELECT person_id, desil::text AS v FROM dtsen_entry`;
  return Prisma.sql`SELECT coalesce(a.person_id, b.person_id) AS person_id, a.v AS before, b.v AS after
    FROM (${entries} WHERE snapshot_id = ${older}::int ${after}) a
    FULL JOIN (${entries} WHERE snapshot_id = ${newer}::int ${after}) b
      ON a.person_id = b.person_id
    WHERE a.v IS DISTINCT FROM b.v`;
}

export type VillageChangeRow = {
  village_code: string;
  village_name: string;
  entered: number;
  left: number;
  changed: number;
};

// SQL: a report grouped by village over every entry of two snapshots (FULL JOIN, FILTER).
export function villageChanges(
  client: DbClient,
  source: RegistrySource,
  older: number,
  newer: number,
  scope: RegionScope,
): Promise<VillageChangeRow[]> {
  return client.$queryRaw<VillageChangeRow[]>(Prisma.sql`SELECT p.village_code, v.name AS village_name,
      count(*) FILTER (WHERE d.before IS NULL)::int AS entered,
      count(*) FILTER (WHERE d.after IS NULL)::int AS left,
      count(*) FILTER (WHERE d.before IS NOT NULL AND d.after IS NOT NULL)::int AS changed
    FROM (${personChanges(source, older, newer, null)}) d
    JOIN person p ON p.id = d.person_id JOIN village v ON v.code = p.village_code
    WHERE true ${inScope(scope)}
    GROUP BY p.village_code, v.name ORDER BY p.village_code`);
}

export type PersonChangeRow = {
  person_id: number;
  before: string | null;
  after: string | null;
  village_code: string;
  village_name: string;
  nik_masked: string;
  full_name: string;
};

// SQL: the same FULL JOIN of two snapshots, one page of persons at a time by key.
export function personChangePage(
  client: DbClient,
  source: RegistrySource,
  snapshots: { older: number; newer: number },
  afterPerson: number,
  scope: RegionScope,
  limit: number,
): Promise<PersonChangeRow[]> {
  return client.$queryRaw<PersonChangeRow[]>(Prisma.sql`SELECT d.person_id, d.before, d.after, p.village_code,
      v.name AS village_name, p.nik_masked, p.full_name
    FROM (${personChanges(source, snapshots.older, snapshots.newer, afterPerson)}) d
    JOIN person p ON p.id = d.person_id JOIN village v ON v.code = p.village_code
    WHERE true ${inScope(scope)}
    ORDER BY d.person_id LIMIT ${limit}`);
}
