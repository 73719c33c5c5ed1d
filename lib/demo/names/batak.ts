import { draw, namePool } from '../pool';
import { modernChristianGiven } from './modern';
import { modernShare, type NamingTradition } from './tradition';

const marga = namePool(
  'Simanjuntak 6, Siregar 8, Nasution 8, Harahap 6, Sitompul 4, Simatupang 4, Hutagalung 4, Sinaga 6, Situmorang 5, Pardede 3, Tambunan 4, Panjaitan 5, Sihombing 5, Manurung 4, Lubis 7, Hasibuan 5, Pasaribu 4, Silalahi 4, Sitorus 5, Simbolon 4, ' +
    'Ginting 5, Tarigan 4, Sembiring 5, Damanik 3, Saragih 4, Purba 4, Hutapea 3, Napitupulu 4, Aritonang 3, Marpaung 4, Simanungkalit 2, Sianturi 3, Gultom 3, Pohan 2, Rangkuti 2',
);

const male = namePool(
  'Togar 4, Binsar 3, Parulian 3, Maruli 3, Sahat 3, Tigor 2, Martua 2, Poltak 2, Hotman 2, Bonar 2, Jonner 2, Robert 3, Johannes 3, Daniel 3, Samuel 3, Bernard 2, Rudi 3, Hendra 3, Saut 2, Mangasi 2, Torang 2, Anton 2, Ahmad 3, Irwan 2, Syahrul 2, Khairul 2',
);

const female = namePool(
  'Rosmawati 4, Rosmauli 3, Tiurma 3, Nurmaida 3, Lamtiur 2, Rotua 2, Dame 2, Sondang 2, Rumondang 2, Nurhayati 3, Masniari 2, Ratna 3, Erna 3, Lenny 2, Yanti 2, Rina 2, Maria 3, Marta 2, Elisabeth 2, Debora 2, Lusiana 2, Roslina 3, Nurlela 2, Herlina 3, Hotnida 2',
);

/** The marga passes from the father; women are written "br" (boru) + marga. */
export const batak: NamingTradition = {
  muslim: false,
  oldSpelling: false,
  drawFamilyName: (rng) => draw(rng, marga),
  compose(rng, { sex, birthYear, familyName }) {
    const modern = rng.chance(modernShare(birthYear) * 0.7);
    const given = draw(rng, modern ? modernChristianGiven[sex] : sex === 'L' ? male : female);
    if (sex === 'L') return `${given} ${familyName}`;
    return rng.chance(0.65) ? `${given} br ${familyName}` : `${given} ${familyName}`;
  },
};
