// How the proof-of-work cost rises with volume: it doubles each time the count of the last minute
// passes the threshold, twice it, four times it …, up to maxDoublings. A crowd of honest residents
// pays a little more per proof; a bot that wants thousands pays for each doubling it causes.
export type CostRaise = { perAddressPerMinute: number; perVillagePerMinute: number; maxDoublings: number };
export type RecentVolume = { addressChallenges: number; villageRequests: number };

export function doublingsFor(count: number, threshold: number, maxDoublings: number): number {
  let doublings = 0;
  while (doublings < maxDoublings && count > threshold * 2 ** doublings) doublings++;
  return doublings;
}

export function proofCostFor(baseCost: number, volume: RecentVolume, raise: CostRaise): number {
  const doublings = Math.max(
    doublingsFor(volume.addressChallenges, raise.perAddressPerMinute, raise.maxDoublings),
    doublingsFor(volume.villageRequests, raise.perVillagePerMinute, raise.maxDoublings),
  );
  return baseCost * 2 ** doublings;
}

// True for the request that pushed a village's count over a threshold: the moment to alert once.
export function raisedByThisRequest(count: number, raise: CostRaise): boolean {
  const { perVillagePerMinute: threshold, maxDoublings } = raise;
  return (
    count > threshold &&
    doublingsFor(count, threshold, maxDoublings) > doublingsFor(count - 1, threshold, maxDoublings)
  );
}
