import { namePool } from '../pool';
import { modernMuslimName } from './modern';
import { modernShare, singleShareFor, twoPart, type NamingTradition, type TwoPartPools } from './tradition';

const male: TwoPartPools = {
  first: namePool(
    'Asep 14, Ujang 8, Dede 7, Cecep 6, Yayan 5, Dadang 6, Encep 3, Ade 5, Endang 4, Agus 5, Aep 3, Usep 3, Jajang 4, Ayi 2, Iwan 4, Dedi 4, Deden 3, Nana 3, Otong 1, Ucup 2, Wawan 3, Maman 3, Jaja 2, Oman 2, Rahmat 2, Ahmad 2',
  ),
  second: namePool(
    'Saepudin 6, Suryana 5, Supriatna 5, Hidayat 6, Sopian 4, Kurniawan 4, Permana 4, Rohmat 3, Sunarya 3, Mulyana 4, Gunawan 3, Setiawan 4, Rukmana 3, Sutisna 3, Nurjaman 3, Hermawan 3, Firmansyah 3, Saputra 2, Ruhiyat 2, Kusnadi 2, Sukmana 2',
  ),
  needsSecond: new Set(),
};

const female: TwoPartPools = {
  first: namePool(
    'Euis 8, Iis 5, Enok 4, Neneng 6, Nining 4, Entin 3, Imas 4, Tati 4, Yati 4, Eem 2, Ai 4, Dede 3, Cucu 3, Lilis 5, Nunung 3, Elis 4, Siti 8, Ela 2, Rina 3, Nenden 2, Yeni 3, Titin 3, Oneng 1',
  ),
  second: namePool(
    'Komariah 5, Rohayati 5, Nurhasanah 5, Rukmini 3, Kurniasih 4, Sumiati 3, Hasanah 3, Mulyati 3, Rosita 2, Suryani 3, Jubaedah 3, Halimah 3, Maryati 3, Aisyah 2, Aminah 4, Aminatun 1, Nurjanah 4, Rahmawati 3, Sopiah 2, Robiah 2, Kartika 2, Lestari 2, Wulan 2',
  ),
  needsSecond: new Set(['Siti', 'Ai']),
};

export const sundanese: NamingTradition = {
  muslim: true,
  oldSpelling: true,
  drawFamilyName: () => '',
  compose(rng, { sex, birthYear }) {
    if (rng.chance(modernShare(birthYear) * 0.8)) return modernMuslimName(rng, sex);
    return twoPart(rng, sex === 'L' ? male : female, singleShareFor(birthYear, 0.35));
  },
};
