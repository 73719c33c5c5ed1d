import { namePool } from '../pool';
import { modernMuslimName } from './modern';
import { modernShare, singleShareFor, twoPart, type NamingTradition, type TwoPartPools } from './tradition';

const male: TwoPartPools = {
  first: namePool(
    'Sutarno 5, Suparjo 4, Slamet 8, Sugiyanto 4, Suwarno 4, Sukirman 3, Paijo 2, Tukiman 2, Sumarno 3, Wagiman 2, Sukardi 3, Parman 3, Suyanto 4, Mulyono 3, Subagio 3, Darsono 2, Ngadiman 2, Kasiman 2, Supriyadi 4, Haryanto 4, Sunarto 4, Sutrisno 4, ' +
      'Budi 9, Agus 9, Eko 7, Joko 6, Bambang 6, Dwi 5, Tri 5, Heru 4, Didik 4, Hadi 3, Teguh 4, Wahyu 5, Rudi 3, Yudi 3, Hari 3, Sri 2',
  ),
  second: namePool(
    'Santoso 9, Setiawan 7, Prasetyo 7, Susilo 4, Purnomo 5, Wibowo 6, Hartono 4, Nugroho 6, Cahyono 5, Wahyudi 5, Kurniawan 5, Raharjo 4, Sulistyo 3, Widodo 4, Hidayat 3, Saputro 4, Utomo 4, Suprapto 3, Riyanto 3, Supriyanto 3, Subagio 2',
  ),
  needsSecond: new Set(['Dwi', 'Tri', 'Sri']),
};

const female: TwoPartPools = {
  first: namePool(
    'Sumiati 5, Suwarni 4, Sulastri 4, Sumarni 4, Painem 2, Tukinem 2, Suparmi 3, Sutini 3, Kasmini 2, Wagiyem 2, Parinah 2, Ngatini 2, Suyatmi 3, Rusmini 2, Sumirah 2, Darmi 2, Tumini 2, Sukarti 3, Mujiati 2, ' +
      'Sri 14, Siti 12, Dwi 4, Tri 4, Endang 4, Dewi 4, Rina 3, Eni 3, Tutik 2, Yuli 3, Retno 3, Ani 2, Nur 2, Puji 2',
  ),
  second: namePool(
    'Wahyuni 8, Rahayu 7, Aminah 7, Lestari 6, Suryani 4, Mulyani 4, Handayani 5, Purwanti 4, Sulistyowati 3, Wulandari 4, Astuti 5, Rahmawati 4, Utami 4, Susanti 4, Ningsih 4, Fatimah 3, Khotimah 3, Maryam 2, Aminatun 2, Suprihatin 2, Hartati 3, Winarsih 3, Setyowati 3, Indrawati 2, Kurniasih 2, Nurhayati 2',
  ),
  needsSecond: new Set(['Sri', 'Siti', 'Dwi', 'Tri', 'Nur']),
};

export const javanese: NamingTradition = {
  muslim: true,
  oldSpelling: true,
  drawFamilyName: () => '',
  compose(rng, { sex, birthYear }) {
    if (rng.chance(modernShare(birthYear))) return modernMuslimName(rng, sex);
    return twoPart(rng, sex === 'L' ? male : female, singleShareFor(birthYear, sex === 'L' ? 0.55 : 0.45));
  },
};
