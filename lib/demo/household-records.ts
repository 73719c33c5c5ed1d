import { identityNumber } from '@/lib/registry';
import type { HouseholdAddress } from './addresses';
import { civilDate, isoDate } from './calendar';
import type { MemberSketch } from './households';
import { sketchHousehold } from './households';
import { nameHousehold } from './household-names';
import type { EthnicGroup } from './names';
import type { WeightedPool } from './pool';
import { personProgrammes, planHouseholdProgrammes } from './programmes';
import { cleanPlan, drawQualityPlan, flagsFor, misrecordedBirthDay, type QualityPlan } from './quality';
import type { Random } from './random';
import { GENERATED_SERIAL_MAX, type DistrictSerials } from './serials';
import { drawHouseholdStanding } from './standing';
import type { GeneratedPerson } from './types';

/** Everything one household needs from its village. */
export type HouseholdContext = {
  villageCode: string;
  address: HouseholdAddress;
  mix: WeightedPool<EthnicGroup>;
  serials: DistrictSerials;
  today: number;
  /** Born after this day: not yet in any registry snapshot. */
  snapshotDay: number;
};

/** NIK serials at or above this are reserved for displaced-region NIKs (see DistrictSerials). */
const OWN_REGION_SERIAL_MAX = 4999;

function memberNik(
  rng: Random,
  serials: DistrictSerials,
  m: MemberSketch,
  plan: QualityPlan,
  today: number,
): string {
  const woman = m.sex === 'P';
  const encodedAsWoman = plan.distortion === 'sex' ? !woman : woman;
  const birth =
    plan.distortion === 'birth-date' ? civilDate(misrecordedBirthDay(rng, m.birthDay, today)) : m.birth;
  const day = birth.day + (encodedAsWoman ? 40 : 0);
  if (plan.distortion === 'region') {
    return identityNumber(
      serials.neighbour,
      day,
      birth.month,
      birth.year,
      serials.displacedNikSerial(day, birth.month, birth.year),
    );
  }
  const serial = serials.nikSerial(day, birth.month, birth.year);
  if (serial > OWN_REGION_SERIAL_MAX)
    throw new RangeError('Too many persons share one birth date in one kecamatan');
  return identityNumber(serials.district, day, birth.month, birth.year, serial);
}

/** PKH components present in the KK. */
function components(members: readonly MemberSketch[]) {
  let hasToddler = false;
  let hasPupil = false;
  let hasElderly = false;
  for (const { age } of members) {
    if (age < 6) hasToddler = true;
    else if (age <= 18) hasPupil = true;
    else if (age >= 70) hasElderly = true;
  }
  return { hasToddler, hasPupil, hasElderly };
}

export function buildHousehold(rng: Random, context: HouseholdContext, maxSize: number): GeneratedPerson[] {
  const { serials, today } = context;
  const sketch = sketchHousehold(rng, maxSize, today);
  const names = nameHousehold(rng, sketch, context.mix);
  const standing = drawHouseholdStanding(rng);
  const householdProgrammes = planHouseholdProgrammes(rng, {
    desil: standing.desil,
    inDtks: standing.inDtks,
    ...components(sketch.members),
  });

  const issued = civilDate(sketch.kkIssueDay);
  const kkSerial = serials.kkSerial(issued.day, issued.month, issued.year);
  if (kkSerial > GENERATED_SERIAL_MAX)
    throw new RangeError('Too many KKs issued on one day in one kecamatan');
  const kk = identityNumber(serials.district, issued.day, issued.month, issued.year, kkSerial);

  return sketch.members.map((m, index): GeneratedPerson => {
    const snapshotted = m.birthDay <= context.snapshotDay;
    const inDtsen = standing.inDtsen && snapshotted;
    const inDtks = standing.inDtks && snapshotted;
    // Quality problems only exist on records that a registry actually holds.
    const plan = inDtsen ? drawQualityPlan(rng) : cleanPlan;
    const nonaktif = inDtks && rng.chance(0.04);
    const currentBlock = plan.unmatched
      ? 'Data belum padan Dukcapil'
      : nonaktif
        ? rng.chance(0.2)
          ? 'Meninggal dunia'
          : 'Pindah domisili'
        : null;
    return {
      nik: memberNik(rng, serials, m, plan, today),
      kk,
      fullName: names[index] ?? '',
      birthDate: isoDate(m.birth),
      sex: m.sex,
      villageCode: context.villageCode,
      rt: context.address.rt,
      rw: context.address.rw,
      address: context.address.address,
      familyRole: m.role,
      qualityFlags: flagsFor(plan),
      dtks: inDtks ? { status: nonaktif ? 'NONAKTIF' : 'AKTIF' } : null,
      dtsen: inDtsen ? { desil: standing.desil } : null,
      programmes: inDtks
        ? personProgrammes(rng, householdProgrammes, { age: m.age, desil: standing.desil, currentBlock })
        : [],
    };
  });
}
