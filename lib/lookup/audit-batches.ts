import 'server-only';
import type { DbClient } from '@/lib/db';
import { auditRow, type LookupAuditEntry } from './record-lookup';

type Waiting = { entry: LookupAuditEntry; written: () => void; failed: (error: unknown) => void };

// The most rows one INSERT carries; a larger backlog takes several.
const rowsPerInsert = 500;

// Audit rows of lookups that finish while an earlier write is still under way go to the database
// together, in one INSERT: one round trip for many lookups when many arrive at once, and no wait
// at all when they come one by one (nothing is held back for a batch to fill). Each lookup still
// waits for its own row to be committed before it answers.
export function auditBatches(client: DbClient): (entry: LookupAuditEntry) => Promise<void> {
  const queue: Waiting[] = [];
  let writing = false;

  async function writeQueued(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, rowsPerInsert);
      try {
        await client.lookupAudit.createMany({ data: batch.map(({ entry }) => auditRow(entry)) });
        for (const waiting of batch) waiting.written();
      } catch (error) {
        for (const waiting of batch) waiting.failed(error);
      }
    }
    writing = false;
  }

  return (entry) =>
    new Promise<void>((written, failed) => {
      queue.push({ entry, written, failed });
      if (!writing) void writeQueued();
    });
}
