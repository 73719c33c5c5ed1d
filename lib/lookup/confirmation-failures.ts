import 'server-only';
import { randomInt } from 'node:crypto';
import type { SqlSession } from '@/lib/db';
import { keyedHash } from '@/lib/registry/keyed-hash';
import type { ConfirmationAttempt } from './confirmation-cap';

// The subjects a confirmation counts against, as keyed hashes: each person whose name
// matched, and the village + normalised name, which exists whether or not anyone has
// that name, so a name nobody has locks after as many failures as a real one. Sorted,
// so that concurrent upserts take their row locks in the same order.
export function confirmationSubjects(
  secret: string,
  villageCode: string,
  normalizedName: string,
  personIds: readonly number[],
): string[] {
  return [
    keyedHash(secret, 'confirm-name', `${villageCode} ${normalizedName}`),
    ...personIds.map((id) => keyedHash(secret, 'confirm-person', String(id))),
  ].sort();
}

// The upsert's row lock orders concurrent failures, and RETURNING gives each one its own
// count, so parallel guesses cannot all slip in under the cap.
const countFailureSql = `
INSERT INTO confirmation_failure (day, subject, failures)
SELECT $1::date, subject, 1 FROM unnest($2::text[]) AS subject
ON CONFLICT (day, subject) DO UPDATE SET failures = confirmation_failure.failures + 1
RETURNING failures`;

const readFailuresSql = `
SELECT COALESCE(max(failures), 0)::int AS failures FROM confirmation_failure
WHERE day = $1::date AND subject = ANY($2::text[])`;

// Rows of past days only cost space; about one failure in a hundred clears them
// (the primary key starts with the day, so the delete is an index range).
const purgeOneIn = 100;

// One statement per confirming lookup: counts a failure, or reads the count before a
// confirmation. Returns the most failures any subject had today before this attempt.
export async function failuresBefore(
  sql: SqlSession,
  attempt: Exclude<ConfirmationAttempt, { kind: 'none' }>,
  subjects: readonly string[],
  day: string,
): Promise<number> {
  if (attempt.kind === 'confirmed') {
    const [row] = await sql.query<{ failures: number }>(readFailuresSql, [day, subjects]);
    return row?.failures ?? 0;
  }
  if (randomInt(purgeOneIn) === 0) await forgetPastFailures(sql, day);
  const rows = await sql.query<{ failures: number }>(countFailureSql, [day, subjects]);
  return Math.max(0, ...rows.map((row) => row.failures - 1));
}

export async function forgetPastFailures(sql: SqlSession, today: string): Promise<void> {
  await sql.query('DELETE FROM confirmation_failure WHERE day < $1::date', [today]);
}
