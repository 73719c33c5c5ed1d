import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { regionScope } from '@/lib/staff/scope';
import { testEngines } from '../support/databases';

// Village codes of several regions, near misses that share digits, and '' (no village).
const codes = [
  '35.78.05.1003',
  '35.78.05.1004',
  '35.78.01.1001',
  '35.78.050.100',
  '35.79.01.1001',
  '35.7.01.1001',
  '32.04.05.2002',
  '11.01.01.2001',
  '',
];

const scopes: [string, readonly string[] | null][] = [
  ['an operator of one village', ['35.78.05.1003']],
  ['an operator of two villages', ['35.78.05.1003', '32.04.05.2002']],
  ['a kecamatan', ['35.78.05']],
  ['Dinsos of a regency', ['35.78']],
  ['a province', ['35']],
  ['everywhere', null],
  ['nowhere', []],
  ['scope rows with wildcards', ['35.7%', '%', "35'--", '_5.78']],
];

describe.each(testEngines())('one region scope read three ways on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.fresh());
    await applyMigrations(database.adapterFactory);
    await database.prisma.refusalCount.createMany({
      data: codes.map((villageCode) => ({ day: new Date('2026-01-05'), kind: 'RATE_LIMITED', villageCode })),
    });
  });

  afterAll(async () => {
    await database?.close();
  });

  it.each(scopes)('agrees in memory, in Prisma and in SQL for %s', async (_, scopeCodes) => {
    const scope = regionScope(scopeCodes);
    const inMemory = codes.filter((code) => scope.covers(code)).sort();
    const viaPrisma = await database.prisma.refusalCount.findMany({
      where: scope.where,
      select: { villageCode: true },
    });
    const viaQueryRaw = await database.prisma.$queryRaw<{ village_code: string }[]>`
      SELECT r.village_code FROM refusal_count r WHERE ${scope.sql('r.village_code')}`;
    expect(viaPrisma.map((row) => row.villageCode).sort()).toEqual(inMemory);
    expect(viaQueryRaw.map((row) => row.village_code).sort()).toEqual(inMemory);
  });

  it('covers what the region codes say, and nothing that only shares digits', () => {
    expect(codes.filter((code) => regionScope(['35.78']).covers(code))).toEqual([
      '35.78.05.1003',
      '35.78.05.1004',
      '35.78.01.1001',
      '35.78.050.100',
    ]);
    expect(codes.filter((code) => regionScope(['35.78.05']).covers(code))).toEqual([
      '35.78.05.1003',
      '35.78.05.1004',
    ]);
    expect(codes.filter((code) => regionScope(['35.7%', '%']).covers(code))).toEqual([]);
  });
});
