/**
 * The lease on a data folder's lock. A pid can only be judged on the host and in the container
 * (pid namespace) it was read in; a lock from elsewhere is judged by its lease instead: its
 * holder rewrites it every `refreshMs` (recorded in the lock), and a lock not rewritten for
 * `leaseMs` (three refreshes missed, plus a margin) is expired.
 *
 * The age of a lock is its mtime against the time the same filesystem stamps a file written now
 * (`fsNow`), not against this machine's clock: a shared volume (NFS, a bind mount) stamps both
 * with one clock (the file server's, or the kernel's), so the clocks of the hosts sharing it do
 * not enter. The margin is for filesystems that take the writer's clock, and for a holder that
 * writes late (a slow disk, a paused machine). The lock is rewritten, not touched with `utimes`,
 * since Node can only set an mtime from this machine's clock.
 *
 * The holder writes only while its lease is confirmed: past two refresh periods without a
 * refresh (a paused machine, a failing disk), every write first refreshes the lock, so a server
 * woken after its lock was taken over finds out before it writes, not up to a refresh later.
 */
import { randomBytes } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** How often a holder rewrites its lock, by default. */
export const REFRESH_MS = 10_000;
/** Refreshes a holder may miss before its lock is expired. */
const MISSED_REFRESHES = 3;
/** Added to the lease, by default: for writers' clocks, and for late writes. */
const SKEW_MARGIN_MS = 15_000;
/** A holder writes without refreshing first for this many refresh periods. */
const WRITES_CONFIRMED_FOR = 2;

/** How long a lock refreshed every `refreshMs` stays held without a refresh. */
export const leaseMs = (refreshMs: number, marginMs = SKEW_MARGIN_MS): number => MISSED_REFRESHES * refreshMs + marginMs;

/** `ms` for a person: whole seconds (milliseconds below one). */
export const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`);

/** What a holder of a lock is told and asked. */
export interface LeaseOptions {
  /** How often the lock is rewritten while held; recorded in it. Default 10 s. */
  refreshMs?: number;
  /** Told once, when the lock turns out replaced or deleted; default: the warnings. */
  onLost?: (message: string) => void;
}

/** A lock file's text and its mtime. */
export interface LockRead {
  text: string;
  mtimeMs: number;
}

/** A lock file's text and mtime, read through one handle (which on NFS also revalidates its attributes). */
export async function readLock(path: string): Promise<LockRead | null> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return null;
  try {
    const { mtimeMs } = await file.stat();
    return { text: await file.readFile('utf8'), mtimeMs };
  } catch {
    return null;
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** The time as the filesystem of `dir` stamps a file written there now (a probe file, deleted). */
export async function fsNow(dir: string, lockName: string): Promise<number> {
  const probe = join(dir, `${lockName}.probe-${randomBytes(8).toString('hex')}`);
  const file = await open(probe, 'wx', 0o600);
  try {
    await file.write('probe\n');
    return (await file.stat()).mtimeMs;
  } finally {
    await file.close().catch(() => undefined);
    await unlink(probe).catch(() => undefined);
  }
}

/** An error of the lease, with a code for the store's messages (`ELOCKLOST`, `ELOCKSTALE`). */
class LeaseError extends Error {
  constructor(
    readonly code: 'ELOCKLOST' | 'ELOCKSTALE',
    message: string,
  ) {
    super(message);
    this.name = 'LeaseError';
  }
}

/**
 * Rewrite the lock at `path` in place with the same `content`, if it still holds it: true; else
 * what it holds now (null: deleted). Read and written through one handle, so that a lock put in
 * its place meanwhile is never written over.
 */
async function rewriteIfHeld(path: string, content: string): Promise<true | string | null> {
  let file;
  try {
    file = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const text = await file.readFile('utf8');
    if (text !== content) return text;
    await file.write(content, 0, 'utf8');
  } catch (error) {
    await file.close().catch(() => undefined);
    throw error;
  }
  // On NFS the write reaches the server (and gets its mtime) at close: its failure counts.
  await file.close();
  return true;
}

/** Keeps a held lock's lease: refreshes it on a timer, and tells whether writing is safe. */
export class LeaseKeeper {
  private readonly timer: ReturnType<typeof setInterval>;
  private running: Promise<void> | null = null;
  /** When the last refresh that found the lock held began, by the injected and the monotonic clock. */
  private confirmed: { at: number; mono: number };
  private failing = false;
  private lost: string | null = null;
  private stopped = false;

  constructor(
    readonly path: string,
    readonly content: string,
    private readonly refreshMs: number,
    private readonly opts: { now: () => number; warn: (message: string) => void; onLost?: (message: string) => void },
  ) {
    this.confirmed = this.stamp();
    this.timer = setInterval(() => void this.refresh(), refreshMs);
    this.timer.unref?.();
  }

  private stamp(): { at: number; mono: number } {
    return { at: this.opts.now(), mono: performance.now() };
  }

  /** Time since the last confirmed refresh: the longer of the two clocks (one may stop in a suspend, the other jump back). */
  private sinceConfirmed(): number {
    return Math.max(this.opts.now() - this.confirmed.at, performance.now() - this.confirmed.mono);
  }

  /** Resolves when this server may write to its folder; rejects with a LeaseError when it may not. */
  async confirm(): Promise<void> {
    const window = WRITES_CONFIRMED_FOR * this.refreshMs;
    if (this.lost === null && this.sinceConfirmed() >= window) await this.refresh();
    if (this.lost !== null) throw new LeaseError('ELOCKLOST', this.lost);
    if (this.sinceConfirmed() >= window) {
      throw new LeaseError('ELOCKSTALE', `${this.path}: the lease on the data folder could not be refreshed for ${seconds(window)}`);
    }
  }

  /** Rewrite the lock now (one rewrite at a time: a call during one waits for it). */
  refresh(): Promise<void> {
    this.running ??= this.rewrite().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async rewrite(): Promise<void> {
    if (this.stopped || this.lost !== null) return;
    const started = this.stamp();
    let held: true | string | null;
    try {
      held = await rewriteIfHeld(this.path, this.content);
    } catch (error) {
      if (this.stopped) return;
      // Once per spell of failures: the path and the error's code, nothing else.
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      if (!this.failing)
        this.opts.warn(`${this.path}: could not refresh the lease on the data folder (${code}); trying again every ${seconds(this.refreshMs)}`);
      this.failing = true;
      return;
    }
    if (this.stopped) return;
    if (held === true) {
      this.confirmed = started;
      if (this.failing) this.opts.warn(`${this.path}: the lease on the data folder is refreshed again`);
      this.failing = false;
      return;
    }
    this.lose(held);
  }

  private lose(now: string | null): void {
    clearInterval(this.timer);
    const what = now === null ? 'was deleted' : 'was replaced (another server took the folder over, or someone edited the lock)';
    this.lost =
      `${this.path}: this server no longer holds the data folder ${dirname(this.path)}: its lock ${what}. ` +
      `It stops writing there rather than write beside another server; give each server its own --data-dir.`;
    (this.opts.onLost ?? this.opts.warn)(this.lost);
  }

  /** Stop refreshing (the lock is being released), once a refresh under way has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
