import type { Random } from '../random';
import { draw, namePool } from '../pool';
import { modernMuslimName } from './modern';
import { modernShare, twoPart, type NamingTradition, type TwoPartPools } from './tradition';

const male: TwoPartPools = {
  first: namePool(
    'Muhammad 6, Abdul 4, Ambo 4, Baso 3, Syamsuddin 4, Hasanuddin 4, Rusdi 3, Nurdin 4, Sudirman 3, Rahman 3, Jufri 3, Ridwan 3, Syahrir 3, Kamaruddin 3, Arifin 3, Hamzah 3, Asri 2, Mursalim 3, Nasrullah 2, Irwan 3, Haerul 2, Sukri 2, Amiruddin 3, Jamaluddin 3, Baharuddin 3, Ilham 2, Tahir 2',
  ),
  second: namePool(
    'Dalle 2, Tang 2, Arif 3, Rahman 3, Jaya 2, Saleh 3, Said 2, Haris 2, Yusuf 3, Ali 3, Amir 2, Ahmad 2, Sulaiman 2, Basri 2, Halim 2, Nur 2',
  ),
  needsSecond: new Set(['Muhammad', 'Abdul', 'Ambo', 'Baso']),
};

const female: TwoPartPools = {
  first: namePool(
    'Sitti 8, Hasnah 4, Haslinda 3, Rahmawati 4, Nurhayati 4, Hasnawati 3, Besse 2, Indo 2, Hadijah 3, Marlina 3, Suriani 3, Nurbaya 2, Halimah 3, Rosmini 2, Jumriah 3, Nurmiati 3, Hariani 2, Ramlah 3, Satriani 2, Kasmawati 2, Hasmiah 2, Megawati 2, Irmawati 2',
  ),
  second: namePool(
    'Rahmah 3, Hasnah 3, Aisyah 3, Fatimah 3, Nurhaeni 2, Maryam 2, Saenab 2, Rabiah 2, Jumaria 2',
  ),
  needsSecond: new Set(['Sitti', 'Besse', 'Indo']),
};

const daengNames = namePool('Ngai 2, Tompo 2, Sese 2, Nai 2, Bella 1, Rowa 2, Mile 1, Tala 1, Gassing 1');

/**
 * Household lines: Andi for bangsawan families (both sexes), La Ode / Wa Ode
 * for Butonese nobility; most families carry neither.
 */
function drawFamilyName(rng: Random): string {
  const roll = rng.next();
  return roll < 0.06 ? 'Andi' : roll < 0.08 ? 'Ode' : '';
}

export const bugis: NamingTradition = {
  muslim: true,
  oldSpelling: false,
  drawFamilyName,
  compose(rng, { sex, birthYear, familyName }) {
    const modern = rng.chance(modernShare(birthYear));
    let name = modern ? modernMuslimName(rng, sex) : twoPart(rng, sex === 'L' ? male : female, 0.5);
    if (familyName === 'Andi') return `Andi ${name}`;
    if (familyName === 'Ode') return `${sex === 'L' ? 'La' : 'Wa'} Ode ${name}`;
    if (sex === 'L' && birthYear < 1985 && rng.chance(0.05)) name = `${name} Daeng ${draw(rng, daengNames)}`;
    return name;
  },
};
