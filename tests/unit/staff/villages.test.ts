import { describe, expect, it } from 'vitest';
import type { StaffCaller } from '@/lib/staff/caller';
import { staffVillages } from '@/lib/staff/villages';

const caller = (role: StaffCaller['role'], regionCodes: string[]): StaffCaller => ({
  userId: 1,
  role,
  regionCodes,
});

describe('staffVillages', () => {
  it('lists an operator’s villages under their kecamatan', async () => {
    const choices = await staffVillages(caller('OPERATOR_DESA', ['35.78.05.1003', '32.04.05.2002']));
    expect(choices?.map((group) => group.villages.map((village) => village.code))).toEqual([
      ['35.78.05.1003'],
      ['32.04.05.2002'],
    ]);
    expect(choices?.[0]?.villages[0]?.name).toMatch(/Kedungdoro/i);
  });

  it('lists every village of a Dinsos regency, each once, grouped by kecamatan', async () => {
    const choices = (await staffVillages(caller('DINSOS', ['35.78', '35.78']))) ?? [];
    const codes = choices.flatMap((group) => group.villages.map((village) => village.code));
    expect(codes.length).toBeGreaterThan(100);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => code.startsWith('35.78.'))).toBe(true);
    for (const group of choices)
      expect(group.villages.every((village) => village.code.startsWith(`${group.district.code}.`))).toBe(
        true,
      );
  });

  it('gives no list where a code box fits better: admins and scopes too wide to list', async () => {
    expect(await staffVillages(caller('ADMIN', []))).toBeNull();
    expect(await staffVillages(caller('DINSOS', ['35']))).toBeNull();
  });

  it('lists nothing for region codes that are not well formed', async () => {
    expect(await staffVillages(caller('OPERATOR_DESA', ['35.78.05.1003%']))).toEqual([]);
  });
});
