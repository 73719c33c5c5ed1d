import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';

export type RegionTable = { table: string; parentColumn: string | null };
export type RegionRows = { codes: string[]; parentCodes: (string | null)[]; names: string[] };

// SQL for speed: one set-based upsert per level (about 84,000 villages) from three arrays, which
// rewrites only rows whose name or parent changed. Table and column names come from code
// (load.ts), never from input.
export async function upsertRegions(
  client: DbClient,
  { table, parentColumn }: RegionTable,
  rows: RegionRows,
) {
  const name = Prisma.raw(table);
  if (parentColumn) {
    const parent = Prisma.raw(parentColumn);
    await client.$executeRaw(Prisma.sql`
      INSERT INTO ${name} (code, ${parent}, name)
      SELECT * FROM unnest(${rows.codes}::text[], ${rows.parentCodes}::text[], ${rows.names}::text[])
      ON CONFLICT (code) DO UPDATE SET ${parent} = EXCLUDED.${parent}, name = EXCLUDED.name
      WHERE (${name}.${parent}, ${name}.name) IS DISTINCT FROM (EXCLUDED.${parent}, EXCLUDED.name)`);
    return;
  }
  await client.$executeRaw(Prisma.sql`
    INSERT INTO ${name} (code, name) SELECT * FROM unnest(${rows.codes}::text[], ${rows.names}::text[])
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE ${name}.name IS DISTINCT FROM EXCLUDED.name`);
}
