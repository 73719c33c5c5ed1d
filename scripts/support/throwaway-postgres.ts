// Starts a private PostgreSQL cluster for tests and benchmarks: initdb into a temporary
// folder (as the `postgres` user when running as root, since PostgreSQL refuses root),
// a free port on 127.0.0.1, stopped and removed by `stop()`.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `socketUrl`: the same database over its Unix socket, what an app on the database's (or its
// pooler's) host uses.
export type ThrowawayPostgres = { url: string; socketUrl: string; dataDir: string; stop(): void };

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)',
    );
  return path.join(root, newest, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function postgresUserIds(): { uid: number; gid: number } {
  const [uid, gid] = execFileSync('sh', ['-c', 'id -u postgres; id -g postgres'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
  if (uid === undefined || gid === undefined) throw new Error('user postgres not found');
  return { uid, gid };
}

export async function startThrowawayPostgres(settings: string[] = []): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const full = path.join(bin, command);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    else execFileSync(full, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    const { uid, gid } = postgresUserIds();
    chownSync(dataDir, uid, gid);
  }
  const clusterDir = path.join(dataDir, 'cluster');
  run('initdb', ['-D', clusterDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = [
    '-p',
    String(port),
    '-k',
    dataDir,
    '-c',
    'listen_addresses=127.0.0.1',
    ...settings.flatMap((s) => ['-c', s]),
  ];
  run('pg_ctl', [
    '-D',
    clusterDir,
    '-l',
    path.join(dataDir, 'server.log'),
    '-o',
    options.join(' '),
    '-w',
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    socketUrl: `postgresql://postgres@/postgres?host=${encodeURIComponent(dataDir)}&port=${port}`,
    dataDir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', clusterDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
