import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toDisplayName } from './display-name';

export type RegionRow = { code: string; parentCode: string | null; name: string };
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';
export const regionLevels: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

const fileOf: Record<RegionLevel, string> = {
  province: 'provinces.csv',
  regency: 'regencies.csv',
  district: 'districts.csv',
  village: 'villages.csv',
};

// Resolved from the working directory (the project root for `next start`, scripts and
// tests): bundlers rewrite import.meta and require.resolve, the file system they leave alone.
function dataDir(): string {
  return path.join(process.cwd(), 'node_modules', 'idn-area-data', 'data');
}

// The files have no quoted fields and no commas inside names (checked for 3.1.2),
// so a split on commas is exact; a header mismatch stops the load.
export async function readOfficialRegions(level: RegionLevel): Promise<RegionRow[]> {
  const text = await readFile(path.join(dataDir(), fileOf[level]), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const hasParent = level !== 'province';
  const expectedColumns = hasParent ? 3 : 2;
  if (header?.split(',').length !== expectedColumns) {
    throw new Error(`Unexpected header in idn-area-data ${fileOf[level]}: ${header}`);
  }
  return lines.map((line) => {
    const fields = line.split(',');
    const code = fields[0] ?? '';
    return hasParent
      ? { code, parentCode: fields[1] ?? '', name: toDisplayName(fields.slice(2).join(',')) }
      : { code, parentCode: null, name: toDisplayName(fields.slice(1).join(',')) };
  });
}
