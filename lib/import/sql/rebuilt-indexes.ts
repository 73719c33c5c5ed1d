import 'server-only';
import type { SqlSession } from '@/lib/db';

// SQL (the bulk SqlSession): reads the catalogue and runs DDL, which the Prisma client does not.

// Keys first, then plain indexes, then foreign keys: the order of re-creation.
type Rebuildable = { kind: number; drop_sql: string; restore_sql: string };

// Indexes and keys of one table that can be dropped and re-created from the catalogue:
// all but the primary or unique keys other tables' foreign keys point at.
function rebuildableOf(sql: SqlSession, table: string): Promise<Rebuildable[]> {
  return sql.query<Rebuildable>(
    `SELECT CASE c.contype WHEN 'f' THEN 3 ELSE 1 END AS kind,
            format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_sql,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,
                   pg_get_constraintdef(c.oid)) AS restore_sql
     FROM pg_constraint c
     WHERE c.conrelid = $1::regclass
       AND (c.contype = 'f' OR (c.contype IN ('p', 'u') AND NOT EXISTS (
         SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.confrelid = c.conrelid AND r.conindid = c.conindid)))
     UNION ALL
     SELECT 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
     FROM pg_index i
     WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid)
     ORDER BY 1, 2`,
    [table],
  );
}

// Loads many rows into tables that are small next to the load: their indexes and keys
// are dropped first and re-created afterwards, so PostgreSQL builds each index in one
// sorted pass and checks each foreign key with one query instead of row by row. Runs
// inside the caller's transaction: a failure restores everything, and until the end the
// tables are locked against readers (the price of a first load).
export async function withIndexesRebuilt<T>(
  sql: SqlSession,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const all: Rebuildable[] = [];
  for (const table of tables) all.push(...(await rebuildableOf(sql, table)));
  for (const item of [...all].sort((a, b) => b.kind - a.kind)) await sql.query(item.drop_sql);
  const result = await load();
  for (const item of all.sort((a, b) => a.kind - b.kind)) await sql.query(item.restore_sql);
  return result;
}
