import 'server-only';
import type { SqlSession } from '@/lib/db';

// One statement, so two app instances racing with the same payload cannot both win:
// the primary key lets exactly one INSERT through.
export async function claimProof(sql: SqlSession, signature: string, expiresAt: Date): Promise<boolean> {
  const rows = await sql.query<{ signature: string }>(
    'INSERT INTO used_proof (signature, expires_at) VALUES ($1, $2) ON CONFLICT (signature) DO NOTHING RETURNING signature',
    [signature, utc(expiresAt)],
  );
  return rows.length === 1;
}

// An expired challenge is refused before its row is looked at, so its row can go.
export async function forgetExpiredProofs(sql: SqlSession, now: Date): Promise<void> {
  await sql.query('DELETE FROM used_proof WHERE expires_at < $1', [utc(now)]);
}

// expires_at is a timestamp without time zone holding UTC, as Prisma writes it; pg would
// otherwise send a Date in the server's local time.
function utc(moment: Date): string {
  return moment.toISOString();
}
