import { weighted, type WeightedPool } from './pool';
import { ethnicGroups, type EthnicGroup } from './names';

type Mix = Partial<Record<EthnicGroup, number>>;

/**
 * Rough naming-tradition mix per province (first two digits of the code).
 * "arabic" stands for Arabic-origin naming common among Acehnese, Malay,
 * Madurese, Betawi, Sasak and others rather than for Arab descent.
 */
const provinceMixes: Readonly<Record<string, Mix>> = {
  '11': { arabic: 7, minang: 1, javanese: 2, batak: 1 },
  '12': { batak: 5, javanese: 3, chinese: 1, arabic: 1, minang: 1 },
  '13': { minang: 10, javanese: 1, batak: 1 },
  '14': { arabic: 3, minang: 3, javanese: 3, batak: 2, chinese: 1 },
  '15': { arabic: 4, javanese: 3, minang: 3 },
  '16': { arabic: 6, javanese: 4, sundanese: 1 },
  '17': { arabic: 5, javanese: 3, minang: 2 },
  '18': { javanese: 6, sundanese: 2, arabic: 2 },
  '19': { arabic: 5, chinese: 3, javanese: 1 },
  '21': { arabic: 3, minang: 2, chinese: 2, batak: 2, javanese: 2, bugis: 1 },
  '31': { javanese: 4, arabic: 3, sundanese: 2, batak: 1, chinese: 1, minang: 1 },
  '32': { sundanese: 8, javanese: 1, arabic: 1 },
  '33': { javanese: 12, arabic: 1, chinese: 0.3 },
  '34': { javanese: 12, arabic: 1 },
  '35': { javanese: 8, arabic: 2, chinese: 0.4 },
  '36': { sundanese: 6, arabic: 2, javanese: 2 },
  '51': { balinese: 10, javanese: 1, arabic: 0.3 },
  '52': { arabic: 7, balinese: 1, bugis: 1, javanese: 1 },
  '61': { arabic: 4, chinese: 2, javanese: 2, bugis: 1 },
  '62': { arabic: 4, javanese: 4, bugis: 1 },
  '63': { arabic: 7, javanese: 3 },
  '64': { javanese: 4, bugis: 4, arabic: 2 },
  '65': { bugis: 4, arabic: 3, javanese: 2 },
  '72': { bugis: 3, arabic: 4, javanese: 2 },
  '73': { bugis: 9, arabic: 1, javanese: 0.5 },
  '74': { bugis: 6, arabic: 3, javanese: 1 },
  '75': { arabic: 6, bugis: 2 },
  '76': { bugis: 6, arabic: 2, javanese: 1 },
};

/** Everywhere else: a national mix, so no region is left without names. */
const nationalMix: Mix = { javanese: 4, arabic: 3, sundanese: 1, bugis: 1, batak: 1, chinese: 1, minang: 1 };

function toPool(mix: Mix): WeightedPool<EthnicGroup> {
  // Weights scaled by 10 so fractional shares (0.3) survive as table entries.
  return weighted(
    ethnicGroups
      .map((group) => [group, Math.round((mix[group] ?? 0) * 10)] as const)
      .filter(([, weight]) => weight > 0),
  );
}

const pools = new Map<string, WeightedPool<EthnicGroup>>(
  Object.entries(provinceMixes).map(([province, mix]) => [province, toPool(mix)]),
);
const nationalPool = toPool(nationalMix);

export function ethnicMixFor(villageCode: string): WeightedPool<EthnicGroup> {
  return pools.get(villageCode.slice(0, 2)) ?? nationalPool;
}
