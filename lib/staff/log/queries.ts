import 'server-only';
import { Prisma } from '@/lib/db';

// Fixed key of the transaction-level advisory lock that serialises appends: two concurrent appends
// would otherwise both read the same last hash and fork the chain.
const appendLockKey = 7_261_001;

// SQL: the Prisma client has no advisory locks.
export async function lockStaffActionLog(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw(Prisma.sql`SELECT 1 AS locked FROM pg_advisory_xact_lock(${appendLockKey}::bigint)`);
}

// SQL: the row's hash covers its id, so the id is drawn from the sequence before the insert.
export async function nextStaffActionLogId(tx: Prisma.TransactionClient): Promise<bigint> {
  const [next] = await tx.$queryRaw<{ id: bigint }[]>(
    Prisma.sql`SELECT nextval(pg_get_serial_sequence('staff_action_log', 'id')) AS id`,
  );
  if (!next) throw new Error('the staff action log sequence returned nothing');
  return next.id;
}
