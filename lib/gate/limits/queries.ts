import 'server-only';
import { Prisma, type DbClient } from '@/lib/db';

// The two tables of counting windows: the public gate's (UNLOGGED: losing counts in a crash
// costs nothing) and sign-in's (kept through a crash, so a restart hands nobody fresh guesses).
export type WindowTable = 'rate_limit' | 'login_rate_limit';

// One count in a window of `seconds`. `gated`: counted only while every earlier gated hit of the
// same statement is within its limit (a client over its own limit spends nobody else's), and
// only when the statement's claim, if it has one, was fresh.
export type WindowHit = { key: string; seconds: number; limit: number; gated: boolean };
export type WindowState = { points: number; expiresAt: number };
export type Claim = { signature: string; expiresAt: Date };

const tableOf = (table: WindowTable) => Prisma.raw(table);

function hitStatement(table: WindowTable, hit: WindowHit, now: number, conditions: Prisma.Sql[]) {
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  return Prisma.sql`INSERT INTO ${tableOf(table)} AS w (key, points, expire)
    SELECT ${hit.key}, 1, ${now + hit.seconds * 1000}::bigint ${where}
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN w.expire <= ${now}::bigint THEN 1 ELSE w.points + 1 END,
      expire = CASE WHEN w.expire <= ${now}::bigint THEN EXCLUDED.expire ELSE w.expire END
    RETURNING points, expire`;
}

// SQL, because the whole admission is one round trip: a used-proof claim and every window
// count in one statement, each hit conditional on the ones before it (writable CTEs pass their
// RETURNING rows on). A hit that did not count comes back null.
export async function claimAndCount(
  client: DbClient,
  table: WindowTable,
  hits: readonly WindowHit[],
  claim: Claim | null,
  now: number,
): Promise<{ claimed: boolean; states: (WindowState | null)[] }> {
  const parts: Prisma.Sql[] = [];
  const guards: Prisma.Sql[] = [];
  if (claim) {
    parts.push(Prisma.sql`claim AS (INSERT INTO used_proof (signature, expires_at)
      VALUES (${claim.signature}, ${claim.expiresAt}) ON CONFLICT DO NOTHING RETURNING 1 AS fresh)`);
    guards.push(Prisma.sql`EXISTS (SELECT 1 FROM claim)`);
  }
  hits.forEach((hit, index) => {
    const name = Prisma.raw(`hit${index}`);
    parts.push(Prisma.sql`${name} AS (${hitStatement(table, hit, now, hit.gated ? [...guards] : [])})`);
    if (hit.gated) guards.push(Prisma.sql`COALESCE((SELECT points FROM ${name}), 0) <= ${hit.limit}`);
  });
  const columns = hits.flatMap((_hit, index) => [
    Prisma.raw(`(SELECT points FROM hit${index}) AS points${index}`),
    Prisma.raw(`(SELECT expire FROM hit${index}) AS expire${index}`),
  ]);
  const claimed = claim ? Prisma.sql`EXISTS (SELECT 1 FROM claim)` : Prisma.sql`false`;
  const [row] = await client.$queryRaw<Record<string, unknown>[]>(
    Prisma.sql`WITH ${Prisma.join(parts, ', ')} SELECT ${claimed} AS claimed, ${Prisma.join(columns, ', ')}`,
  );
  return {
    claimed: row?.claimed === true,
    states: hits.map((_hit, index) => {
      const points = row?.[`points${index}`];
      const expire = row?.[`expire${index}`];
      return points === null || points === undefined
        ? null
        : { points: Number(points), expiresAt: Number(expire) };
    }),
  };
}

// SQL: the window tables are keyed counters outside the Prisma models' shape (one per table name).
export async function readWindow(
  client: DbClient,
  table: WindowTable,
  key: string,
  now: number,
): Promise<WindowState | null> {
  const [row] = await client.$queryRaw<{ points: number; expire: bigint }[]>(Prisma.sql`
    SELECT points, expire FROM ${tableOf(table)} WHERE key = ${key} AND expire > ${now}::bigint`);
  return row ? { points: row.points, expiresAt: Number(row.expire) } : null;
}

export async function setWindow(
  client: DbClient,
  table: WindowTable,
  key: string,
  state: WindowState,
): Promise<void> {
  await client.$executeRaw(Prisma.sql`
    INSERT INTO ${tableOf(table)} (key, points, expire) VALUES (${key}, ${state.points}, ${state.expiresAt}::bigint)
    ON CONFLICT (key) DO UPDATE SET points = EXCLUDED.points, expire = EXCLUDED.expire`);
}

export async function deleteWindow(client: DbClient, table: WindowTable, key: string): Promise<void> {
  await client.$executeRaw(Prisma.sql`DELETE FROM ${tableOf(table)} WHERE key = ${key}`);
}

export async function deleteExpiredWindows(client: DbClient, table: WindowTable, now: number): Promise<void> {
  await client.$executeRaw(Prisma.sql`DELETE FROM ${tableOf(table)} WHERE expire <= ${now}::bigint`);
}
