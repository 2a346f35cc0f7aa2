/**
 * An append-only JSON-lines file that is on disk before anyone is told "stored": each
 * record is written whole and fsync'd, one at a time, before `append` resolves. A write
 * that fails or is cut short (ENOSPC, EIO) is truncated away before `append` rejects, so
 * the file only ever holds whole records and the next one never lands on a fragment.
 *
 * Reading streams the file line by line with bounded memory; rewriting (retention) copies
 * the lines to keep into a temporary file, fsyncs it and renames it over the log.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The calls the log makes on an open file; Node's `FileHandle` is one. */
export interface LogFile {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

/** Where the log opens files for writing: the real filesystem, or a failing one in tests. */
export interface LogFs {
  open(path: string, flags: string, mode?: number): Promise<LogFile>;
}

export const nodeLogFs: LogFs = { open: (path, flags, mode) => open(path, flags, mode) };

/** The disk refused a record (full, failing): nothing of it stays in the file. */
export class StorageError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path}: ${(cause as NodeJS.ErrnoException)?.code ?? 'write failed'}`, { cause });
    this.name = 'StorageError';
  }
}

/** Where a line starts: its 1-based number and its byte offset in the file. */
export interface LinePosition {
  line: number;
  offset: number;
}

/**
 * Why a line was set aside, in words that quote nothing from it: a damaged line may hold
 * a person's contact details, and warnings end up in logs.
 */
export type DamageReason = 'not JSON' | 'not a record' | 'too long' | 'cut short (no line end)';

export interface LineVisitor {
  /** A line that parsed as JSON; return false when it is not a record of this log. */
  record(value: unknown, at: LinePosition): boolean;
  damaged(at: LinePosition, reason: DamageReason): void;
}

/** Longest line read as a record; longer ones are damaged (a record is a few KiB at most). */
export const MAX_LINE_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Call `onRecord` with the parsed JSON of each complete line of bytes `[0, end)` of `path`;
 * an over-long, cut-short or damaged line is skipped (the log's own reading at start reports
 * and sets those aside).
 */
export async function forEachRecord(path: string, end: number, onRecord: (value: unknown) => void | Promise<void>): Promise<void> {
  await forEachLine(path, end, (bytes, _at, complete) => {
    if (bytes === null || !complete) return;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      return;
    }
    return onRecord(value);
  });
}

/**
 * Call `onLine` with each line of bytes `[0, end)` of `path` (without its newline), holding
 * at most one line and one read buffer in memory; a promise `onLine` returns is awaited
 * before reading on. Lines past `maxLine` bytes are passed as `null`; `complete` is false for
 * a last line with no newline before `end` (a write cut short).
 */
export async function forEachLine(
  path: string,
  end: number,
  onLine: (bytes: Buffer | null, at: LinePosition, complete: boolean) => void | Promise<void>,
  maxLine = MAX_LINE_BYTES,
  chunkBytes = 256 * 1024,
): Promise<void> {
  if (end <= 0) return;
  const stream = createReadStream(path, { start: 0, end: end - 1, highWaterMark: chunkBytes });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let lineStart = 0;
  let line = 0;
  let consumed = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl === -1) break;
      line += 1;
      const at = { line, offset: lineStart };
      let bytes: Buffer | null;
      if (tooLong || pendingBytes + nl - from > maxLine) bytes = null;
      else if (pendingBytes === 0) bytes = chunk.subarray(from, nl);
      else bytes = Buffer.concat([...pending, chunk.subarray(from, nl)]);
      const wait = onLine(bytes, at, true);
      if (wait) await wait;
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      from = nl + 1;
      lineStart = consumed + from;
    }
    if (from < chunk.length && !tooLong) {
      pendingBytes += chunk.length - from;
      if (pendingBytes > maxLine) {
        tooLong = true;
        pending = [];
      } else {
        pending.push(chunk.subarray(from));
      }
    }
    consumed += chunk.length;
  }
  if (tooLong || pendingBytes > 0) {
    await onLine(tooLong ? null : Buffer.concat(pending), { line: line + 1, offset: lineStart }, false);
  }
}

/** Parse one line for `visitor`; blank lines are skipped. */
function visitLine(visitor: LineVisitor, bytes: Buffer | null, at: LinePosition, complete: boolean): void {
  if (bytes === null) return visitor.damaged(at, 'too long');
  const text = bytes.toString('utf8');
  if (text.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return visitor.damaged(at, complete ? 'not JSON' : 'cut short (no line end)');
  }
  // A whole record written without its newline was never acknowledged; keep it all the same.
  if (!visitor.record(value, at)) visitor.damaged(at, 'not a record');
}

/** Where `rewrite` puts a damaged line (`null` when too long to keep). */
export type SetAside = (bytes: Buffer | null, at: LinePosition, reason: DamageReason) => Promise<void>;

export class JsonlLog<T> {
  private handle: LogFile | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Length of the file up to the end of the last whole record. */
  private size = 0;
  /** A failed write may still be in the file past `size`: truncate before writing again. */
  private dirty = false;
  /** The file ends with a line cut short: end it before the next record. */
  private newlineFirst = false;
  /** The file was renamed over: open the new one before writing. */
  private stale = false;

  /**
   * @param beforeWrite awaited before each record is written and before a rewrite starts and
   *   renames its copy over the log; a rejection refuses the write (the store's lease on its folder).
   */
  constructor(
    readonly path: string,
    private readonly fs: LogFs = nodeLogFs,
    private readonly beforeWrite?: () => Promise<void>,
  ) {}

  /**
   * Open the file for appending, creating it (readable by the server's user only: the
   * inquiry log holds people's contact details). With a visitor, every line is read first.
   * A last line cut short by a crash is ended with a newline so that nothing is appended
   * onto it; the visitor sees it as damaged.
   */
  async open(visitor?: LineVisitor): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    this.handle = await this.fs.open(this.path, 'a', 0o600);
    this.size = (await this.handle.stat()).size;
    let cutShort = false;
    if (visitor) {
      await forEachLine(this.path, this.size, (bytes, at, complete) => {
        cutShort ||= !complete;
        visitLine(visitor, bytes, at, complete);
      });
    } else {
      cutShort = this.size > 0 && (await lastByte(this.path, this.size)) !== NEWLINE;
    }
    if (cutShort) {
      // On a full disk this waits for the next append, which then starts with the newline.
      this.newlineFirst = true;
      await this.writeWhole(Buffer.alloc(0)).catch(() => undefined);
    }
  }

  /** Append one record; resolves once it is fsync'd, rejects with StorageError otherwise. */
  append(record: T): Promise<void> {
    return this.serialized(() => this.writeWhole(Buffer.from(`${JSON.stringify(record)}\n`)));
  }

  /**
   * Rewrite the file keeping the records `keep` accepts; lines that are not records (`keep`
   * answers 'damaged', or they do not parse) go to `setAside`.
   * Appends go on while the bulk is copied; only the copy of the records appended meanwhile
   * and the rename wait for them. On any failure the log is left as it was.
   */
  async rewrite(keep: (value: unknown) => boolean | 'damaged', setAside: SetAside): Promise<{ kept: number; dropped: number; setAside: number }> {
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    await this.beforeWrite?.();
    const out = await this.fs.open(temp, 'w', 0o600);
    let renamed = false;
    try {
      const copied = this.size;
      const counts = await this.copyKept(out, copied, keep, setAside);
      await this.serialized(async () => {
        if (this.dirty) await this.cleanUp();
        // Records appended while the bulk was copied: whole lines, copied as they are.
        if (this.size > copied) {
          const stream = createReadStream(this.path, { start: copied, end: this.size - 1 });
          for await (const chunk of stream as AsyncIterable<Buffer>) await writeFully(out, chunk);
        }
        await out.sync();
        await out.close();
        await this.beforeWrite?.();
        await rename(temp, this.path);
        renamed = true;
        // From here the handle writes to the file just replaced: never append through it.
        this.stale = true;
        await syncDir(dirname(this.path));
        await this.reopen();
      });
      return counts;
    } finally {
      if (!renamed) {
        await out.close().catch(() => undefined);
        await rm(temp, { force: true });
      }
    }
  }

  /** Copies the records `keep` accepts, of the first `copied` bytes, to `out`; sets the damaged lines aside. */
  private async copyKept(
    out: LogFile,
    copied: number,
    keep: (value: unknown) => boolean | 'damaged',
    setAside: SetAside,
  ): Promise<{ kept: number; dropped: number; setAside: number }> {
    const counts = { kept: 0, dropped: 0, setAside: 0 };
    const batch: Buffer[] = [];
    let batchBytes = 0;
    const flush = async () => {
      await writeFully(out, Buffer.concat(batch.splice(0)));
      batchBytes = 0;
    };
    await forEachLine(this.path, copied, (bytes, at, complete) => {
      let aside: [DamageReason] | null = null;
      visitLine(
        {
          record: (value) => {
            const verdict = keep(value);
            if (verdict === 'damaged') return false;
            if (!verdict) counts.dropped += 1;
            else {
              counts.kept += 1;
              batch.push(Buffer.from(bytes!), Buffer.from('\n'));
              batchBytes += bytes!.length + 1;
            }
            return true;
          },
          damaged: (_, reason) => void (aside = [reason]),
        },
        bytes,
        at,
        complete,
      );
      if (aside) {
        counts.setAside += 1;
        return setAside(bytes && Buffer.from(bytes), at, aside[0]);
      }
      return batchBytes >= 256 * 1024 ? flush() : undefined;
    });
    await flush();
    return counts;
  }

  /** Bytes of whole records in the file. */
  get length(): number {
    return this.size;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle?.close();
    this.handle = null;
  }

  private serialized<R>(run: () => Promise<R>): Promise<R> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Write `bytes` after the last whole record and fsync, or leave the file as it was. */
  private async writeWhole(record: Buffer): Promise<void> {
    if (!this.handle) throw new Error(`${this.path}: log is not open`);
    const bytes = this.newlineFirst ? Buffer.concat([Buffer.from('\n'), record]) : record;
    try {
      await this.beforeWrite?.();
      if (this.stale) await this.reopen();
      if (this.dirty) await this.cleanUp();
      this.dirty = true;
      await writeFully(this.handle, bytes);
      await this.handle.sync();
      this.dirty = false;
      this.newlineFirst = false;
      this.size += bytes.length;
    } catch (error) {
      // Best effort now; if truncating fails too, the next append tries again first.
      if (this.dirty && !this.stale) await this.cleanUp().catch(() => undefined);
      throw error instanceof StorageError ? error : new StorageError(this.path, error);
    }
  }

  /** Open the file at `path` again after a rename put another file there. */
  private async reopen(): Promise<void> {
    const handle = await this.fs.open(this.path, 'a', 0o600);
    const old = this.handle;
    this.handle = handle;
    this.size = (await handle.stat()).size;
    this.stale = false;
    this.dirty = false;
    await old?.close().catch(() => undefined);
  }

  /** Cut the file back to its last whole record, durably. */
  private async cleanUp(): Promise<void> {
    const handle = this.handle!;
    try {
      await handle.truncate(this.size);
      await handle.sync();
    } catch (error) {
      throw new StorageError(this.path, error);
    }
    this.dirty = false;
  }
}

/** Write all of `bytes`, going on after a short write; the error of the write that fails. */
async function writeFully(file: LogFile, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done);
    if (bytesWritten <= 0) throw Object.assign(new Error('write wrote nothing'), { code: 'EIO' });
    done += bytesWritten;
  }
}

async function lastByte(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0]!;
  } finally {
    await handle.close();
  }
}

/** Make a rename durable: fsync the folder that holds the file. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Size of `path` in bytes, 0 when it does not exist. */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
