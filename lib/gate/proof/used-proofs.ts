import 'server-only';
import type { DbClient } from '@/lib/db';

// An expired challenge is refused before its row is looked at, so its row can go. (A proof is
// claimed by the gate's limits statement, lib/gate/limits/queries.ts.)
export async function forgetExpiredProofs(client: DbClient, now: Date): Promise<void> {
  await client.usedProof.deleteMany({ where: { expiresAt: { lt: now } } });
}
