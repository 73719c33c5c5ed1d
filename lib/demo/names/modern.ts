import type { Random } from '../random';
import { namePool } from '../pool';
import type { Sex } from '@/lib/registry';
import { twoPart, type TwoPartPools } from './tradition';

/** Names popular across Muslim Indonesia since the 1990s, regardless of ethnicity. */
const muslimMale: TwoPartPools = {
  first: namePool(
    'Muhammad 10, Rizky 6, Dimas 4, Aditya 4, Fajar 4, Ilham 3, Bayu 3, Andika 3, Gilang 3, Farhan 3, Yoga 2, Reza 3, Fikri 3, Dafa 2, Raka 2, Arya 3, Rafi 2, Alif 2, Naufal 2, Zidan 2, Aldi 3, Rehan 2',
  ),
  second: namePool(
    'Pratama 6, Saputra 6, Ramadhan 5, Maulana 4, Nugraha 3, Firmansyah 3, Putra 4, Hidayat 3, Setiawan 2, Alfarizi 2, Akbar 3, Kurniawan 2, Wijaya 2, Permana 2, Prasetyo 2, Rizki 4, Fauzan 2',
  ),
  needsSecond: new Set(['Muhammad']),
};

const muslimFemale: TwoPartPools = {
  first: namePool(
    'Putri 6, Nabila 4, Aulia 4, Dewi 3, Ayu 4, Siti 5, Nur 3, Anisa 4, Dinda 3, Salsabila 3, Zahra 3, Aisyah 3, Intan 3, Rizka 2, Nadia 3, Fitri 3, Tiara 3, Amelia 2, Indah 3, Citra 2, Alya 2, Keisha 2',
  ),
  second: namePool(
    'Rahmawati 3, Lestari 3, Amelia 2, Azzahra 4, Ramadhani 3, Aprilia 3, Safitri 4, Puspita 2, Nuraini 3, Maharani 3, Fitriani 3, Anggraini 3, Wulandari 3, Kusuma 2, Utami 2, Khairunnisa 2, Febriani 2, Oktaviani 2, Novitasari 2, Pratiwi 3',
  ),
  needsSecond: new Set(['Siti', 'Nur']),
};

const christianMale = namePool(
  'Kevin 3, Michael 3, Daniel 3, Samuel 2, Yosua 2, Jonathan 2, Christian 2, Rio 2, Andreas 2, Steven 2, Gabriel 2, Yohanes 2, Vincent 2',
);
const christianFemale = namePool(
  'Grace 3, Jessica 3, Maria 3, Natalia 3, Angel 2, Febiola 2, Cindy 2, Stefani 2, Yohana 2, Debora 2, Agnes 2, Christine 2, Felicia 2',
);

export function modernMuslimName(rng: Random, sex: Sex): string {
  return twoPart(rng, sex === 'L' ? muslimMale : muslimFemale, 0.15);
}

/** Batak and Chinese-Indonesian families add their surname after these. */
export const modernChristianGiven = { L: christianMale, P: christianFemale } as const;
