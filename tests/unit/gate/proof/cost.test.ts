import { describe, expect, it } from 'vitest';
import { doublingsFor, proofCostFor, raisedByThisRequest } from '@/lib/gate/proof/cost';
import { paysFor } from '@/lib/gate/proof/work';

const raise = { perAddressPerMinute: 100, perVillagePerMinute: 60, maxDoublings: 4 };

describe('the proof-of-work cost schedule', () => {
  it.each([
    [0, 0],
    [100, 0],
    [101, 1],
    [200, 1],
    [201, 2],
    [400, 2],
    [401, 3],
    [801, 4],
    [1_000_000, 4],
  ])('doubles %i challenges a minute from one address %i times', (count, doublings) => {
    expect(doublingsFor(count, raise.perAddressPerMinute, raise.maxDoublings)).toBe(doublings);
  });

  it('takes the higher of the address and the village step', () => {
    expect(proofCostFor(1000, { addressChallenges: 10, villageRequests: 10 }, raise)).toBe(1000);
    expect(proofCostFor(1000, { addressChallenges: 150, villageRequests: 10 }, raise)).toBe(2000);
    expect(proofCostFor(1000, { addressChallenges: 150, villageRequests: 250 }, raise)).toBe(8000);
    expect(proofCostFor(1000, { addressChallenges: 0, villageRequests: 10_000 }, raise)).toBe(16_000);
  });

  it('never raises when no doubling is allowed', () => {
    expect(
      proofCostFor(
        1000,
        { addressChallenges: 10_000, villageRequests: 10_000 },
        { ...raise, maxDoublings: 0 },
      ),
    ).toBe(1000);
  });

  it('alerts once per step a village crosses', () => {
    const alerts = Array.from({ length: 1000 }, (_, i) => i + 1).filter((count) =>
      raisedByThisRequest(count, raise),
    );
    expect(alerts).toEqual([61, 121, 241, 481]);
  });

  it('tells whether a challenge was priced at least at a cost', () => {
    expect(paysFor(100, 5_000)).toBe(true);
    expect(paysFor(100, 10_000)).toBe(false);
    expect(paysFor(200, 10_000)).toBe(true);
  });
});
