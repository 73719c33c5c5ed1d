// CPU time spent by processes (Linux /proc), to tell what one request costs each side of a
// benchmark: the portal's server and the database's backends.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100;

// Fields after the command name (which may hold spaces) of /proc/<pid>/stat.
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

// utime + stime of the process itself (fields 14 and 15 of stat, 12 and 13 after the name).
function cpuMilliseconds(pid: number): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => Number(statFields(pid)?.[1]) === parent);
}

// The postmaster of a cluster data folder and its backends, as they are now.
export function postgresProcesses(clusterDir: string): number[] {
  const pidFile = `${clusterDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return [];
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return [postmaster, ...childrenOf(postmaster)];
}

// CPU used by the processes `pids()` returns, between start() and the returned stop().
// Backends that exit in between are missed; the pools keep theirs open for the whole run.
export function cpuMeter(pids: () => number[]): () => number {
  const before = new Map(pids().map((pid) => [pid, cpuMilliseconds(pid)]));
  return () => pids().reduce((total, pid) => total + cpuMilliseconds(pid) - (before.get(pid) ?? 0), 0);
}
