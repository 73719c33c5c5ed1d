import { DAYS_PER_YEAR, ageOn, civilDate, dayNumber, type CivilDate } from './calendar';
import type { Random } from './random';
import { weighted, draw } from './pool';
import type { FamilyRole, Sex } from '@/lib/registry';

/**
 * The shape of one KK before anyone is named: roles, sexes and birth days
 * (whole days since 1970). Every rule that keeps families believable lives
 * here: spouses are adults, children are born after both parents turned 17
 * and before the mother turned 45, a grandparent is a generation older.
 */

type MemberDraft = {
  role: FamilyRole;
  sex: Sex;
  birthDay: number;
  /** 0-based order among the children in this KK (oldest first); -1 for others. */
  childOrder: number;
  /** Index of this member's father within the KK, or -1 when he is not in it. */
  fatherIndex: number;
};

/** Calendar birth date and age are computed once here; every later step reads them. */
export type MemberSketch = MemberDraft & { birth: CivilDate; age: number };

export type HouseholdSketch = { members: MemberSketch[]; kkIssueDay: number };

type Kind = 'single' | 'couple' | 'family' | 'single-parent' | 'extended';

const kinds = weighted<Kind>([
  ['single', 9],
  ['couple', 12],
  ['family', 57],
  ['single-parent', 12],
  ['extended', 10],
]);
const childCounts = weighted([
  [1, 30],
  [2, 35],
  [3, 20],
  [4, 10],
  [5, 5],
] as const);

const year = DAYS_PER_YEAR;
const earliestKkIssue = dayNumber(2000, 1, 1);

function bornAged(rng: Random, today: number, minAge: number, maxAge: number): number {
  return today - Math.round(minAge * year) - rng.int(Math.round((maxAge - minAge + 1) * year));
}

function headAge(rng: Random, kind: Kind): readonly [number, number] {
  switch (kind) {
    case 'single':
      return rng.chance(0.45) ? [19, 32] : [55, 88];
    case 'couple':
      return rng.chance(0.4) ? [20, 32] : [50, 80];
    case 'family':
      return [24, 62];
    case 'single-parent':
      return [28, 70];
    case 'extended':
      return [28, 55];
  }
}

function member(role: FamilyRole, sex: Sex, birthDay: number): MemberDraft {
  return { role, sex, birthDay, childOrder: -1, fatherIndex: -1 };
}

export function sketchHousehold(rng: Random, maxSize: number, today: number): HouseholdSketch {
  let kind = draw(rng, kinds);
  if (maxSize === 1) kind = 'single';
  else if (maxSize === 2 && kind === 'extended') kind = 'family';

  const [minAge, maxAge] = headAge(rng, kind);
  const married = kind === 'couple' || kind === 'family' || kind === 'extended';
  const headSex: Sex = married
    ? rng.chance(0.96)
      ? 'L'
      : 'P'
    : kind === 'single-parent'
      ? rng.chance(0.75)
        ? 'P'
        : 'L'
      : rng.chance(0.5)
        ? 'L'
        : 'P';
  const head = member('KEPALA_KELUARGA', headSex, bornAged(rng, today, minAge, maxAge));
  const members: MemberDraft[] = [head];

  if (married) {
    const husbandFirst = headSex === 'L';
    // Wives are mostly a few years younger than their husbands.
    const gap = Math.round((rng.between(-3, 10) + rng.next()) * year);
    const spouseBirth = husbandFirst ? head.birthDay + gap : head.birthDay - gap;
    const adultLimit = today - Math.round(18 * year);
    members.push(
      member(husbandFirst ? 'ISTRI' : 'SUAMI', husbandFirst ? 'P' : 'L', Math.min(spouseBirth, adultLimit)),
    );
  }

  const wantsGrandparent = kind === 'extended' && maxSize >= 3;
  if (kind === 'family' || kind === 'single-parent' || kind === 'extended') {
    const room = maxSize - members.length - (wantsGrandparent ? 1 : 0);
    addChildren(rng, members, Math.min(draw(rng, childCounts), room), today);
  }
  if (wantsGrandparent) addGrandparent(rng, members, today);
  if (members.length < maxSize && rng.chance(0.03)) {
    members.push(member('FAMILI_LAIN', rng.chance(0.5) ? 'L' : 'P', bornAged(rng, today, 3, 70)));
  }

  let latestBirth = head.birthDay + Math.round(17 * year);
  for (const m of members) latestBirth = Math.max(latestBirth, m.birthDay);
  const lower = Math.min(Math.max(latestBirth, earliestKkIssue), today - 1);
  const todayDate = civilDate(today);
  return {
    members: members.map((m): MemberSketch => {
      const birth = civilDate(m.birthDay);
      const { role, sex, birthDay, childOrder, fatherIndex } = m;
      return { role, sex, birthDay, childOrder, fatherIndex, birth, age: ageOn(birth, todayDate) };
    }),
    kkIssueDay: lower + rng.int(today - lower),
  };
}

function addChildren(rng: Random, members: MemberDraft[], count: number, today: number): void {
  const parents = members.slice();
  const mother = parents.find((p) => p.sex === 'P');
  const fatherIndex = parents.findIndex((p) => p.sex === 'L');
  let start = Math.max(...parents.map((p) => p.birthDay)) + Math.round(17 * year) + 31;
  start = Math.max(start, today - Math.round(30 * year));
  const motherLimit = (mother ?? parents[0] ?? { birthDay: today }).birthDay + Math.round(44 * year);
  const end = Math.min(motherLimit, today - 1);
  if (count <= 0 || start > end) return;

  const births: number[] = [];
  for (let i = 0; i < count; i += 1) births.push(start + rng.int(end - start + 1));
  births.sort((a, b) => a - b);
  births.forEach((birthDay, order) => {
    members.push({
      role: 'ANAK',
      sex: rng.chance(0.51) ? 'L' : 'P',
      birthDay,
      childOrder: order,
      fatherIndex,
    });
  });
}

function addGrandparent(rng: Random, members: MemberDraft[], today: number): void {
  const head = members[0];
  const spouse = members[1];
  const ofHead = spouse === undefined || spouse.role === 'ANAK' || rng.chance(0.6);
  const child = ofHead ? head : spouse;
  if (child === undefined) return;
  const latest = child.birthDay - Math.round(18 * year);
  const earliest = Math.max(child.birthDay - Math.round(42 * year), today - Math.round(95 * year));
  if (earliest > latest) return;
  const sex: Sex = rng.chance(0.65) ? 'P' : 'L';
  members.push(member('ORANG_TUA', sex, earliest + rng.int(latest - earliest + 1)));
  // A grandfather who is the head's own father gives the head a possible patronym.
  if (ofHead && sex === 'L' && head !== undefined) head.fatherIndex = members.length - 1;
}
