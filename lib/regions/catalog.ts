import 'server-only';
import areaDataPackage from 'idn-area-data/package.json' with { type: 'json' };
import { childLevelOf, levelOfCode, type RegionOption } from './codes';
import { readOfficialRegions } from './official-source';

// The official list (~92,000 names, ~15 MB in memory) is read once per process and never
// changes while it runs: choosing a region needs no database and touches no personal data.
type Entry = { name: string; parentCode: string | null };
type Catalog = {
  entries: Map<string, Entry>;
  provinces: RegionOption[];
  children: Map<string, RegionOption[]>;
};

export type VillageDescription = {
  village: { code: string; name: string };
  district: { code: string; name: string };
  regency: { code: string; name: string };
  province: { code: string; name: string };
};

/** Changes whenever the official list may change; URLs carry it so a new list busts every cache. */
export const regionDataVersion: string = areaDataPackage.version;

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const byName = (a: RegionOption, b: RegionOption) => collator.compare(a[1], b[1]) || a[0].localeCompare(b[0]);

let loading: Promise<Catalog> | undefined;

function catalog(): Promise<Catalog> {
  loading ??= buildCatalog().catch((error: unknown) => {
    loading = undefined; // a failed read (e.g. a missing package) is retried by the next caller
    throw error;
  });
  return loading;
}

async function buildCatalog(): Promise<Catalog> {
  const [provinceRows, ...lowerLevels] = await Promise.all([
    readOfficialRegions('province'),
    readOfficialRegions('regency'),
    readOfficialRegions('district'),
    readOfficialRegions('village'),
  ]);
  const entries = new Map<string, Entry>();
  const children = new Map<string, RegionOption[]>();
  for (const row of provinceRows) entries.set(row.code, { name: row.name, parentCode: null });
  for (const row of lowerLevels.flat()) {
    entries.set(row.code, { name: row.name, parentCode: row.parentCode });
    const siblings = children.get(row.parentCode ?? '') ?? [];
    siblings.push([row.code, row.name]);
    children.set(row.parentCode ?? '', siblings);
  }
  for (const list of children.values()) list.sort(byName);
  const provinces = provinceRows.map((row): RegionOption => [row.code, row.name]).sort(byName);
  return { entries, provinces, children };
}

export async function listProvinces(): Promise<readonly RegionOption[]> {
  return (await catalog()).provinces;
}

/**
 * Children of a province, kabupaten/kota or kecamatan, sorted by name; `null` when the code is
 * unknown or is a desa/kelurahan (which has no children). A known code without children gets `[]`.
 */
export async function listChildren(code: string): Promise<readonly RegionOption[] | null> {
  const level = levelOfCode(code);
  if (!level || !childLevelOf(level)) return null;
  const { entries, children } = await catalog();
  if (!entries.has(code)) return null;
  return children.get(code) ?? [];
}

export async function isKnownRegion(code: string): Promise<boolean> {
  return levelOfCode(code) !== null && (await catalog()).entries.has(code);
}

export async function isKnownVillage(code: string): Promise<boolean> {
  return levelOfCode(code) === 'village' && (await catalog()).entries.has(code);
}

export async function describeVillage(villageCode: string): Promise<VillageDescription | null> {
  if (levelOfCode(villageCode) !== 'village') return null;
  const { entries } = await catalog();
  const chain: { code: string; name: string }[] = [];
  for (let code: string | null = villageCode; code !== null;) {
    const entry = entries.get(code);
    if (!entry) return null;
    chain.push({ code, name: entry.name });
    code = entry.parentCode;
  }
  const [village, district, regency, province] = chain;
  if (!village || !district || !regency || !province || chain.length !== 4) return null;
  return { village, district, regency, province };
}
