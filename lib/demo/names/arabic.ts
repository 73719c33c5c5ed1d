import { namePool } from '../pool';
import { modernMuslimName } from './modern';
import { modernShare, singleShareFor, twoPart, type NamingTradition, type TwoPartPools } from './tradition';

const male: TwoPartPools = {
  first: namePool(
    'Muhammad 16, Ahmad 8, Abdul 8, Hasan 3, Husen 2, Yusuf 4, Ali 3, Umar 3, Ibrahim 3, Ismail 3, Hamzah 2, Sulaiman 2, Zainal 3, Syaiful 3, Rizki 3, Fauzi 3, Nur 2, Salim 2, Arifin 2, Mahmud 3, Yahya 2, Zakaria 2, Usman 3, Idris 2, Lukman 2, Hamid 2, Rasyid 2',
  ),
  second: namePool(
    'Rizki 5, Rahman 6, Yusuf 4, Hasan 4, Ali 3, Fauzi 3, Hidayat 4, Syafii 2, Ridwan 3, Iqbal 3, Hakim 3, Arifin 3, Fadli 3, Ramadhan 4, Amin 3, Basri 2, Soleh 3, Kholil 2, Jaelani 2, Mansur 3, Aziz 2, Ghofur 2, Rohim 2, Latif 2, Abidin 2, Anwar 3',
  ),
  needsSecond: new Set(['Muhammad', 'Abdul', 'Nur', 'Zainal']),
};

const female: TwoPartPools = {
  first: namePool(
    'Nur 8, Siti 12, Fatimah 5, Aisyah 4, Khadijah 3, Maryam 3, Zainab 3, Aminah 4, Halimah 3, Rahmah 2, Zulaikha 2, Nurul 4, Umi 3, Laila 2, Salmah 3, Hafsah 2, Rukayah 3, Saodah 2, Maimunah 2, Jamilah 3, Hasanah 2, Sholihah 2, Latifah 3',
  ),
  second: namePool(
    'Aini 5, Aminah 5, Hidayah 3, Fadhilah 3, Khasanah 3, Jannah 3, Azizah 3, Hasanah 3, Rohmah 3, Mahmudah 2, Masruroh 2, Zahra 3, Nafisah 2, Fitriyah 3, Muthmainnah 2, Romlah 2, Chotimah 2, Fatimah 2',
  ),
  needsSecond: new Set(['Nur', 'Siti', 'Nurul', 'Umi']),
};

/** Share of people registered with bin/binti when their father is known in the KK. */
const patronymShare = 0.25;

export const arabic: NamingTradition = {
  muslim: true,
  oldSpelling: true,
  drawFamilyName: () => '',
  compose(rng, { sex, birthYear, fatherName }) {
    const modern = rng.chance(modernShare(birthYear) * 0.6);
    const own = modern
      ? modernMuslimName(rng, sex)
      : twoPart(rng, sex === 'L' ? male : female, singleShareFor(birthYear, 0.5));
    if (fatherName === null || !rng.chance(patronymShare)) return own;
    // A patronym follows a single given name: "Ahmad bin Yusuf", not "Ahmad Rizki bin Yusuf".
    const words = own.split(' ');
    const first = words[0] ?? own;
    const pools = sex === 'L' ? male : female;
    const given = pools.needsSecond.has(first) || first === 'Muhammad' ? words.slice(0, 2).join(' ') : first;
    return `${given} ${sex === 'L' ? 'bin' : 'binti'} ${fatherName}`;
  },
};
