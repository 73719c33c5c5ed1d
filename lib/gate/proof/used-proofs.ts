import 'server-only';
import type { DbClient } from '@/lib/db';

// One statement (INSERT … ON CONFLICT DO NOTHING), so two app instances racing with the same
// payload cannot both win: the primary key lets exactly one insert through.
export async function claimProof(client: DbClient, signature: string, expiresAt: Date): Promise<boolean> {
  const { count } = await client.usedProof.createMany({
    data: [{ signature, expiresAt }],
    skipDuplicates: true,
  });
  return count === 1;
}

// An expired challenge is refused before its row is looked at, so its row can go.
export async function forgetExpiredProofs(client: DbClient, now: Date): Promise<void> {
  await client.usedProof.deleteMany({ where: { expiresAt: { lt: now } } });
}
