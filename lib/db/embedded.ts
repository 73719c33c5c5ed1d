import 'server-only';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { ConfigurationError } from '@/lib/config';

const lockFileName = 'portal.lock';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// PGlite is a single-process database: two processes writing one data folder corrupt
// it. A pid lock turns that mistake into a clear message.
function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, lockFileName);
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(lockPath, 'utf8'));
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && processIsAlive(holder)) {
    throw new ConfigurationError(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first (only one process may open it).`,
    );
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

export async function openEmbeddedDatabase(
  dataDir: string,
): Promise<{ client: PGlite; release: () => void }> {
  const isMemory = dataDir.startsWith('memory://');
  const release = isMemory ? () => undefined : claimDataDir(path.resolve(dataDir));
  const client = await PGlite.create({
    dataDir: isMemory ? dataDir : path.resolve(dataDir, 'pgdata'),
    extensions: { pg_trgm },
  });
  return { client, release };
}
