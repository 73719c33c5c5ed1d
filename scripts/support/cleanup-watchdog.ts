// A benchmark's own cleanup does not run when it is killed: tsx answers Ctrl-C with SIGKILL
// when the script's event loop is busy for 60 ms (Lighthouse always is). This detached
// shell outlives it, then stops the process groups it started and removes its folder.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Watchdog = {
  workDir: string;
  // Process groups (detached children: `next start`, Chromium) to stop if this process dies.
  track(group: number): void;
  untrack(group: number): void;
  // Normal end: the caller has stopped everything; the watchdog goes, the folder goes.
  stop(): void;
};

const script = `
while kill -0 "$1" 2>/dev/null; do sleep 1; done
for group in $(cat "$2/process-groups" 2>/dev/null); do kill -TERM "-$group" 2>/dev/null; done
sleep 3
rm -rf "$2"
`;

export function startWatchdog(workDir: string): Watchdog {
  const groups = new Set<number>();
  const groupsFile = path.join(workDir, 'process-groups');
  const save = () => writeFileSync(groupsFile, [...groups].join('\n'));
  save();
  const shell = spawn('sh', ['-c', script, 'bench-watchdog', String(process.pid), workDir], {
    detached: true,
    stdio: 'ignore',
  });
  shell.unref();
  return {
    workDir,
    track(group) {
      groups.add(group);
      save();
    },
    untrack(group) {
      groups.delete(group);
      save();
    },
    stop() {
      if (shell.exitCode === null && shell.signalCode === null) shell.kill('SIGTERM');
      rmSync(workDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

// `startNext` runs the server (server.ts) as a detached child, so its pid is its process group.
export function childProcessGroup(commandPart: string): number | null {
  const listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], {
    encoding: 'utf8',
  });
  for (const line of listing.split('\n')) {
    const [pid, ...args] = line.trim().split(/\s+/);
    if (pid && args.join(' ').includes(commandPart)) return Number(pid);
  }
  return null;
}
