// tsx scripts/with-postgres.ts <command…>: runs the command with TEST_DATABASE_URL set
// to a throwaway PostgreSQL cluster, and removes the cluster whatever happens.
import { spawn } from 'node:child_process';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: tsx scripts/with-postgres.ts <command> [args…]');
  process.exit(2);
}

const cluster = await startThrowawayPostgres(['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']);
console.log(`Throwaway PostgreSQL at ${cluster.url}`);
const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: cluster.url },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cluster.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
