/**
 * An append-only JSON-lines file that is on disk before anyone is told "stored": each
 * record is written and fsync'd, one at a time, before `append` resolves.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface LogReadResult<T> {
  records: T[];
  /** Lines that could not be parsed (e.g. a write cut short by a crash), with line numbers. */
  skipped: Array<{ line: number; reason: string }>;
}

export class JsonlLog<T> {
  private handle: FileHandle | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private needsNewline = false;

  constructor(readonly path: string) {}

  /** Read every record, then open the file for appending. */
  async open(): Promise<LogReadResult<T>> {
    await mkdir(dirname(this.path), { recursive: true });
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const records: T[] = [];
    const skipped: LogReadResult<T>['skipped'] = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line) as T);
      } catch (error) {
        skipped.push({ line: i + 1, reason: (error as Error).message });
      }
    });
    // A record cut short by a crash must not glue itself to the next one.
    this.needsNewline = text.length > 0 && !text.endsWith('\n');
    // Readable by the server's user only: the inquiry log holds people's contact details.
    this.handle = await open(this.path, 'a', 0o600);
    return { records, skipped };
  }

  /** Append one record; resolves once it is fsync'd. Appends are serialized. */
  append(record: T): Promise<void> {
    const run = async () => {
      if (!this.handle) throw new Error(`${this.path}: log is not open`);
      const prefix = this.needsNewline ? '\n' : '';
      await this.handle.write(`${prefix}${JSON.stringify(record)}\n`);
      await this.handle.sync();
      this.needsNewline = false;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle?.close();
    this.handle = null;
  }
}
