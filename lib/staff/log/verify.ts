import 'server-only';
import type { DbClient } from '@/lib/db';
import { findChainBreak, genesisHash, type ChainBreak, type ChainedRow } from './chain';

export type ChainReport =
  { kind: 'intact'; rows: number; headHash: string } | ({ kind: 'broken'; rows: number } & ChainBreak);

const batchSize = 5_000;

// Walks the whole log in id order. The head hash it reports can be written down elsewhere: a
// chain alone cannot show that its newest rows were cut off.
export async function verifyStaffActionLog(client: DbClient): Promise<ChainReport> {
  let previousHash = genesisHash;
  let afterId = 0n;
  let rows = 0;
  for (;;) {
    const batch = await client.staffActionLog.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (batch.length === 0) return { kind: 'intact', rows, headHash: previousHash };
    const chained: ChainedRow[] = batch.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt.toISOString(),
      actorId: row.actorId,
      action: row.action,
      subject: row.subject,
      detail: row.detail,
      prevHash: row.prevHash,
      hash: row.hash,
    }));
    const result = findChainBreak(chained, previousHash);
    if ('break' in result) {
      const position = chained.findIndex((row) => row.id === result.break.id);
      return { kind: 'broken', rows: rows + position, ...result.break };
    }
    previousHash = result.lastHash;
    rows += batch.length;
    afterId = batch.at(-1)?.id ?? afterId;
  }
}
