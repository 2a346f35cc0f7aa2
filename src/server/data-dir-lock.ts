/**
 * One server process per data folder. The embedded store rewrites its logs (a delete, the
 * hourly retention pass, damaged lines set aside) into a new file renamed over the old one,
 * so a second process appending to the same folder would lose inquiries it had acknowledged
 * at the other's next rewrite. The store therefore holds `server.lock` in its folder while it
 * is open: created exclusively (`wx`), holding the pid, the host and the start time.
 *
 * A lock left by a process that is gone (killed, crashed, the machine restarted) is taken
 * over, with a warning: one of this host whose pid is not running, whose pid is this
 * process's own while this process holds no lock there (a container restarted as pid 1), or
 * that was taken before this machine last started (its pid is now another program's). A lock
 * of another host cannot be checked from here (containers sharing a volume do not see each
 * other's processes) and is refused. Every refusal names the file to delete if it is left over.
 *
 * Two servers starting on one stale lock must not both take it over, so a takeover is
 * conditional: the stale lock is renamed aside under a name of this process's own, and only
 * deleted, and this one's lock created (`wx`), when the renamed file still holds the text
 * judged stale. Having renamed a fresh lock (another server took over first), it is put back.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { resolve } from 'node:path';

export const LOCK_FILE = 'server.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * How far before the computed boot time a lock must have been taken to be judged from before
 * it: the boot time comes from the wall clock and the uptime, which drift apart a little.
 */
const BOOT_SLACK_MS = 60_000;

/** Lock path -> its content, for every lock this process holds (released at exit). */
const held = new Map<string, string>();
let exitHook = false;

/** Another process (or another store in this one) uses the folder. */
export class DataDirInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirInUseError';
  }
}

function readHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (Number.isInteger(value.pid) && typeof value.host === 'string' && typeof value.startedAt === 'string') return value as Holder;
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

/** Why a holder is gone, or null when it may still be running. */
function gone(holder: Holder, path: string): string | null {
  if (holder.host !== hostname()) return null;
  if (holder.pid === process.pid) return held.has(path) ? null : 'its pid is this process, which did not take it';
  if (!running(holder.pid)) return 'that process is no longer running';
  // After a reboot the pid is often another program's; the lock's own server cannot run still.
  const boot = Date.now() - uptime() * 1000;
  if (Date.parse(holder.startedAt) < boot - BOOT_SLACK_MS) return `it was taken before this machine started (${new Date(boot).toISOString()})`;
  return null;
}

/** The refusal, ending with the way out when the lock is left over. */
function refusal(what: string, path: string): DataDirInUseError {
  const advice =
    'One server process per data folder: stop the other one, or give this one its own --data-dir; ' + 'several instances share PostgreSQL (--database-url).';
  return new DataDirInUseError(`${what} ${advice} If no server uses this folder, delete ${path}.`);
}

function inUse(dir: string, path: string, holder: Holder | null): DataDirInUseError {
  if (holder === null) return refusal(`data folder ${dir}: the lock file ${path} cannot be read.`, path);
  const here = holder.host === hostname();
  const who =
    here && holder.pid === process.pid
      ? 'another store of this process'
      : `another inquiry server (pid ${holder.pid}${here ? '' : ` on host ${holder.host}, which cannot be checked from here`})`;
  return refusal(`data folder ${dir} is in use by ${who}, started ${holder.startedAt}.`, path);
}

function releaseAll(): void {
  for (const [path, content] of held) {
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  }
  held.clear();
}

/** Options of `DataDirLock.acquire`. */
export interface AcquireOptions {
  /** For tests: awaited once a lock was judged stale, just before taking it over (to widen the race). */
  beforeTakeover?: () => Promise<void>;
}

/** The lock of one data folder, held until `release`, or until the process exits. */
export class DataDirLock {
  private constructor(
    readonly path: string,
    private readonly content: string,
  ) {}

  /**
   * Take the folder's lock (creating the folder when missing), taking over one left by a
   * process that is gone, with a warning.
   * @throws DataDirInUseError naming the folder and the other process's pid.
   */
  static async acquire(dir: string, warn: (message: string) => void, now: () => number = Date.now, options: AcquireOptions = {}): Promise<DataDirLock> {
    await mkdir(dir, { recursive: true });
    const path = resolve(dir, LOCK_FILE);
    const content = `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString() })}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await create(path, content)) return DataDirLock.hold(path, content);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null) continue;
      const holder = readHolder(text);
      const why = holder && gone(holder, path);
      if (!holder || !why) throw inUse(dir, path, holder);
      await options.beforeTakeover?.();
      const outcome = await takeOver(path, text, content);
      if (outcome === 'moved') continue;
      if (outcome === 'taken') {
        warn(`${path}: taking over the lock of pid ${holder.pid} (started ${holder.startedAt}): ${why}`);
        return DataDirLock.hold(path, content);
      }
      // Another server took it over first: its lock, not the stale one, is there now.
      const other = outcome === 'lost' ? await readFile(path, 'utf8').catch(() => '') : outcome.text;
      throw inUse(dir, path, readHolder(other));
    }
    throw refusal(`data folder ${dir}: the lock ${path} changed hands while this server started; another one is starting on it.`, path);
  }

  private static hold(path: string, content: string): DataDirLock {
    held.set(path, content);
    if (!exitHook) process.on('exit', releaseAll);
    exitHook = true;
    return new DataDirLock(path, content);
  }

  /** Delete the lock file, if it is still this one's. */
  async release(): Promise<void> {
    if (held.get(this.path) !== this.content) return;
    held.delete(this.path);
    if ((await readFile(this.path, 'utf8').catch(() => null)) === this.content) await unlink(this.path).catch(() => undefined);
  }
}

/**
 * Replace the lock at `path`, judged stale while it held `stale`, by `content`: 'taken'; 'moved'
 * when no lock was there to rename (look again); 'lost' when another server created its lock
 * first; or the text of the fresh lock that was renamed by mistake, once put back.
 */
async function takeOver(path: string, stale: string, content: string): Promise<'taken' | 'moved' | 'lost' | { text: string }> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'moved';
    throw error;
  }
  const text = await readFile(aside, 'utf8').catch(() => null);
  if (text === stale) {
    await unlink(aside);
    return (await create(path, content)) ? 'taken' : 'lost';
  }
  // Another server's fresh lock: put it back (`link` fails if a third one created it meanwhile).
  await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return { text: text ?? '' };
}

/** Create `path` holding `content`; false when it exists. */
async function create(path: string, content: string): Promise<boolean> {
  let file;
  try {
    file = await open(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await file.writeFile(content);
    await file.sync();
    await file.close();
  } catch (error) {
    // An empty lock (a full disk) would refuse every later start.
    await file.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  return true;
}
