import { draw, namePool } from '../pool';
import { modernMuslimName } from './modern';
import { modernShare, singleShareFor, twoPart, type NamingTradition, type TwoPartPools } from './tradition';

const male: TwoPartPools = {
  first: namePool(
    'Yusrizal 5, Afrizal 5, Syafrizal 4, Zulkifli 4, Hendri 4, Rahmat 3, Yuliardi 2, Firdaus 3, Asrul 3, Irwandi 3, Syamsul 2, Jasrial 3, Erizal 3, Nofrizal 3, Defrizal 2, Zainal 3, Bustami 2, Khairul 3, Darmawan 2, Alfian 2, Novri 2, Yondri 2, Efendi 3, Masrul 2, Mukhlis 2, Rusli 3, Ilham 2',
  ),
  second: namePool(
    'Putra 3, Saputra 3, Syahputra 2, Rahman 2, Efendi 3, Hamdani 2, Akbar 2, Basri 2, Bahri 2',
  ),
  needsSecond: new Set(),
};

const female: TwoPartPools = {
  first: namePool(
    'Nurhayati 6, Yusnidar 3, Desmawati 4, Yulianti 4, Erni 3, Fitri 4, Nurmala 3, Yenni 3, Rosnita 3, Asmarni 2, Yusniar 3, Elvi 3, Nelly 2, Rita 3, Zuraida 2, Hasnah 2, Mardiah 2, Syamsinar 2, Elfira 2, Novia 2, Yurnalis 2, Murni 2, Rosmaniar 2, Linda 2, Misnawati 2',
  ),
  second: namePool('Yanti 2, Wati 2, Sari 3, Ningsih 2, Hayati 2, Rahmi 2, Susanti 2'),
  needsSecond: new Set(),
};

/** Adat titles: a datuak (penghulu) carries his gelar after his name. */
const gelar = namePool(
  'Rajo Ameh 2, Bandaro 3, Sati 2, Rangkayo Basa 1, Tumanggung 2, Malin Marajo 1, Sinaro 2, Majo Indo 1',
);

export const minang: NamingTradition = {
  muslim: true,
  oldSpelling: true,
  drawFamilyName: () => '',
  compose(rng, { sex, birthYear }) {
    if (rng.chance(modernShare(birthYear))) return modernMuslimName(rng, sex);
    const name = twoPart(rng, sex === 'L' ? male : female, singleShareFor(birthYear, 0.7));
    if (sex === 'L' && birthYear < 1980) {
      if (rng.chance(0.03)) return `${name} Datuak ${draw(rng, gelar)}`;
      if (rng.chance(0.02)) return `Sutan ${name}`;
    }
    return name;
  },
};
