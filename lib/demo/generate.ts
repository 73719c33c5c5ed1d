import { householdAddress, villageLayout } from './addresses';
import { demoVillageCodes } from './demo-residents';
import { ethnicMixFor } from './ethnicity';
import { buildHousehold } from './household-records';
import { referenceDay, snapshotDay } from './periods';
import { Random } from './random';
import { DistrictSerials } from './serials';
import type { GeneratedPerson, GenerateRegistryOptions, Village } from './types';
import { planVillages } from './villages';

const MAX_HOUSEHOLD = 7;
const demoVillageSet: ReadonlySet<string> = new Set(demoVillageCodes);

function checkVillage(village: Village): void {
  if (
    !/^\d{2}\.\d{2}\.\d{2}$/.test(village.districtCode) ||
    !/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(village.code)
  ) {
    throw new RangeError(
      `Village codes must be dotted Kemendagri codes: ${village.code} / ${village.districtCode}`,
    );
  }
  if (!village.code.startsWith(`${village.districtCode}.`)) {
    throw new RangeError(`Village ${village.code} does not lie in district ${village.districtCode}`);
  }
}

/**
 * Streams a synthetic registry, household by household. Same seed, villages
 * and count give the same sequence. Demo villages are skipped so the fixed
 * demo residents are the only people there and e2e lookups stay exact.
 */
export function* generateRegistry(
  options: GenerateRegistryOptions,
): Generator<GeneratedPerson, void, undefined> {
  const { seed, persons } = options;
  if (!Number.isSafeInteger(persons) || persons < 0)
    throw new RangeError(`persons must be a whole number ≥ 0, got ${persons}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  options.villages.forEach(checkVillage);

  const rng = new Random(seed);
  const villages = options.villages.filter((v) => !demoVillageSet.has(v.code));
  const serials = new DistrictSerials();

  for (const { village, persons: quota } of planVillages(rng, villages, persons)) {
    serials.enter(village.districtCode);
    const layout = villageLayout(rng, village.code);
    const mix = ethnicMixFor(village.code);
    let remaining = quota;
    while (remaining > 0) {
      const context = {
        villageCode: village.code,
        address: householdAddress(rng, layout),
        mix,
        serials,
        today: referenceDay,
        snapshotDay,
      };
      const household = buildHousehold(rng, context, Math.min(MAX_HOUSEHOLD, remaining));
      remaining -= household.length;
      yield* household;
    }
  }
}
