import 'server-only';
import { db, type Database, type SqlSession } from '@/lib/db';
import type { Prisma } from '@/lib/db/generated/client';
import { genesisHash, rowHash, type JsonValue } from './chain';

export type StaffAction = {
  actorId: number | null;
  // Dotted verbs: login, login.failed, logout, person.view, audit.export, user.create, ticket.move …
  action: string;
  // What the action was about (a user id, a ticket number, a village code); never a NIK or a name.
  subject?: string;
  detail?: { [key: string]: JsonValue };
};

// Either a Prisma interactive transaction or a plain-SQL session (lib/db's sql.transaction).
export type LogTransaction = Prisma.TransactionClient | SqlSession;

type Query = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

function queryOf(client: LogTransaction): Query {
  if ('copyCsv' in client) return (text, params) => client.query(text, params);
  return (text, params) => client.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
}

// Fixed key of the transaction-level advisory lock that serialises appends: two concurrent appends
// would otherwise both read the same last hash and fork the chain.
const appendLockKey = 7_261_001;

async function append(query: Query, entry: StaffAction, now: Date): Promise<void> {
  await query(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${appendLockKey})`, []);
  const [last] = await query('SELECT hash FROM staff_action_log ORDER BY id DESC LIMIT 1', []);
  const [next] = await query(
    `SELECT nextval(pg_get_serial_sequence('staff_action_log', 'id'))::text AS id`,
    [],
  );
  const row = {
    id: String(next?.id),
    createdAt: now.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    subject: entry.subject ?? '',
    detail: entry.detail ?? {},
    prevHash: typeof last?.hash === 'string' ? last.hash : genesisHash,
  };
  await query(
    `INSERT INTO staff_action_log (id, created_at, actor_id, action, subject, detail, prev_hash, hash)
     VALUES ($1::bigint, $2::timestamp(3), $3::int, $4, $5, $6::jsonb, $7, $8)`,
    [
      row.id,
      row.createdAt,
      row.actorId,
      row.action,
      row.subject,
      JSON.stringify(row.detail),
      row.prevHash,
      rowHash(row),
    ],
  );
}

// Appends one action to the hash-chained log. Pass the transaction of the change it records so
// both commit or neither does; without one, the append runs in its own transaction.
export async function recordStaffAction(entry: StaffAction, transaction?: LogTransaction): Promise<void> {
  if (transaction) return append(queryOf(transaction), entry, new Date());
  await recordStaffActionIn(await db(), entry);
}

// The same, on a given database (services built around one, and tests).
export async function recordStaffActionIn(
  database: Pick<Database, 'sql'>,
  entry: StaffAction,
): Promise<void> {
  await database.sql.transaction((session) => append(queryOf(session), entry, new Date()));
}
