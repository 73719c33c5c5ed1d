import { Prisma } from '@/lib/db';
import type { StaffCaller } from './caller';
import { mayDo } from './tasks';

// Dotted Kemendagri codes of any level: "35", "35.78", "35.78.05", "35.78.05.1003".
const regionCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
// A column reference written in our own code ("p.village_code"), never from a request.
const columnPattern = /^([a-z_]+\.)?[a-z_]+$/;

// A filter on a `villageCode` field, shaped to fit the where input of every model that has one.
export type VillageCodeWhere = {
  villageCode?: { in: string[] };
  OR?: ({ villageCode: string } | { villageCode: { startsWith: string } })[];
};

// The villages a staff member covers, read three ways from one representation so they cannot
// drift: in memory (`covers`), as a Prisma filter (`where`) and as SQL (`sql` for $queryRaw,
// `patterns` for a query file that binds them itself). A region code
// covers itself and every code below it, never a code that merely starts with the same digits.
export type RegionScope = {
  // Well-formed region codes only, so no LIKE wildcard or quote from a scope row reaches a
  // query; null means everywhere.
  readonly codes: readonly string[] | null;
  covers(code: string): boolean;
  readonly where: VillageCodeWhere;
  sql(column: string): Prisma.Sql;
  // LIKE patterns matching every code in scope; empty matches nothing.
  readonly patterns: string[];
};

function trustedColumn(column: string): string {
  if (!columnPattern.test(column)) throw new Error(`Not a column reference: ${column}`);
  return column;
}

// TRUE and FALSE rather than patterns for everywhere and nowhere: the planner drops the filter.
function scopeSql(column: string, patterns: string[] | null): Prisma.Sql {
  const reference = Prisma.raw(trustedColumn(column));
  if (patterns === null) return Prisma.sql`TRUE`;
  if (patterns.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${reference} LIKE ANY(${patterns}::text[])`;
}

const everywhere: RegionScope = {
  codes: null,
  covers: () => true,
  where: {},
  sql: (column) => scopeSql(column, null),
  patterns: ['%'],
};

// The villages inside these region codes (null: everywhere).
export function regionScope(codes: readonly string[] | null): RegionScope {
  if (codes === null) return everywhere;
  const valid = [...new Set(codes.filter((code) => regionCodePattern.test(code)))];
  const patterns = valid.flatMap((code) => [code, `${code}.%`]);
  return {
    codes: valid,
    covers: (code) => valid.some((region) => code === region || code.startsWith(`${region}.`)),
    where:
      valid.length === 0
        ? { villageCode: { in: [] } }
        : {
            OR: valid.flatMap((code) => [{ villageCode: code }, { villageCode: { startsWith: `${code}.` } }]),
          },
    sql: (column) => scopeSql(column, patterns),
    patterns,
  };
}

// The caller's scope: every region for the roles that see all (admins), else the region codes
// of their account.
export function staffScope(caller: StaffCaller): RegionScope {
  return regionScope(mayDo(caller.role, 'everyRegion') ? null : caller.regionCodes);
}
