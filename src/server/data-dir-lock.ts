/**
 * One server process per data folder. The embedded store rewrites its logs (a delete, the
 * hourly retention pass, damaged lines set aside) into a new file renamed over the old one,
 * so a second process appending to the same folder would lose inquiries it had acknowledged
 * at the other's next rewrite. The store therefore holds `server.lock` in its folder while it
 * is open: created exclusively (`wx`), naming its holder (`lock-holder.ts`).
 *
 * A lock left by a process that is gone (killed, crashed, the machine restarted) is taken
 * over, with a warning, when `judge` can tell: only locks of this host are. A lock of another
 * host, or of another container of this one, cannot be checked by its pid (containers sharing a
 * volume do not see each other's processes): it is judged by its lease (`lock-lease.ts`). Start
 * waits for the lease, for up to one lease period: taken over if nobody refreshes it meanwhile,
 * refused at once if its holder does. Waiting, rather than refusing until the lease expires,
 * lets a container restarted after a crash start by itself on its first try, where a refusal
 * would count as a failed start (systemd stops restarting after five quick ones, Kubernetes backs
 * off for minutes). A lock of an earlier version (no lease) is refused, as before. Every refusal
 * names the file to delete if it is left over.
 *
 * Two servers starting on one stale lock must not both take it over. Renaming it aside and
 * checking what was renamed is not enough: with three, one can rename the lock another has just
 * created, and while it puts it back the third finds no lock and creates its own. So a lock is
 * only ever created exclusively (`wx`), and deleted only by the process that created it, or by
 * the one that created (`wx`) the claim file named after the stale lock's text, once it has read
 * that text there again. While a stale lock is in place, one server alone can hold its claim.
 * Under the claim, a lock judged by its lease must also still carry the mtime it was judged by:
 * a refresh since means its holder runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { judge, readHolder, thisHolder, type Holder, type Verdict } from './lock-holder.js';
import { LeaseKeeper, REFRESH_MS, fsNow, leaseMs, readLock, seconds, type LeaseOptions, type LockRead } from './lock-lease.js';

export const LOCK_FILE = 'server.lock';

/** Lock path -> the lock this process holds there (released at exit). */
const held = new Map<string, DataDirLock>();
let exitHook = false;

/** The lock file's text, or null when it cannot be read (`readLock` when its mtime matters too). */
const readText = (path: string) => readFile(path, 'utf8').catch(() => null);

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
    const what =
      `data folder ${dir} is in use by another inquiry server (pid ${holder.pid} ${verdict.where}, which cannot be checked from here), started ${holder.startedAt}; ` +
      'its lock has no lease (an earlier version wrote it), so it is never taken over.';
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
  for (const [path, lock] of held) {
    try {
      // At exit: only synchronous calls run.
      if (readFileSync(path, 'utf8') === lock.content) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  }
  held.clear();
}

/** A lease refreshed while this server waited for it to expire: its holder runs. */
function refreshed(dir: string, path: string, holder: Holder, where: string, lease: number): DataDirInUseError {
  const what = `data folder ${dir} is in use by another inquiry server (pid ${holder.pid} ${where}), started ${holder.startedAt}: it refreshed its lease on the folder while this one waited, so it runs.`;
  return refusal(
    what,
    path,
    `Should it stop for good, a server started later takes the folder over once the lock has not been refreshed for ${seconds(lease)}.`,
  );
}

/** Options of `DataDirLock.acquire`. */
export interface AcquireOptions extends LeaseOptions {
  /** For tests: awaited once a lock was judged stale, just before taking it over (to widen the race). */
  beforeTakeover?: () => Promise<void>;
  /** Added to another holder's lease, for clocks and late writes (`lock-lease.ts`); default 15 s. */
  skewMarginMs?: number;
  /** For tests: how start waits for a lease to expire; default a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** For tests: fields written in this lock over this process's own (to pose as another container). */
  holderFields?: Partial<Holder>;
}

/** Polling for a refresh while waiting for a lease, at most this far apart. */
const POLL_MS = 1000;

type LeaseWait = { kind: 'expired'; why: string } | { kind: 'refreshed' } | { kind: 'changed' };

/**
 * Wait while the lease of the lock at `path`, judged as `stale` (text and mtime), runs:
 * 'expired' once it has not been refreshed for `lease`, by the filesystem's clock or by this
 * server's watch (so a skewed mtime cannot make it wait longer); 'refreshed' once its mtime
 * moves; 'changed' when it holds another text. The filesystem's clock is read once: later, the
 * lock has aged by the time waited.
 */
async function outwait(
  dir: string,
  path: string,
  stale: LockRead,
  holder: Holder,
  refreshMs: number,
  lease: number,
  where: string,
  warn: (m: string) => void,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise<void>((done) => setTimeout(done, ms)),
): Promise<LeaseWait> {
  const ageThen = (await fsNow(dir, LOCK_FILE)) - stale.mtimeMs;
  let waited = 0;
  for (;;) {
    const age = Math.max(ageThen + waited, waited);
    if (age >= lease) {
      const why = `it is ${where}, and its lease expired: not refreshed for ${seconds(age)}, where its server refreshes it every ${seconds(refreshMs)}`;
      return { kind: 'expired', why };
    }
    if (waited === 0) {
      warn(
        `${path}: held by pid ${holder.pid} ${where}, which cannot be checked from here; its lease was refreshed ${seconds(age)} ago. ` +
          `Waiting up to ${seconds(lease - age)} for it to expire: this server then takes the folder over, or refuses to start if the lease is refreshed meanwhile.`,
      );
    }
    const step = Math.min(lease - age, refreshMs, POLL_MS);
    await sleep(step);
    waited += step;
    const lock = await readLock(path);
    if (lock?.text !== stale.text) return { kind: 'changed' };
    if (lock.mtimeMs !== stale.mtimeMs) return { kind: 'refreshed' };
  }
}

