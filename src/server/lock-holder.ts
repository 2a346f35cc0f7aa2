/**
 * Who holds a data folder's lock, and whether that holder can be gone. A pid means something
 * only on the machine and in the pid namespace it was read in: containers sharing a volume
 * each number their processes from 1, so a pid written by another one may be dead here while
 * its server runs, or alive here as an unrelated program. The lock therefore records, beside
 * the pid, the host name, the kernel's boot id (a new one at each start of the machine, the
 * same in every container of it), the pid namespace and the process's start in clock ticks
 * after boot (Linux), and a holder is judged only where all of them match this process's.
 * Locks written before these were recorded (no host, or no boot id) are judged as they were.
 * Where the pid cannot be judged, the lock's lease can (`lock-lease.ts`).
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname, uptime } from 'node:os';

/** The content of a lock file. */
export interface Holder {
  pid: number;
  /** `os.hostname()`; absent from the first locks, read as this host's. */
  host?: string;
  /** `/proc/sys/kernel/random/boot_id` (Linux). */
  boot?: string;
  /** `/proc/self/ns/pid` (Linux): another one in each container. */
  pidNamespace?: string;
  /** Field 22 of `/proc/<pid>/stat` (Linux): tells a reused pid from the holder. */
  processStart?: number;
  startedAt: string;
  /**
   * How often its holder rewrites it (`lock-lease.ts`); absent from locks of earlier versions,
   * which are never refreshed and so never expire.
   */
  refreshMs?: number;
}

/** What can be told of a holder from here. */
export type Verdict =
  | { kind: 'gone'; why: string }
  | { kind: 'running' }
  /** Its pid cannot be checked from here: `where` names the host, and the container if that is what differs. */
  | { kind: 'elsewhere'; where: string };

/**
 * How far before the computed boot time a lock must have been taken to be judged from before
 * it, for locks without a boot id: the boot time comes from the wall clock and the uptime,
 * which drift apart a little.
 */
const BOOT_SLACK_MS = 60_000;

function linux<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Start of `pid` in clock ticks after boot, when readable. */
function processStart(pid: number): number | undefined {
  return linux(() => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after the last one.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isSafeInteger(ticks) ? ticks : undefined;
  });
}

const here = {
  boot: linux(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()) || undefined,
  pidNamespace: linux(() => readlinkSync('/proc/self/ns/pid')),
  processStart: processStart(process.pid),
};

/** This process as a lock's holder, started at `now`. */
export function thisHolder(now: number): Holder {
  return { pid: process.pid, host: hostname(), ...here, startedAt: new Date(now).toISOString() };
}

const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

/** The holder a lock file names, or null when it names none. */
export function readHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Record<keyof Holder, unknown>;
    const fields = optional(value.host, 'string') && optional(value.boot, 'string') && optional(value.pidNamespace, 'string');
    const refresh = value.refreshMs === undefined || (Number.isSafeInteger(value.refreshMs) && (value.refreshMs as number) > 0);
    if (Number.isInteger(value.pid) && typeof value.startedAt === 'string' && fields && optional(value.processStart, 'number') && refresh)
      return value as Holder;
  } catch {
    // answered below
  }
  return null;
}

/** True while `pid` runs (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether `holder` is gone. `ownLock`: this process holds the folder's lock already. Only a
 * holder of this host, this boot and this pid namespace is checked by its pid; a lock of an
 * earlier boot of this host is gone whatever its pid.
 */
export function judge(holder: Holder, ownLock: boolean): Verdict {
  const host = holder.host ?? hostname();
  if (host !== hostname()) return { kind: 'elsewhere', where: `on host ${host}` };
  if (holder.boot !== undefined && here.boot !== undefined && holder.boot !== here.boot) {
    return { kind: 'gone', why: 'it was taken before this machine last started' };
  }
  if (holder.pidNamespace !== undefined && holder.pidNamespace !== here.pidNamespace) {
    return { kind: 'elsewhere', where: `in another container (pid namespace) on host ${host}` };
  }
  if (holder.pid === process.pid) {
    // Written by this very process (its start tells), or by an earlier one that had its pid;
    // without a start (older locks), by this one only if it holds the lock (a container
    // restarted as pid 1 finds its own pid in the lock it left).
    const mine = holder.processStart === undefined ? ownLock : holder.processStart === here.processStart;
    return mine ? { kind: 'running' } : { kind: 'gone', why: 'its pid is this process, which did not take it' };
  }
  if (!running(holder.pid)) return { kind: 'gone', why: 'that process is no longer running' };
  const start = holder.processStart === undefined ? undefined : processStart(holder.pid);
  if (start !== undefined && start !== holder.processStart) return { kind: 'gone', why: 'its pid now belongs to another program, started since' };
  if (holder.boot === undefined || here.boot === undefined) {
    // After a reboot the pid is often another program's; the lock's own server cannot run still.
    const boot = Date.now() - uptime() * 1000;
    if (Date.parse(holder.startedAt) < boot - BOOT_SLACK_MS)
      return { kind: 'gone', why: `it was taken before this machine started (${new Date(boot).toISOString()})` };
  }
  return { kind: 'running' };
}
