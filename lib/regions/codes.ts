// Kemendagri region codes, shared by the server and the picker in the browser (no I/O here).
// Province `32`, kabupaten/kota `32.04`, kecamatan `32.04.05`, desa/kelurahan `32.04.05.2002`.
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';
export const regionLevels = [
  'province',
  'regency',
  'district',
  'village',
] as const satisfies readonly RegionLevel[];

/** One option of a select, as the JSON endpoints send it: `["32.04", "Kabupaten Bandung"]`. */
export type RegionOption = readonly [code: string, name: string];

export type RegionSelection = { province?: string; regency?: string; district?: string; village?: string };

/** The form field of each select. `villageCode` is also what `lookupInput` reads. */
export const regionFieldNames = {
  province: 'provinceCode',
  regency: 'regencyCode',
  district: 'districtCode',
  village: 'villageCode',
} as const satisfies Record<RegionLevel, string>;

const patternOf: Record<RegionLevel, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

export function isRegionCodeOf(level: RegionLevel, code: string): boolean {
  return patternOf[level].test(code);
}

export function levelOfCode(code: string): RegionLevel | null {
  return regionLevels.find((level) => patternOf[level].test(code)) ?? null;
}

export function childLevelOf(level: RegionLevel): RegionLevel | null {
  return regionLevels[regionLevels.indexOf(level) + 1] ?? null;
}

/** `32.04.05` → `{ province: '32', regency: '32.04', district: '32.04.05' }`; a malformed code → `{}`. */
export function selectionFromCode(code: string): RegionSelection {
  const level = levelOfCode(code);
  if (!level) return {};
  const parts = code.split('.');
  const selection: RegionSelection = {};
  regionLevels.slice(0, regionLevels.indexOf(level) + 1).forEach((each, index) => {
    selection[each] = parts.slice(0, index + 1).join('.');
  });
  return selection;
}

/** The most precise code chosen so far, or undefined when nothing is chosen. */
export function deepestCode(selection: RegionSelection): string | undefined {
  return selection.village ?? selection.district ?? selection.regency ?? selection.province;
}

/** Where the resident has to act next: the first level not chosen, or the village when all are. */
export function firstMissingRegionLevel(selection: RegionSelection): RegionLevel {
  return regionLevels.find((level) => !selection[level]) ?? 'village';
}
