import 'server-only';
import { db, type Database, type DbClient, type Prisma } from '@/lib/db';
import { genesisHash, rowHash, type JsonValue } from './chain';
import { lockStaffActionLog, nextStaffActionLogId } from './queries';

export type StaffAction = {
  actorId: number | null;
  // Dotted verbs: login, login.failed, logout, person.view, audit.export, user.create, ticket.move …
  action: string;
  // What the action was about (a user id, a ticket number, a village code); never a NIK or a name.
  subject?: string;
  detail?: { [key: string]: JsonValue };
};

async function append(tx: Prisma.TransactionClient, entry: StaffAction, now: Date): Promise<void> {
  await lockStaffActionLog(tx);
  const last = await tx.staffActionLog.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const id = await nextStaffActionLogId(tx);
  const row = {
    id: id.toString(),
    createdAt: now.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    subject: entry.subject ?? '',
    detail: entry.detail ?? {},
    prevHash: last?.hash ?? genesisHash,
  };
  await tx.staffActionLog.create({
    data: {
      id,
      createdAt: now,
      actorId: row.actorId,
      action: row.action,
      subject: row.subject,
      detail: row.detail,
      prevHash: row.prevHash,
      hash: rowHash(row),
    },
  });
}

// Appends one action to the hash-chained log. Pass the transaction of the change it records so
// both commit or neither does; given the client (or nothing), the append commits on its own.
export async function recordStaffAction(entry: StaffAction, client?: DbClient): Promise<void> {
  const on = client ?? (await db()).prisma;
  const now = new Date();
  // A transaction client lacks $connect (it does have $transaction: Prisma nests with savepoints,
  // which the embedded database's adapter does not offer).
  if ('$connect' in on) await on.$transaction((tx) => append(tx, entry, now));
  else await append(on, entry, now);
}

// The same, on a given database (services built around one, and tests).
export function recordStaffActionIn(database: Pick<Database, 'prisma'>, entry: StaffAction): Promise<void> {
  return recordStaffAction(entry, database.prisma);
}
