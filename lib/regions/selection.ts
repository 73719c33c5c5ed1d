import 'server-only';
import { z } from 'zod';
import { listChildren, listProvinces } from './catalog';
import {
  isRegionCodeOf,
  regionFieldNames,
  regionLevels,
  type RegionLevel,
  type RegionOption,
  type RegionSelection,
} from './codes';

export { regionFieldNames, type RegionSelection } from './codes';
export type RegionOptions = Record<RegionLevel, readonly RegionOption[]>;

// A blank, malformed or repeated field counts as "not chosen yet": the form re-asks for that
// level instead of showing an error, because the selects can only send codes we listed.
const codeOf = (level: RegionLevel) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : undefined),
    z
      .string()
      .refine((code) => isRegionCodeOf(level, code))
      .optional()
      .catch(undefined),
  );

export const regionSelectionInput = z.object({
  province: codeOf('province'),
  regency: codeOf('regency'),
  district: codeOf('district'),
  village: codeOf('village'),
});

/**
 * Keeps each level only while it is a known child of the level above: a kabupaten left over
 * from another province (a resident changed the province without JavaScript) is dropped,
 * together with everything below it.
 */
export async function normalizeRegionSelection(raw: RegionSelection): Promise<RegionSelection> {
  const selection: RegionSelection = {};
  let siblings: readonly RegionOption[] | null = await listProvinces();
  for (const level of regionLevels) {
    const code = raw[level];
    if (!code || !siblings?.some(([known]) => known === code)) break;
    selection[level] = code;
    siblings = level === 'village' ? null : await listChildren(code);
  }
  return selection;
}

export async function parseRegionSelection(
  form: FormData,
  names: Record<RegionLevel, string> = regionFieldNames,
): Promise<RegionSelection> {
  const raw = regionSelectionInput.parse({
    province: form.get(names.province),
    regency: form.get(names.regency),
    district: form.get(names.district),
    village: form.get(names.village),
  });
  return normalizeRegionSelection(raw);
}

/**
 * The option lists the selects show for a (normalised) selection: provinces always, and the
 * children of each chosen level; levels not reachable yet get `[]`.
 */
export async function regionOptionsFor(selection: RegionSelection): Promise<RegionOptions> {
  const childrenOf = async (code: string | undefined) => (code ? ((await listChildren(code)) ?? []) : []);
  const [province, regency, district, village] = await Promise.all([
    listProvinces(),
    childrenOf(selection.province),
    childrenOf(selection.regency),
    childrenOf(selection.district),
  ]);
  return { province, regency, district, village };
}
