import { describe, expect, it } from 'vitest';
import type { StaffCaller } from '@/lib/staff/caller';
import { regionScope, staffScope } from '@/lib/staff/scope';

const caller = (role: StaffCaller['role'], regionCodes: string[]): StaffCaller => ({
  userId: 1,
  role,
  regionCodes,
});
const operator = caller('OPERATOR_DESA', ['35.78.05.1003']);
const dinsos = caller('DINSOS', ['35.78']);
const admin = caller('ADMIN', []);

describe('staffScope in memory', () => {
  it('lets an operator see only their own villages', () => {
    expect(staffScope(operator).covers('35.78.05.1003')).toBe(true);
    expect(staffScope(operator).covers('35.78.05.1004')).toBe(false);
  });

  it('lets Dinsos see every village of its regency and nothing next door', () => {
    expect(staffScope(dinsos).covers('35.78.05.1003')).toBe(true);
    expect(staffScope(dinsos).covers('35.7')).toBe(false);
    expect(staffScope(dinsos).covers('35.79.01.1001')).toBe(false);
  });

  it('does not confuse a code with a longer one that shares its digits', () => {
    expect(regionScope(['35.78.05']).covers('35.78.050.1003')).toBe(false);
    expect(regionScope(['35.7']).covers('35.78.05.1003')).toBe(false);
  });

  it('lets an admin see everything, even with region codes on the account', () => {
    expect(staffScope(admin).covers('11.01.01.2001')).toBe(true);
    expect(staffScope({ ...admin, regionCodes: ['35.78'] }).codes).toBeNull();
  });

  it('lets a staff member without region codes see nothing', () => {
    expect(staffScope(caller('DINSOS', [])).covers('35.78.05.1003')).toBe(false);
  });
});

describe('regionScope keeps only well-formed region codes', () => {
  it.each([
    [['35.78.05.1003'], ['35.78.05.1003', '35.78.05.1003.%']],
    [['35.78'], ['35.78', '35.78.%']],
    [null, ['%']],
    [[], []],
    [
      ['35.7%', "35'--", '35.78', '35.78'],
      ['35.78', '35.78.%'],
    ],
  ])('%j gives the LIKE patterns %j', (codes, patterns) =>
    expect(regionScope(codes).patterns).toEqual(patterns),
  );

  it('drops a wildcard before it reaches memory, Prisma or SQL', () => {
    const scope = regionScope(['%', '35.78']);
    expect(scope.codes).toEqual(['35.78']);
    expect(scope.covers('11.01.01.2001')).toBe(false);
    expect(scope.where).toEqual(regionScope(['35.78']).where);
    expect(scope.sql('p.village_code').values).toEqual([['35.78', '35.78.%']]);
  });
});

describe('the Prisma and SQL forms', () => {
  it('filters villageCode on the code itself and below it', () => {
    expect(regionScope(['35.78']).where).toEqual({
      OR: [{ villageCode: '35.78' }, { villageCode: { startsWith: '35.78.' } }],
    });
    expect(regionScope(null).where).toEqual({});
    expect(regionScope([]).where).toEqual({ villageCode: { in: [] } });
  });

  it('passes the patterns as one parameter, never in the statement', () => {
    const fragment = regionScope(['35.78']).sql('p.village_code');
    expect(fragment.sql).toBe('p.village_code LIKE ANY(?::text[])');
    expect(regionScope(null).sql('p.village_code').sql).toBe('TRUE');
    expect(regionScope([]).sql('p.village_code').sql).toBe('FALSE');
  });

  it('refuses a column reference that is not a plain name', () => {
    expect(() => regionScope(['35.78']).sql('p.village_code; DROP TABLE person')).toThrow();
    expect(() => regionScope(null).sql('1=1 OR x')).toThrow();
    expect(() => regionScope([]).sql('1=1 OR x')).toThrow();
  });
});
