import 'server-only';
import type { SqlSession } from '@/lib/db';
import { findChainBreak, genesisHash, type ChainBreak, type ChainedRow } from './chain';

export type ChainReport =
  { kind: 'intact'; rows: number; headHash: string } | ({ kind: 'broken'; rows: number } & ChainBreak);

const batchSize = 5_000;

type LogRow = {
  id: string;
  created_at: string;
  actor_id: number | null;
  action: string;
  subject: string;
  detail: string;
  prev_hash: string;
  hash: string;
};

// Walks the whole log in id order. The head hash it reports can be written down elsewhere: a
// chain alone cannot show that its newest rows were cut off.
export async function verifyStaffActionLog(sql: SqlSession): Promise<ChainReport> {
  let previousHash = genesisHash;
  let afterId = '0';
  let rows = 0;
  for (;;) {
    const batch = await sql.query<LogRow>(
      `SELECT l.id::text AS id, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, actor_id,
              action, subject, detail::text AS detail, prev_hash, hash
       FROM staff_action_log l WHERE l.id > $1::bigint ORDER BY l.id LIMIT ${batchSize}`,
      [afterId],
    );
    if (batch.length === 0) return { kind: 'intact', rows, headHash: previousHash };
    const chained: ChainedRow[] = batch.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      actorId: row.actor_id,
      action: row.action,
      subject: row.subject,
      detail: JSON.parse(row.detail) as ChainedRow['detail'],
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    const result = findChainBreak(chained, previousHash);
    if ('break' in result) {
      const position = chained.findIndex((row) => row.id === result.break.id);
      return { kind: 'broken', rows: rows + position, ...result.break };
    }
    previousHash = result.lastHash;
    rows += batch.length;
    afterId = chained.at(-1)?.id ?? afterId;
  }
}
