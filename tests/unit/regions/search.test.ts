import { describe, expect, it } from 'vitest';
import type { RegionOption } from '@/lib/regions/codes';
import { filterRegionOptions, foldForSearch } from '@/lib/regions/search';

const regencies: RegionOption[] = [
  ['32.04', 'Kabupaten Bandung'],
  ['32.17', 'Kabupaten Bandung Barat'],
  ['32.16', 'Kabupaten Bekasi'],
  ['32.73', 'Kota Bandung'],
];

describe('region search', () => {
  it('finds a word anywhere in the name, whatever the case', () => {
    expect(filterRegionOptions(regencies, 'bandung').map(([code]) => code)).toEqual([
      '32.04',
      '32.17',
      '32.73',
    ]);
    expect(filterRegionOptions(regencies, 'BARAT').map(([code]) => code)).toEqual(['32.17']);
    expect(filterRegionOptions(regencies, 'kota band').map(([code]) => code)).toEqual(['32.73']);
  });

  it('shows everything for an empty query and nothing for a miss', () => {
    expect(filterRegionOptions(regencies, '  ')).toBe(regencies);
    expect(filterRegionOptions(regencies, 'medan')).toEqual([]);
  });

  it.each([
    ['Bu Nuapu’u', 'bu nuapuu'],
    ['Sémpor', 'sempor'],
    ['Kab.  Bandung-Barat', 'kab bandung barat'],
  ])('folds %j to %j', (raw, folded) => expect(foldForSearch(raw)).toBe(folded));
});
