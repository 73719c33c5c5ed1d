import type { Sex } from '@/lib/registry';
import type { Random } from '../random';
import { draw, namePool, weighted, type WeightedPool } from '../pool';
import type { NamingTradition } from './tradition';

/**
 * Birth-order names: first, second, third and fourth child; the fifth starts
 * the cycle again. Exported so tests can check them against sibling order.
 */
export const balineseBirthOrderNames: readonly (readonly string[])[] = [
  ['Wayan', 'Putu', 'Gede'],
  ['Made', 'Kadek', 'Nengah'],
  ['Nyoman', 'Komang'],
  ['Ketut'],
];

/** Gede marks a first-born son only. */
function orderPoolsFor(sex: Sex): readonly WeightedPool<string>[] {
  return balineseBirthOrderNames.map((names) =>
    weighted(
      names
        .filter((name) => sex === 'L' || name !== 'Gede')
        .map((name, index) => [name, index === 0 ? 6 : 3] as const),
    ),
  );
}
const orderPools = { L: orderPoolsFor('L'), P: orderPoolsFor('P') } as const;
const orderOfAdults = weighted([
  [0, 4],
  [1, 3],
  [2, 2],
  [3, 1],
] as const);

const male = namePool(
  'Sudarsana 4, Suardana 4, Sukadana 3, Artawan 3, Sudiarta 3, Suarjana 3, Budiasa 2, Mertayasa 2, Parwata 2, Suweta 2, Darma 3, Sutama 3, Wirawan 3, Sujana 3, Astawa 3, Antara 2, Adnyana 3, Mardika 2, Sumerta 2, Widiarta 2, Sukerta 2, Arya Wibawa 2, Agus Suyasa 2',
);
const female = namePool(
  'Lestari 3, Sukerti 4, Suartini 3, Sri Artini 3, Sumiati 2, Wartini 3, Sukarmi 2, Suciani 2, Puspitasari 2, Darmayanti 3, Sriani 3, Astiti 2, Sutarmi 2, Mertasari 2, Ariani 2, Widiastuti 2, Suwandewi 2, Sudiani 2, Juliantari 2, Kartini 2',
);

/**
 * Brahmana (Ida), ksatria (Anak Agung) and other triwangsa (Gusti) families use
 * caste names instead of birth-order names.
 */
function drawFamilyName(rng: Random): string {
  const roll = rng.next();
  return roll < 0.03 ? 'Ida' : roll < 0.06 ? 'Agung' : roll < 0.1 ? 'Gusti' : '';
}

export const balinese: NamingTradition = {
  muslim: false,
  oldSpelling: false,
  drawFamilyName,
  compose(rng, { sex, familyName, childOrder }) {
    const given = draw(rng, sex === 'L' ? male : female);
    const ayu = sex === 'P' && rng.chance(0.3) ? 'Ayu ' : '';
    if (familyName === 'Ida') return sex === 'L' ? `Ida Bagus ${given}` : `Ida Ayu ${given}`;
    if (familyName === 'Agung') return sex === 'L' ? `Anak Agung Ngurah ${given}` : `Anak Agung Ayu ${given}`;
    if (familyName === 'Gusti') return sex === 'L' ? `I Gusti Ngurah ${given}` : `I Gusti Ayu ${given}`;
    const order = childOrder >= 0 ? childOrder % 4 : draw(rng, orderOfAdults);
    const pool = orderPools[sex][order];
    if (pool === undefined) throw new RangeError(`No birth-order names for order ${order}`);
    const orderName = draw(rng, pool);
    return sex === 'L' ? `I ${orderName} ${given}` : `Ni ${orderName} ${ayu}${given}`;
  },
};
