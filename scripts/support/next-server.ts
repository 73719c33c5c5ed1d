// Builds (when needed) and starts the portal's server (server.ts, as `npm start` runs it) for
// benchmarks, and stops it again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export function buildIfNeeded(): void {
  if (existsSync('.next/BUILD_ID')) return;
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
}

export async function startNext(
  port: number,
  environment: Record<string, string>,
): Promise<{ url: string; pid: number; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...environment },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${url}/cek`);
      if (response.ok && child.pid) return { url, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('the server did not answer within 2 minutes');
}
