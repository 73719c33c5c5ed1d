import 'server-only';
import type { SqlSession } from '@/lib/db';

// SQL (the bulk SqlSession): partitions are DDL, which the Prisma client does not write.

// Tables partitioned by snapshot (migration 20261204140000_snapshot_partitions).
export type SnapshotTable = 'dtks_entry' | 'dtsen_entry' | 'programme_assignment';
const snapshotTables: readonly SnapshotTable[] = ['dtks_entry', 'dtsen_entry', 'programme_assignment'];

function partitionName(table: SnapshotTable, snapshotId: number): string {
  if (!Number.isSafeInteger(snapshotId) || snapshotId <= 0) throw new Error(`bad snapshot id ${snapshotId}`);
  return `${table}_s${snapshotId}`;
}

// Fills a snapshot's own partition as a plain table, then attaches it: PostgreSQL builds
// the parent's indexes on it in one sorted pass and checks its foreign keys with one
// query, where inserting through the parent would do both row by row. The CHECK lets the
// attach skip scanning the rows for the partition bound.
export async function writeSnapshotPartition(
  sql: SqlSession,
  table: SnapshotTable,
  snapshotId: number,
  select: string,
  params: unknown[] = [],
): Promise<void> {
  const partition = partitionName(table, snapshotId);
  await sql.query(`CREATE TABLE ${partition} (LIKE ${table} INCLUDING DEFAULTS)`);
  await sql.query(`INSERT INTO ${partition} ${select}`, params);
  await sql.query(
    `ALTER TABLE ${partition} ADD CONSTRAINT ${partition}_bound CHECK (snapshot_id IS NOT NULL AND snapshot_id = ${snapshotId})`,
  );
  await sql.query(`ALTER TABLE ${table} ATTACH PARTITION ${partition} FOR VALUES IN (${snapshotId})`);
  await sql.query(`ALTER TABLE ${partition} DROP CONSTRAINT ${partition}_bound`);
}

// Dropping a snapshot's partitions is instant where deleting its rows one cascade at a
// time is not.
export async function dropSnapshotPartitions(sql: SqlSession, snapshotIds: readonly number[]): Promise<void> {
  const partitions = snapshotIds.flatMap((id) => snapshotTables.map((table) => partitionName(table, id)));
  if (partitions.length > 0) await sql.query(`DROP TABLE IF EXISTS ${partitions.join(', ')}`);
}
