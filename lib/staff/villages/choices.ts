import 'server-only';
import { describeVillage, levelOfCode, listChildren } from '@/lib/regions';
import type { StaffCaller } from '@/lib/staff/caller';
import { staffScope } from '@/lib/staff/scope';

export type DistrictChoices = {
  district: { code: string; name: string };
  villages: { code: string; name: string }[];
};

// Beyond this a select is no help; the form asks for a code instead.
const maxVillages = 2000;

async function villagesUnder(code: string): Promise<{ code: string; name: string }[]> {
  if (levelOfCode(code) === 'village') {
    const described = await describeVillage(code);
    return described ? [described.village] : [];
  }
  const children = (await listChildren(code)) ?? [];
  if (levelOfCode(code) === 'district')
    return children.map(([childCode, name]) => ({ code: childCode, name }));
  const nested = await Promise.all(children.map(([childCode]) => villagesUnder(childCode)));
  return nested.flat();
}

// The villages of this staff member, grouped by kecamatan, for every staff form that names a
// village (components/staff/VillageField); null when the scope is too wide for a list (admins,
// province scopes), where the form takes a region code.
export async function staffVillages(caller: StaffCaller): Promise<DistrictChoices[] | null> {
  const { codes } = staffScope(caller);
  if (codes === null) return null;
  const villages = (await Promise.all(codes.map(villagesUnder))).flat();
  if (villages.length > maxVillages) return null;
  const groups = new Map<string, DistrictChoices>();
  for (const village of villages) {
    const described = await describeVillage(village.code);
    if (!described) continue;
    const group = groups.get(described.district.code) ?? { district: described.district, villages: [] };
    if (!group.villages.some((known) => known.code === village.code)) group.villages.push(village);
    groups.set(described.district.code, group);
  }
  return [...groups.values()];
}
