import type { HouseholdSketch, MemberSketch } from './households';
import { registeredName, traditions, type EthnicGroup } from './names';
import { draw, type WeightedPool } from './pool';
import type { Random } from './random';

/**
 * Names every member of one KK: one naming tradition for the family line
 * (a spouse sometimes comes from another), family names passed from father
 * to children, bin/binti pointing at the father actually in the KK, then
 * the spelling and titles each record happens to carry.
 */

const compoundStarts = new Set(['Muhammad', 'Abdul', 'Nur', 'Nurul', 'Siti', 'Sri', 'Umi', 'Zainal']);

/** "Yusuf" from "Yusuf Hasan", "Abdul Rahman" from "Abdul Rahman bin Umar". */
export function givenNameOf(canonical: string): string {
  const bin = canonical.indexOf(' bin ');
  const patronym = bin > 0 ? bin : canonical.indexOf(' binti ');
  const own = patronym > 0 ? canonical.slice(0, patronym) : canonical;
  const firstEnd = own.indexOf(' ');
  if (firstEnd < 0) return own;
  const first = own.slice(0, firstEnd);
  if (!compoundStarts.has(first)) return first;
  const secondEnd = own.indexOf(' ', firstEnd + 1);
  return secondEnd < 0 ? own : own.slice(0, secondEnd);
}

/** Naming order: grandparents before the head (patronym), parents before children. */
const namingRank: Readonly<Record<MemberSketch['role'], number>> = {
  ORANG_TUA: 0,
  KEPALA_KELUARGA: 1,
  SUAMI: 2,
  ISTRI: 2,
  ANAK: 3,
  FAMILI_LAIN: 4,
};
const maxRank = 4;

export function nameHousehold(
  rng: Random,
  sketch: HouseholdSketch,
  mix: WeightedPool<EthnicGroup>,
): string[] {
  const { members } = sketch;
  const head = members[0];
  if (head === undefined) return [];
  const headGroup = draw(rng, mix);
  const father = members.find((m) => m.sex === 'L' && (m.role === 'KEPALA_KELUARGA' || m.role === 'SUAMI'));
  const lineGroup = father?.role === 'SUAMI' && rng.chance(0.1) ? draw(rng, mix) : headGroup;
  const lineFamily = traditions[lineGroup].drawFamilyName(rng);

  const groups: EthnicGroup[] = members.map((m) =>
    m.role === 'ANAK'
      ? lineGroup
      : m.role === 'ISTRI' && rng.chance(0.1)
        ? draw(rng, mix)
        : m === father
          ? lineGroup
          : headGroup,
  );
  const canonical: string[] = members.map(() => '');
  for (let rank = 0; rank <= maxRank; rank += 1) {
    members.forEach((m, index) => {
      const group = groups[index];
      if (namingRank[m.role] !== rank || group === undefined) return;
      const tradition = traditions[group];
      const inLine =
        m.role === 'ANAK' ||
        m === father ||
        (m.role === 'ORANG_TUA' && head === father && head.fatherIndex === index);
      const familyName = inLine && group === lineGroup ? lineFamily : tradition.drawFamilyName(rng);
      const fatherCanonical = m.fatherIndex >= 0 ? canonical[m.fatherIndex] : undefined;
      canonical[index] = tradition.compose(rng, {
        sex: m.sex,
        birthYear: m.birth.year,
        familyName,
        fatherName: fatherCanonical ? givenNameOf(fatherCanonical) : null,
        childOrder: m.childOrder,
      });
    });
  }

  return members.map((m, index) => {
    const group = groups[index] ?? headGroup;
    const tradition = traditions[group];
    return registeredName(rng, canonical[index] ?? '', {
      birthYear: m.birth.year,
      sex: m.sex,
      age: m.age,
      muslim: tradition.muslim,
      oldSpelling: tradition.oldSpelling,
    });
  });
}
