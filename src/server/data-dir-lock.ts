/**
 * One server process per data folder. The embedded store rewrites its logs (a delete, the
 * hourly retention pass, damaged lines set aside) into a new file renamed over the old one,
 * so a second process appending to the same folder would lose inquiries it had acknowledged
 * at the other's next rewrite. The store therefore holds `server.lock` in its folder while it
 * is open: created exclusively (`wx`), naming its holder (`lock-holder.ts`).
 *
 * A lock left by a process that is gone (killed, crashed, the machine restarted) is taken
 * over, with a warning, when `judge` can tell: only locks of this host are. A lock of another
 * host, or of another container of this one, cannot be checked from here (containers sharing
 * a volume do not see each other's processes) and is refused. Every refusal names the file to
 * delete if it is left over.
 *
 * Two servers starting on one stale lock must not both take it over, so a takeover is
 * conditional: the stale lock is renamed aside under a name of this process's own, and only
 * deleted, and this one's lock created (`wx`), when the renamed file still holds the text
 * judged stale. Having renamed a fresh lock (another server took over first), it is put back.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { judge, readHolder, thisHolder, type Holder, type Verdict } from './lock-holder.js';

export const LOCK_FILE = 'server.lock';

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

/** The refusal, ending with the way out when the lock is left over. */
function refusal(what: string, path: string, wayOut = `If no server uses this folder, delete ${path}.`): DataDirInUseError {
  const advice =
    'One server process per data folder: stop the other one, or give this one its own --data-dir; ' + 'several instances share PostgreSQL (--database-url).';
  return new DataDirInUseError(`${what} ${advice} ${wayOut}`);
}

function inUse(dir: string, path: string, holder: Holder | null, verdict: Verdict | null): DataDirInUseError {
  if (holder === null || verdict === null) return refusal(`data folder ${dir}: the lock file ${path} cannot be read.`, path);
  if (verdict.kind === 'elsewhere') {
    // No way to check from here: say what would make deleting the lock safe.
    const what = `data folder ${dir} is in use by another inquiry server (pid ${holder.pid} ${verdict.where}, which cannot be checked from here), started ${holder.startedAt}.`;
    return refusal(
      what,
      path,
      `If that server is truly gone (its host or container stopped for good, or it no longer serves this folder), delete ${path} and start again.`,
    );
  }
  const who = holder.pid === process.pid ? 'another store of this process' : `another inquiry server (pid ${holder.pid})`;
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
    const content = `${JSON.stringify(thisHolder(now()))}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await create(path, content)) return DataDirLock.hold(path, content);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null) continue;
      const holder = readHolder(text);
      const verdict = holder && judge(holder, held.has(path));
      if (!holder || verdict?.kind !== 'gone') throw inUse(dir, path, holder, verdict);
      const why = verdict.why;
      await options.beforeTakeover?.();
      const outcome = await takeOver(path, text, content);
      if (outcome === 'moved') continue;
      if (outcome === 'taken') {
        warn(`${path}: taking over the lock of pid ${holder.pid} (started ${holder.startedAt}): ${why}`);
        return DataDirLock.hold(path, content);
      }
      // Another server took it over first: its lock, not the stale one, is there now.
      const other = readHolder(outcome === 'lost' ? await readFile(path, 'utf8').catch(() => '') : outcome.text);
      throw inUse(dir, path, other, other && judge(other, held.has(path)));
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
