import { describe, expect, it } from 'vitest';
import {
  describeVillage,
  isKnownRegion,
  isKnownVillage,
  listChildren,
  listProvinces,
  regionDataVersion,
} from '@/lib/regions/catalog';

describe('region catalog', () => {
  it('lists the 38 provinces by name', async () => {
    const provinces = await listProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual(['11', 'Aceh']);
    expect(provinces).toContainEqual(['32', 'Jawa Barat']);
    const names = provinces.map(([, name]) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  });

  it('lists the children of a province, a kabupaten/kota and a kecamatan, sorted by name', async () => {
    const regencies = await listChildren('32');
    expect(regencies).toHaveLength(27);
    expect(regencies?.slice(0, 2)).toEqual([
      ['32.04', 'Kabupaten Bandung'],
      ['32.17', 'Kabupaten Bandung Barat'],
    ]);
    expect(await listChildren('32.04')).toContainEqual(['32.04.05', 'Cileunyi']);
    expect((await listChildren('32.04.05'))?.slice(0, 2)).toEqual([
      ['32.04.05.2005', 'Cibiru Hilir'],
      ['32.04.05.2006', 'Cibiru Wetan'],
    ]);
  });

  it.each([['99'], ['32.99'], ['32.04.05.2002'], ['bandung'], ['']])(
    'has no children list for %j',
    async (code) => {
      expect(await listChildren(code)).toBeNull();
    },
  );

  it('reaches every kabupaten/kota, kecamatan and desa/kelurahan from the provinces', async () => {
    const counts: number[] = [];
    let level = (await listProvinces()).map(([code]) => code);
    for (let depth = 0; depth < 3; depth++) {
      const lists = await Promise.all(level.map((code) => listChildren(code)));
      level = lists.flatMap((list) => (list ?? []).map(([code]) => code));
      counts.push(level.length);
    }
    expect(counts).toEqual([514, 7277, 83763]);
  });

  it('describes a village with its kecamatan, kabupaten/kota and province', async () => {
    expect(await describeVillage('32.04.05.2002')).toEqual({
      village: { code: '32.04.05.2002', name: 'Cileunyi Wetan' },
      district: { code: '32.04.05', name: 'Cileunyi' },
      regency: { code: '32.04', name: 'Kabupaten Bandung' },
      province: { code: '32', name: 'Jawa Barat' },
    });
    expect(await describeVillage('32.04.05.9999')).toBeNull();
    expect(await describeVillage('32.04.05')).toBeNull();
  });

  it('knows villages and regions by code', async () => {
    expect(await isKnownVillage('32.04.05.2002')).toBe(true);
    expect(await isKnownVillage('32.04.05')).toBe(false);
    expect(await isKnownVillage('32.04.05.9999')).toBe(false);
    expect(await isKnownRegion('32.04')).toBe(true);
    expect(await isKnownRegion('32.99')).toBe(false);
  });

  it('names the data version after the idn-area-data release', () => {
    expect(regionDataVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
