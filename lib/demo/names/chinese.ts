import type { Random } from '../random';
import { draw, namePool } from '../pool';
import { modernChristianGiven } from './modern';
import type { NamingTradition } from './tradition';

const clans = namePool(
  'Tan 10, Lie 6, Lim 8, Oei 4, Liem 4, Go 4, Ong 5, Kwee 3, The 3, Tjoa 2, Gouw 2, Sie 3, Njoo 2, Tjia 2, Khoe 2, Ang 3, Wong 3, Lauw 2, Yap 2, Han 2, Thio 2',
);
const maleSyllables = namePool(
  'Kim 4, Hok 3, Swie 2, Hong 3, Bing 2, Tjoen 2, Liang 3, Tiong 2, Djie 2, Gwan 2, Sing 2, Wie 2, Kiat 2, Seng 3, Hian 2, Tek 2, Kian 2, Boen 2, Tjong 2, Sioe 2',
);
const femaleSyllables = namePool(
  'Siok 4, Lan 4, Giok 3, Hwa 3, Mei 3, Nio 3, Lian 3, Kiem 2, Hoa 2, Bwee 2, Tjoe 2, Ing 2, Swan 2, Eng 2, Nie 2',
);
/** Family names adopted after 1966, often echoing the clan name (Lim → Halim). */
const adoptedFamilies = namePool(
  'Gunawan 6, Wijaya 8, Halim 5, Salim 4, Santoso 5, Kurniawan 4, Tanoto 3, Hartono 4, Susanto 4, Setiawan 4, Widjaja 4, Kusuma 3, Tanuwijaya 3, Sutanto 3, Lukito 2, Tjandra 3, Gozali 2, Liman 2, Budiman 3, Suryadi 2',
);
const maleGiven = namePool(
  'Hendra 6, Budi 5, Agus 4, Rudy 4, Teddy 3, Herman 3, Johan 3, Sugianto 3, Tony 3, Ferry 3, Willy 2, Robby 2, Iwan 3, Yanto 2, Andreas 3, Eddy 4, Hendrik 2, Lukas 2',
);
const femaleGiven = namePool(
  'Lina 6, Linda 5, Lily 3, Susi 4, Yenny 3, Meiliana 3, Lanny 3, Fenny 3, Rina 3, Elly 3, Yuliana 4, Melinda 2, Vivian 2, Lisa 3, Sherly 2, Ivone 2, Siska 2, Mariana 2',
);

/** The household keeps both its clan name and its adopted family name: `Tan/Tanoto`. */
function drawFamilyName(rng: Random): string {
  return `${draw(rng, clans)}/${draw(rng, adoptedFamilies)}`;
}

function traditionalShare(birthYear: number): number {
  return birthYear < 1960 ? 0.75 : birthYear < 1975 ? 0.3 : 0.04;
}

export const chinese: NamingTradition = {
  muslim: false,
  oldSpelling: false,
  drawFamilyName,
  compose(rng, { sex, birthYear, familyName }) {
    const [clan = 'Tan', adopted = 'Wijaya'] = familyName.split('/');
    if (rng.chance(traditionalShare(birthYear))) {
      const syllables = sex === 'L' ? maleSyllables : femaleSyllables;
      const first = draw(rng, syllables);
      let second = draw(rng, syllables);
      if (second === first) second = draw(rng, syllables);
      return `${clan} ${first} ${second}`;
    }
    const modern = birthYear >= 1990 && rng.chance(0.6);
    const given = draw(rng, modern ? modernChristianGiven[sex] : sex === 'L' ? maleGiven : femaleGiven);
    return `${given} ${adopted}`;
  },
};
