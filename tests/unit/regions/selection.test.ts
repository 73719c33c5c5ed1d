import { describe, expect, it } from 'vitest';
import { deepestCode, firstMissingRegionLevel, selectionFromCode } from '@/lib/regions/codes';
import { parseRegionSelection, regionFieldNames, regionOptionsFor } from '@/lib/regions/selection';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const full = {
  provinceCode: '32',
  regencyCode: '32.04',
  districtCode: '32.04.05',
  villageCode: '32.04.05.2002',
};

describe('parseRegionSelection', () => {
  it('keeps a consistent chain of known codes', async () => {
    expect(await parseRegionSelection(form(full))).toEqual({
      province: '32',
      regency: '32.04',
      district: '32.04.05',
      village: '32.04.05.2002',
    });
  });

  it.each([
    ['a kabupaten from another province', { ...full, provinceCode: '33' }, { province: '33' }],
    [
      'a kecamatan from another kabupaten',
      { ...full, regencyCode: '32.73' },
      { province: '32', regency: '32.73' },
    ],
    [
      'a village from another kecamatan',
      { ...full, districtCode: '32.04.06' },
      { province: '32', regency: '32.04', district: '32.04.06' },
    ],
    ['an unknown province', { ...full, provinceCode: '99' }, {}],
    [
      'an unknown village',
      { ...full, villageCode: '32.04.05.9999' },
      { province: '32', regency: '32.04', district: '32.04.05' },
    ],
    ['a malformed code', { ...full, regencyCode: '32.4' }, { province: '32' }],
    ['a village code in the province field', { provinceCode: '32.04.05.2002' }, {}],
    ['a child without its parent', { regencyCode: '32.04', villageCode: '32.04.05.2002' }, {}],
  ])('drops %s and everything below it', async (_, fields, expected) => {
    expect(await parseRegionSelection(form(fields))).toEqual(expected);
  });

  it('treats blank fields as not chosen and trims whitespace', async () => {
    expect(await parseRegionSelection(form({ provinceCode: ' 32 ', regencyCode: '' }))).toEqual({
      province: '32',
    });
    expect(await parseRegionSelection(new FormData())).toEqual({});
  });

  it('reads other field names when given', async () => {
    const names = { province: 'p', regency: 'r', district: 'd', village: 'v' };
    expect(await parseRegionSelection(form({ p: '32', r: '32.04' }), names)).toEqual({
      province: '32',
      regency: '32.04',
    });
  });

  it('names the village field as the lookup schema reads it', () => {
    expect(regionFieldNames.village).toBe('villageCode');
  });
});

describe('regionOptionsFor', () => {
  it('gives only the provinces when nothing is chosen', async () => {
    const options = await regionOptionsFor({});
    expect(options.province).toHaveLength(38);
    expect(options).toMatchObject({ regency: [], district: [], village: [] });
  });

  it('gives the children of each chosen level', async () => {
    const options = await regionOptionsFor({ province: '32', regency: '32.04', district: '32.04.05' });
    expect(options.regency).toHaveLength(27);
    expect(options.district).toContainEqual(['32.04.05', 'Cileunyi']);
    expect(options.village).toContainEqual(['32.04.05.2002', 'Cileunyi Wetan']);
  });
});

describe('region codes', () => {
  it('expands the deepest code into a selection and back', () => {
    expect(selectionFromCode('32.04.05')).toEqual({ province: '32', regency: '32.04', district: '32.04.05' });
    expect(selectionFromCode('32.4')).toEqual({});
    expect(deepestCode({ province: '32', regency: '32.04' })).toBe('32.04');
    expect(deepestCode({})).toBeUndefined();
  });

  it('points at the first level still to choose', () => {
    expect(firstMissingRegionLevel({})).toBe('province');
    expect(firstMissingRegionLevel({ province: '32', regency: '32.04' })).toBe('district');
    expect(firstMissingRegionLevel(selectionFromCode('32.04.05.2002'))).toBe('village');
  });
});
