import 'server-only';
import { randomInt } from 'node:crypto';
import type { DbClient } from '@/lib/db';
import { keyedHash } from '@/lib/registry';
import type { ConfirmationAttempt } from './confirmation-cap';
import { countConfirmationFailure } from './queries';

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

// Rows of past days only cost space; about one failure in a hundred clears them
// (the primary key starts with the day, so the delete is an index range).
const purgeOneIn = 100;

// confirmation_failure.day is a DATE: a WIB day (YYYY-MM-DD) as midnight UTC.
function dayOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

// One statement per confirming lookup: counts a failure, or reads the count before a
// confirmation. Returns the most failures any subject had today before this attempt.
export async function failuresBefore(
  client: DbClient,
  attempt: Exclude<ConfirmationAttempt, { kind: 'none' }>,
  subjects: readonly string[],
  day: string,
): Promise<number> {
  if (attempt.kind === 'confirmed') {
    const counted = await client.confirmationFailure.aggregate({
      _max: { failures: true },
      where: { day: dayOf(day), subject: { in: [...subjects] } },
    });
    return counted._max.failures ?? 0;
  }
  if (randomInt(purgeOneIn) === 0) await forgetPastFailures(client, day);
  const counts = await countConfirmationFailure(client, day, subjects);
  return Math.max(0, ...counts.map((failures) => failures - 1));
}

export async function forgetPastFailures(client: DbClient, today: string): Promise<void> {
  await client.confirmationFailure.deleteMany({ where: { day: { lt: dayOf(today) } } });
}
