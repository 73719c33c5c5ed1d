import type { Random } from './random';
import { draw, namePool } from './pool';
import { pad2 } from './calendar';

/**
 * How households are spread inside a village: RW and RT counts sized like a
 * real desa/kelurahan, a handful of streets, and hamlet names whose prefix
 * follows the region (Kp. in Sunda, Banjar in Bali, Dusun elsewhere).
 */

export type VillageLayout = {
  rwCount: number;
  rtPerRw: number;
  urban: boolean;
  streets: readonly string[];
  hamlets: readonly string[];
  hamletPrefix: string;
};

const streetNames = namePool(
  'Melati 4, Mawar 4, Kenanga 3, Anggrek 3, Flamboyan 2, Cempaka 3, Merdeka 4, Pahlawan 3, Sudirman 3, Diponegoro 3, Ahmad Yani 3, Kartini 2, Masjid 3, Raya 2, Pemuda 2, Pelita 2, Sukun 2, Nangka 2, Mangga 2, Rambutan 2, Kauman 1, Pasar 2, Sekolah 2, Pattimura 2',
);
const hamletNames = namePool(
  'Krajan 5, Kulon 3, Wetan 3, Tengah 3, Sukamaju 3, Sukamulya 3, Sukasari 2, Babakan 3, Cikadu 1, Kebonsari 2, Sidomulyo 3, Tegalrejo 2, Karanganyar 2, Gunungsari 2, Mekarsari 2, Kauman 2, Pojok 2, Ngasem 1, Tanjung 2, Baru 2',
);

export function villageLayout(rng: Random, villageCode: string): VillageLayout {
  // Kemendagri village numbers starting with 1 are kelurahan (urban), 2 are desa.
  const urban = villageCode.charAt(11) === '1';
  const province = villageCode.slice(0, 2);
  const streets = Array.from({ length: rng.between(3, 7) }, () => draw(rng, streetNames));
  const hamlets = Array.from({ length: rng.between(2, 5) }, () => draw(rng, hamletNames));
  const hamletPrefix =
    province === '32' || province === '36' ? 'Kp.' : province === '51' ? 'Banjar' : 'Dusun';
  return {
    rwCount: urban ? rng.between(5, 15) : rng.between(2, 9),
    rtPerRw: rng.between(3, 9),
    urban,
    streets,
    hamlets,
    hamletPrefix,
  };
}

export type HouseholdAddress = { rt: string; rw: string; address: string };

const pad3 = (n: number): string => `0${pad2(n)}`;

export function householdAddress(rng: Random, layout: VillageLayout): HouseholdAddress {
  const rw = rng.between(1, layout.rwCount);
  const rt = rng.between(1, layout.rtPerRw);
  const onStreet = layout.urban ? rng.chance(0.85) : rng.chance(0.35);
  let address: string;
  if (onStreet) {
    const street = rng.pick(layout.streets);
    address =
      layout.urban && rng.chance(0.25)
        ? `Gg. ${street} ${rng.between(1, 9)} No. ${rng.between(1, 60)}`
        : `Jl. ${street} No. ${rng.between(1, 120)}`;
  } else {
    address = `${layout.hamletPrefix} ${rng.pick(layout.hamlets)}`;
  }
  return { rt: pad3(rt), rw: pad3(rw), address };
}
