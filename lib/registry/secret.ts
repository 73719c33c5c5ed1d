import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '@/lib/config';

let cached: string | undefined;

// On PostgreSQL the secret must come from the environment (config enforces it). The
// embedded demo keeps a random one beside its data, so hashes stay valid across restarts.
export function portalSecret(): string {
  if (cached) return cached;
  const { secret, database } = config();
  if (secret) return (cached = secret);
  if (database.mode !== 'embedded') throw new Error('PORTAL_SECRET is required on PostgreSQL');
  const dir = path.resolve(database.dataDir);
  const file = path.join(dir, 'secret.key');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dir, { recursive: true });
    cached = randomBytes(32).toString('hex');
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}
