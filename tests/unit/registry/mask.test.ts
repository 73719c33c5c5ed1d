import { describe, expect, it } from 'vitest';
import { maskIdentityNumber, maskName } from '@/lib/registry/mask';

describe('maskName', () => {
  it.each([
    ['Siti Aminah', 'S**I A****H'],
    ['sri wahyuni', 'S*I W*****I'],
    ['H. Moch. Soebagio', 'H. M**H. S******O'],
    ['Ni Made Ayu Lestari', 'N* M**E A*U L*****I'],
    ['Andi', 'A**I'],
    ["Sitti Ma'rifah", "S***I M*'****H"],
    ['  Tan   Siok Lan ', 'T*N S**K L*N'],
  ])('masks %s as %s', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('maskIdentityNumber', () => {
  it.each(['3204054703850001', '3204054703859999', '3204051208580123'])(
    'keeps the region digits of %s only, no birth or serial digit',
    (nik) => expect(maskIdentityNumber(nik)).toBe('320405**********'),
  );

  it('masks anything that is not a 16-digit number entirely', () => {
    expect(maskIdentityNumber('12345')).toBe('****************');
  });
});
