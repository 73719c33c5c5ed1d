import type { StaffCaller } from './caller';

const regionCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

// LIKE patterns matching every region code inside the caller's scope: the region itself
// and anything below it. Admins match everything; a caller with no scope matches nothing.
// Codes hold only digits and dots, so no LIKE wildcard can slip in from a scope row.
export function scopePatterns(caller: StaffCaller): string[] {
  if (caller.role === 'ADMIN') return ['%'];
  return caller.regionCodes
    .filter((code) => regionCodePattern.test(code))
    .flatMap((code) => [code, `${code}.%`]);
}

// A WHERE condition restricting `column` to the caller's scope, with the patterns as the
// parameter at `parameterIndex`, so the scope is enforced by the query that reads the data.
export function scopeCondition(column: string, parameterIndex: number): string {
  return `${column} LIKE ANY($${parameterIndex}::text[])`;
}
