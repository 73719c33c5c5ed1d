import 'server-only';
import type { DbClient } from '@/lib/db';
import type { PrismaClient } from '@/lib/db';
import { readOfficialRegions, regionLevels, type RegionLevel } from './official-source';
import { upsertRegions, type RegionTable } from './queries';

const tableOf: Record<RegionLevel, RegionTable> = {
  province: { table: 'province', parentColumn: null },
  regency: { table: 'regency', parentColumn: 'province_code' },
  district: { table: 'district', parentColumn: 'regency_code' },
  village: { table: 'village', parentColumn: 'district_code' },
};

export type RegionCounts = Record<RegionLevel, number>;

// The whole list in one transaction takes seconds on the embedded engine, past Prisma's
// default of five.
const loadTimeoutMs = 10 * 60_000;

// Upserts the official list level by level in one transaction: loading twice changes
// nothing, and a failure leaves the previous list in place.
export async function loadOfficialRegions(prisma: PrismaClient): Promise<RegionCounts> {
  await prisma.$transaction(
    async (tx) => {
      for (const level of regionLevels) {
        const rows = await readOfficialRegions(level);
        await upsertRegions(tx, tableOf[level], {
          codes: rows.map((row) => row.code),
          parentCodes: rows.map((row) => row.parentCode),
          names: rows.map((row) => row.name),
        });
      }
    },
    { timeout: loadTimeoutMs, maxWait: loadTimeoutMs },
  );
  return countRegions(prisma);
}

export async function countRegions(client: DbClient): Promise<RegionCounts> {
  const [province, regency, district, village] = await Promise.all([
    client.province.count(),
    client.regency.count(),
    client.district.count(),
    client.village.count(),
  ]);
  return { province, regency, district, village };
}
