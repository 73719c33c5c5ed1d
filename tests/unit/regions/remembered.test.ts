import { describe, expect, it } from 'vitest';
import { rememberedSelection, rememberRegionCookie } from '@/lib/regions/remembered';
import { rememberedRegionCookieString } from '@/lib/regions/remembered-cookie';

describe('the remembered region cookie', () => {
  it('restores the whole chain from the deepest code', async () => {
    expect(await rememberedSelection('32.04.05')).toEqual({
      province: '32',
      regency: '32.04',
      district: '32.04.05',
    });
    expect(await rememberedSelection('32.04.05.2002')).toMatchObject({ village: '32.04.05.2002' });
  });

  it.each([[undefined], [''], ['99.01'], ['<script>']])(
    'ignores a missing or forged value %j',
    async (value) => {
      expect(await rememberedSelection(value)).toEqual({});
    },
  );

  it('keeps what is still valid of a stale value (a village removed from the list)', async () => {
    expect(await rememberedSelection('32.04.05.9999')).toEqual({
      province: '32',
      regency: '32.04',
      district: '32.04.05',
    });
  });

  it('stores only the deepest code, for a year, readable by the picker', () => {
    expect(rememberRegionCookie({ province: '32', regency: '32.04' }, { secure: true })).toEqual({
      name: 'wilayah',
      value: '32.04',
      maxAge: 31536000,
      path: '/',
      sameSite: 'lax',
      httpOnly: false,
      secure: true,
    });
    expect(rememberRegionCookie({}, { secure: true })).toBeNull();
  });

  it('writes the same cookie from the browser', () => {
    expect(rememberedRegionCookieString('32.04', false)).toBe(
      'wilayah=32.04; Max-Age=31536000; Path=/; SameSite=Lax',
    );
    expect(rememberedRegionCookieString('32.04', true)).toMatch(/; Secure$/);
  });
});
