/**
 * The records of the embedded store's files besides the inquiries themselves, and the
 * checks that a parsed line is one of them.
 */
import { JsonlLog, type DamageReason, type LinePosition, type LogFs } from './jsonl-log.js';
import type { StoredAnalytics, StoredInquiry } from './store.js';

/** A line moved out of the log because it could not be read as a record. */
export interface SetAsideLine {
  setAsideAt: string;
  line: number;
  offset: number;
  reason: DamageReason;
  /** The line's text as it was (it may hold personal data: retention applies). */
  text: string | null;
}

/**
 * `inquiries.set-aside.jsonl`, opened on first use: where a rewrite moves the lines it
 * cannot read, and where retention applies too.
 */
export class SetAsideFile {
  private log: JsonlLog<SetAsideLine> | null = null;

  constructor(
    private readonly path: string,
    private readonly fs: LogFs | undefined,
    private readonly now: () => number,
    private readonly beforeWrite?: () => Promise<void>,
  ) {}

  private async opened(): Promise<JsonlLog<SetAsideLine>> {
    if (!this.log) {
      this.log = new JsonlLog<SetAsideLine>(this.path, this.fs, this.beforeWrite);
      await this.log.open();
    }
    return this.log;
  }

  /** Moves one damaged line here, with when and why. */
  async add(bytes: Buffer | null, at: LinePosition, reason: DamageReason): Promise<void> {
    const text = bytes === null ? null : bytes.toString('utf8');
    const setAsideAt = new Date(this.now()).toISOString();
    await (await this.opened()).append({ setAsideAt, line: at.line, offset: at.offset, reason, text });
  }

  /** Deletes the lines set aside before `cutoff` (ms). */
  async trim(cutoff: number): Promise<void> {
    const log = await this.opened();
    await log.rewrite(
      (value) => Date.parse((value as SetAsideLine | null)?.setAsideAt ?? '') >= cutoff,
      async () => undefined,
    );
  }

  async close(): Promise<void> {
    await this.log?.close();
    this.log = null;
  }
}

/** A line of `inquiries.routing.jsonl`: no personal data, only ids and institution names. */
export interface RoutingMark {
  at: string;
  id: string;
  provider: string;
  event: 'delivered' | 'hidden';
}

export function isRoutingMark(value: unknown): value is RoutingMark {
  const r = value as Partial<RoutingMark> | null;
  return typeof r?.at === 'string' && typeof r.id === 'string' && typeof r.provider === 'string' && (r.event === 'delivered' || r.event === 'hidden');
}

export function isStoredInquiry(value: unknown): value is StoredInquiry {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.key === 'string' &&
    typeof r.bodySha256 === 'string' &&
    typeof r.receivedAt === 'string' &&
    Number.isFinite(Date.parse(r.receivedAt)) &&
    typeof r.inquiry === 'object' &&
    r.inquiry !== null
  );
}

/** The UTC day an analytics line was received, or null when it is not one. */
export function analyticsDay(value: unknown): string | null {
  const at = (value as Partial<StoredAnalytics> | null)?.receivedAt;
  return typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? at.slice(0, 10) : null;
}
