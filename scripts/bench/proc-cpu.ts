/**
 * CPU time used by processes (Linux /proc), so that a scenario can report the server's CPU per request
 * next to its latency: on a shared machine the latency includes waiting for a core, the CPU time does not.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_MS = 100 / 1000;

function stat(pid: number): { cpuTicks: number; reapedTicks: number; ppid: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields after it start past the last ')'.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpuTicks: Number(f[11]) + Number(f[12]), reapedTicks: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

/**
 * Milliseconds of CPU used so far by `pid` and, with `withChildren`, by its direct children, running or
 * exited (a PostgreSQL postmaster and its backends).
 */
export function cpuMs(pid: number, withChildren = false): number {
  const own = stat(pid);
  let ticks = own ? own.cpuTicks + (withChildren ? own.reapedTicks : 0) : 0;
  if (withChildren) for (const child of childPids(pid)) ticks += stat(child)?.cpuTicks ?? 0;
  return ticks / TICKS_PER_MS;
}

/** Pids whose parent is `pid`. */
export function childPids(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e) && stat(Number(e))?.ppid === pid)
    .map(Number);
}

/** The postmaster's pid of a cluster directory (first line of postmaster.pid), if it runs. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}
