import 'server-only';
import type { SqlSession } from '@/lib/db';
import { readOfficialRegions, regionLevels, type RegionLevel } from './official-source';

const tableOf: Record<RegionLevel, { table: string; parentColumn: string | null }> = {
  province: { table: 'province', parentColumn: null },
  regency: { table: 'regency', parentColumn: 'province_code' },
  district: { table: 'district', parentColumn: 'regency_code' },
  village: { table: 'village', parentColumn: 'district_code' },
};

export type RegionCounts = Record<RegionLevel, number>;

// Upserts the official list level by level in one transaction: loading twice changes
// nothing, and a failure leaves the previous list in place.
export async function loadOfficialRegions(sql: SqlSession): Promise<RegionCounts> {
  await sql.transaction(async (tx) => {
    for (const level of regionLevels) {
      const rows = await readOfficialRegions(level);
      const { table, parentColumn } = tableOf[level];
      const codes = rows.map((row) => row.code);
      const names = rows.map((row) => row.name);
      if (parentColumn) {
        await tx.query(
          `INSERT INTO ${table} (code, ${parentColumn}, name)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (code) DO UPDATE SET ${parentColumn} = EXCLUDED.${parentColumn}, name = EXCLUDED.name
           WHERE (${table}.${parentColumn}, ${table}.name) IS DISTINCT FROM (EXCLUDED.${parentColumn}, EXCLUDED.name)`,
          [codes, rows.map((row) => row.parentCode), names],
        );
      } else {
        await tx.query(
          `INSERT INTO ${table} (code, name) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE ${table}.name IS DISTINCT FROM EXCLUDED.name`,
          [codes, names],
        );
      }
    }
  });
  return countRegions(sql);
}

export async function countRegions(sql: SqlSession): Promise<RegionCounts> {
  const [row] = await sql.query<{ province: number; regency: number; district: number; village: number }>(
    `SELECT (SELECT count(*)::int FROM province) AS province, (SELECT count(*)::int FROM regency) AS regency,
            (SELECT count(*)::int FROM district) AS district, (SELECT count(*)::int FROM village) AS village`,
  );
  if (!row) throw new Error('Region count query returned no row');
  return row;
}