/** The lock of one data folder, held until `release`, or until the process exits. */
export class DataDirLock {
  private constructor(
    readonly path: string,
    private readonly lease: LeaseKeeper,
  ) {}

  /** The text of the lock file while this process holds it. */
  get content(): string {
    return this.lease.content;
  }

  /**
   * Take the folder's lock (creating the folder when missing), taking over one left by a
   * process that is gone, with a warning.
   * @throws DataDirInUseError naming the folder and the other process's pid.
   */
  static async acquire(dir: string, warn: (message: string) => void, now: () => number = Date.now, options: AcquireOptions = {}): Promise<DataDirLock> {
    await mkdir(dir, { recursive: true });
    const path = resolve(dir, LOCK_FILE);
    const refreshMs = options.refreshMs ?? REFRESH_MS;
    const content = `${JSON.stringify({ ...thisHolder(now()), refreshMs, ...options.holderFields })}\n`;
    const hold = () => DataDirLock.hold(path, new LeaseKeeper(path, content, refreshMs, { now, warn, onLost: options.onLost }));
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await create(path, content)) return hold();
      const stale = await readLock(path);
      if (stale === null) continue;
      const holder = readHolder(stale.text);
      let verdict = holder && judge(holder, held.has(path));
      if (holder?.refreshMs !== undefined && verdict?.kind === 'elsewhere') {
        const lease = leaseMs(holder.refreshMs, options.skewMarginMs);
        const waited = await outwait(dir, path, stale, holder, holder.refreshMs, lease, verdict.where, warn, options.sleep);
        if (waited.kind === 'changed') continue;
        if (waited.kind === 'refreshed') throw refreshed(dir, path, holder, verdict.where, lease);
        verdict = { kind: 'gone', why: waited.why };
      }
      if (!holder || verdict?.kind !== 'gone') throw inUse(dir, path, holder, verdict);
      const { why } = verdict;
      await options.beforeTakeover?.();
      const outcome = await takeOver(path, stale, content, () => {
        warn(`${path}: taking over the lock of pid ${holder.pid} (started ${holder.startedAt}): ${why}`);
      });
      if (outcome === 'taken') return hold();
      if (outcome === 'claimed') {
        const what = `data folder ${dir}: another server starting now is taking over the lock ${path} of pid ${holder.pid} (${why}).`;
        throw refusal(what, path, `If no server uses this folder, delete ${path} and ${claimOf(path, stale.text)}.`);
      }
      // The lock changed since it was judged (another server took it over): judge it anew.
    }
    throw refusal(`data folder ${dir}: the lock ${path} changed hands while this server started; another one is starting on it.`, path);
  }

  private static hold(path: string, lease: LeaseKeeper): DataDirLock {
    const lock = new DataDirLock(path, lease);
    held.set(path, lock);
    if (!exitHook) process.on('exit', releaseAll);
    exitHook = true;
    return lock;
  }

  /**
   * Resolves when this server may write to the folder: its lock is still its own, refreshed
   * lately. Rejects with a LeaseError (`ELOCKLOST`, `ELOCKSTALE`) otherwise.
   */
  confirm(): Promise<void> {
    return this.lease.confirm();
  }

  /** Delete the lock file, if it is still this one's. */
  async release(): Promise<void> {
    await this.lease.stop();
    if (held.get(this.path) !== this) return;
    held.delete(this.path);
    if ((await readText(this.path)) === this.content) await unlink(this.path).catch(() => undefined);
  }
}

/** The claim file of a takeover of the lock at `path` while it holds `stale`. */
function claimOf(path: string, stale: string): string {
  return `${path}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
}

/**
 * Replace the lock at `path`, judged stale while it held `stale` (text and mtime), by `content`,
 * calling `deleting` just before deleting it: 'taken'; 'claimed' when another server holds the
 * claim and the stale lock is still there; 'look again' when the lock changed since it was judged.
 */
async function takeOver(path: string, stale: LockRead, content: string, deleting: () => void): Promise<'taken' | 'claimed' | 'look again'> {
  const claim = claimOf(path, stale.text);
  if (!(await create(claim, content))) return (await readText(path)) === stale.text ? 'claimed' : 'look again';
  try {
    // Read again under the claim: another server may have taken the lock over, and let its claim
    // go, since; or its holder, judged by its lease, refreshed it.
    const now = await readLock(path);
    if (now?.text !== stale.text || now.mtimeMs !== stale.mtimeMs) return 'look again';
    deleting();
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    // A server starting meanwhile may create its lock first: it holds the folder then.
    return (await create(path, content)) ? 'taken' : 'look again';
  } finally {
    await unlink(claim).catch(() => undefined);
  }
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
