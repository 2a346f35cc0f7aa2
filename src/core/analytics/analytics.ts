/**
 * Anonymous usage counts for the institution: how often recommendations were shown, which
 * programs were opened, how many inquiries went out, and which typed job titles matched
 * nothing (folded text only, and never a text that looks like an email, a phone number or a
 * name: `personal.ts`). Counted in memory, sent in batches, forgotten once sent:
 * no cookies, no storage, no identifiers, no timestamps finer than the batch.
 *
 * Listens on any EventTarget (a page, a portal element); the mc-* events bubble and are
 * composed, so one listener on `document` hears every widget on the page.
 *
 * Format 2 adds the host page (origin and path: `hostPage`) so the institution can see which
 * of its pages the widgets work on, and reports an unmatched title at most once per page
 * load, so the server can count visits as the batches that carried it (see `AnalyticsBatch`).
 * Format 1 batches (older widgets) are still accepted.
 *
 * A learner's "Not relevant to this job" mark on a recommended program (`mc-program-unrelated`)
 * travels in a batch of its own (`FeedbackBatch`), so that a server that does not know such
 * marks refuses only them and still counts the rest.
 */
import * as v from 'valibot';
import { fold } from '../text/index.js';
import { foldedLooksPersonal, looksPersonal, UNMATCHED_QUERY_MAX } from '../text/index.js';

/** The `format` of the batches the widgets send and the endpoint accepts. */
export const ANALYTICS_FORMAT = 'mc-analytics/2';
/** What widgets released before the host page was reported send; still accepted. */
export const ANALYTICS_FORMAT_1 = 'mc-analytics/1';
/** Most distinct keys kept per table between two sends; the rest are counted as overflow. */
export const ANALYTICS_MAX_KEYS = 500;
const MAX_KEY_LENGTH = 120;
/**
 * Most a batch counts for one key, and as overflow: far more than a page load does between
 * two sends, even one that held its counts through hours of a failing endpoint. The endpoint
 * refuses a larger number (one batch of `1e308` had turned the whole report into nulls and
 * Infinity, and a PostgreSQL store's sums past their 64 bits into errors), and the widgets
 * never send one: past it, a key's events are counted as overflow, and overflow stops here.
 */
export const MAX_COUNT = 10_000;
/** Longest host page kept (origin and path); a longer path is cut to its origin. */
export const MAX_PAGE_LENGTH = 300;

/**
 * The host page as reported: `origin + pathname`, never the query or fragment (they carry
 * search terms, tokens, tracking ids). A path that looks like personal data (an email, a
 * phone or account number: `foldedLooksPersonal`) or is too long is reported as the origin
 * alone. Null for what is not an http(s) URL (a file opened from disk, `about:blank`).
 * The browser calls it on `location.href` and the server again on what it receives.
 */
export function hostPage(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let path = url.pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: judged as written.
  }
  if (foldedLooksPersonal(decoded) || url.origin.length + path.length > MAX_PAGE_LENGTH) path = '/';
  return `${url.origin}${path}`;
}

/**
 * A batch of anonymous usage counts, as `attachAnalytics` sends it (format `ANALYTICS_FORMAT`):
 * counts only, no identifier.
 */
export interface AnalyticsBatch {
  format: typeof ANALYTICS_FORMAT;
  /** The page the widgets ran on (`hostPage`), or null when it has no http(s) address. */
  page: string | null;
  /** `[occupation code, times recommendations were shown]`. */
  recommend: Array<[string, number]>;
  /** `[program id, outbound clicks]`. */
  programOpen: Array<[string, number]>;
  /** `[status, inquiries]`, status `sent` or `queued`. */
  inquire: Array<[string, number]>;
  /**
   * `[lang, folded query, 1]`: each title once per page load, the first time it matched
   * nothing (format 1 sent the times typed; the server counts either as one visit).
   */
  noMatch: Array<[string, string, number]>;
  /** Events not counted by key because a table was full. */
  overflow: number;
}

const key = v.pipe(v.string(), v.maxLength(MAX_KEY_LENGTH));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_COUNT));
const table = v.pipe(v.array(v.tuple([key, count])), v.maxLength(ANALYTICS_MAX_KEYS));

const fields = {
  recommend: table,
  programOpen: table,
  inquire: v.pipe(v.array(v.tuple([v.picklist(['sent', 'queued']), count])), v.maxLength(2)),
  noMatch: v.pipe(v.array(v.tuple([v.picklist(['en', 'fr']), key, count])), v.maxLength(ANALYTICS_MAX_KEYS)),
  overflow: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_COUNT)),
};

// Each format a constant of its own, which PostedBatchSchema lists too: read from
// AnalyticsBatchSchema.options, a property read a bundler must keep, every schema here
// went into the pages' bundles, which never check a batch (the endpoint does).
const batch2 = v.strictObject({ format: v.literal(ANALYTICS_FORMAT), page: v.nullable(v.pipe(v.string(), v.maxLength(2048))), ...fields });
const batch1 = v.strictObject({ format: v.literal(ANALYTICS_FORMAT_1), ...fields });

/** A batch of either format; format 1 has no `page`. */
export const AnalyticsBatchSchema = v.variant('format', [batch2, batch1]);

/** The `format` of the batches carrying learners' "not relevant" marks. */
export const FEEDBACK_FORMAT = 'mc-feedback/1';
/**
 * Most marks a page load sends (far more than a person makes): 100 pairs of a code and a
 * program id (at most 100 characters) stay within the endpoint's default 16 KB body.
 */
export const MAX_MARKS = 100;

/**
 * Learners' marks that a recommended program is not relevant to the occupation it was
 * recommended for: each pair once per page load, and only if still marked when sent.
 */
export interface FeedbackBatch {
  format: typeof FEEDBACK_FORMAT;
  /** As in `AnalyticsBatch`. */
  page: string | null;
  /** `[occupation code, program id, 1]`: the server counts a pair once per batch, that is per page load. */
  unrelated: Array<[string, string, number]>;
}

/** A program id or occupation code as a key of the marks: no tab (the stores join the two with one). */
const markKey = v.pipe(key, v.regex(/^[^\t]+$/));

/**
 * The valibot schema of a batch of learners' "not relevant" marks (`FeedbackBatch`), as the
 * analytics endpoint checks it.
 */
export const FeedbackBatchSchema = v.strictObject({
  format: v.literal(FEEDBACK_FORMAT),
  page: v.nullable(v.pipe(v.string(), v.maxLength(2048))),
  unrelated: v.pipe(v.array(v.tuple([markKey, markKey, count])), v.minLength(1), v.maxLength(MAX_MARKS)),
});

/** What the analytics endpoint accepts: a batch of counts of either format, or of marks. */
export const PostedBatchSchema = v.variant('format', [batch2, batch1, FeedbackBatchSchema]);

/** Options of `attachAnalytics`. */
export interface AnalyticsOptions {
  /** Where batches are POSTed (text/plain JSON, so no CORS preflight is needed). */
  endpoint: string;
  /** Send at least this often while the page is open; default 60 s. */
  flushMs?: number;
}

/**
 * Unmatched titles already reported by this page load, shared by every counter in it (a
 * portal re-attached, two portals): what lets the server read "batches carrying a title"
 * as "visits that typed it". It lives as long as the page, in memory only: no identifier,
 * no cookie, no storage. A person who reloads the page, or opens it in two tabs, counts
 * twice; that over-count is the price of keeping no identifier.
 */
const reportedThisPageLoad = new Set<string>();
/** `occupation\tprogram` pairs whose "not relevant" mark this page load has sent, in memory only, as above. */
const markedThisPageLoad = new Set<string>();

/** Counts held between two sends. Maps, never objects, so no key can touch a prototype. */
export class AnalyticsCounter {
  /**
   * @param page the host page (`hostPage(location.href)`), sent with every batch
   * @param reported unmatched titles already reported in this page load (tests give their own)
   * @param marked "not relevant" marks already sent in this page load (tests give their own)
   */
  constructor(
    private readonly page: string | null = null,
    private readonly reported: Set<string> = reportedThisPageLoad,
    private readonly marked: Set<string> = markedThisPageLoad,
  ) {}

  /** "Not relevant" marks not sent yet, as `occupation\tprogram`; an undone mark leaves. */
  private readonly marks = new Set<string>();

  private tables = {
    recommend: new Map<string, number>(),
    programOpen: new Map<string, number>(),
    inquire: new Map<string, number>(),
    noMatch: new Map<string, number>(),
  };
  private overflow = 0;

  /** Count one mc-* event; events with an unexpected shape are ignored. */
  count(type: string, detail: unknown): void {
    const d = (detail ?? {}) as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x.slice(0, MAX_KEY_LENGTH) : null);
    if (type === 'mc-recommend') {
      const occupation = d.occupation;
      const code = str(typeof occupation === 'object' && occupation ? (occupation as { code?: unknown }).code : occupation);
      if (code) this.add('recommend', code);
    } else if (type === 'mc-program-open') {
      const id = str(d.programId);
      if (id) this.add('programOpen', id);
    } else if (type === 'mc-inquire') {
      if (d.status === 'sent' || d.status === 'queued') this.add('inquire', d.status);
    } else if (type === 'mc-no-match') {
      const lang = d.lang === 'fr' ? 'fr' : 'en';
      // An email, a phone number or a name typed in the job field is never reported. The job
      // search sends its query folded, capitals gone: it says whether the text as typed looked personal.
      if (d.personal === true || typeof d.query !== 'string' || looksPersonal(d.query)) return;
      // Folded again here: the count must never carry more than the folded words.
      const query = fold(d.query).slice(0, UNMATCHED_QUERY_MAX);
      const k = `${lang}\t${query}`;
      if (!query || this.reported.has(k)) return;
      // Past this many, a title could not be told from one already sent: counted, not named.
      if (this.reported.size >= ANALYTICS_MAX_KEYS) {
        this.addOverflow(1);
        return;
      }
      this.reported.add(k);
      this.add('noMatch', k);
    } else if (type === 'mc-program-unrelated') {
      this.mark(str(d.occupation), str(d.programId), d.unrelated === true);
    }
  }

  private mark(occupation: string | null, program: string | null, on: boolean): void {
    if (!occupation || !program || occupation.includes('\t') || program.includes('\t')) return;
    const k = `${occupation}\t${program}`;
    if (!on) {
      this.marks.delete(k);
      return;
    }
    if (this.marked.has(k) || this.marks.has(k)) return;
    // Past this many, counted without its key, as a full table's events are.
    if (this.marks.size + this.marked.size >= MAX_MARKS) this.addOverflow(1);
    else this.marks.add(k);
  }

  /** Whether marks wait to be sent (`takeFeedback`). */
  get hasFeedback(): boolean {
    return this.marks.size > 0;
  }

  /**
   * The marks so far as a batch (null when none), and forget them; each pair is then sent
   * at most once in this page load. A mark undone after it was sent is not taken back: the
   * widgets send marks only when the page is hidden or left, when a person is done with it.
   */
  takeFeedback(): FeedbackBatch | null {
    if (this.marks.size === 0) return null;
    const unrelated = [...this.marks].map((k): [string, string, number] => {
      const [occupation = '', program = ''] = k.split('\t');
      return [occupation, program, 1];
    });
    for (const k of this.marks) this.marked.add(k);
    this.marks.clear();
    return { format: FEEDBACK_FORMAT, page: this.page, unrelated };
  }

  /** Put back marks that could not be sent. */
  restoreFeedback(batch: FeedbackBatch): void {
    for (const [occupation, program] of batch.unrelated) {
      this.marked.delete(`${occupation}\t${program}`);
      this.mark(occupation, program, true);
    }
  }

  private add(name: keyof AnalyticsCounter['tables'], k: string, amount = 1): void {
    const t = this.tables[name];
    const n = t.get(k);
    if (n === undefined && t.size >= ANALYTICS_MAX_KEYS) return this.addOverflow(amount);
    const kept = Math.min(MAX_COUNT, (n ?? 0) + amount);
    t.set(k, kept);
    this.addOverflow((n ?? 0) + amount - kept);
  }

  private addOverflow(amount: number): void {
    this.overflow = Math.min(MAX_COUNT, this.overflow + amount);
  }

  get empty(): boolean {
    return this.overflow === 0 && Object.values(this.tables).every((t) => t.size === 0);
  }

  /** The counts so far as a batch, and start counting afresh. */
  take(): AnalyticsBatch {
    const batch: AnalyticsBatch = {
      format: ANALYTICS_FORMAT,
      page: this.page,
      recommend: [...this.tables.recommend],
      programOpen: [...this.tables.programOpen],
      inquire: [...this.tables.inquire],
      noMatch: [...this.tables.noMatch].map(([k, n]) => {
        const [lang = 'en', query = ''] = k.split('\t');
        return [lang, query, n];
      }),
      overflow: this.overflow,
    };
    for (const t of Object.values(this.tables)) t.clear();
    this.overflow = 0;
    return batch;
  }

  /** Put back a batch that could not be sent. */
  restore(batch: AnalyticsBatch): void {
    for (const [k, n] of batch.recommend) this.add('recommend', k, n);
    for (const [k, n] of batch.programOpen) this.add('programOpen', k, n);
    for (const [k, n] of batch.inquire) this.add('inquire', k, n);
    for (const [l, q, n] of batch.noMatch) this.add('noMatch', `${l}\t${q}`, n);
    this.addOverflow(batch.overflow);
  }
}

const EVENTS = ['mc-recommend', 'mc-program-open', 'mc-inquire', 'mc-no-match', 'mc-program-unrelated'] as const;

function send(endpoint: string, batch: AnalyticsBatch | FeedbackBatch, counter: AnalyticsCounter): void {
  const restore = () => (batch.format === FEEDBACK_FORMAT ? counter.restoreFeedback(batch) : counter.restore(batch));
  const body = JSON.stringify(batch);
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  try {
    if (nav?.sendBeacon && nav.sendBeacon(endpoint, body)) return;
  } catch {
    // A beacon refused by the page's CSP or the browser falls through to fetch.
  }
  if (typeof fetch !== 'function') {
    restore();
    return;
  }
  fetch(endpoint, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  })
    .then((res) => {
      if (!res.ok && res.status >= 500) restore();
    })
    .catch(restore);
}

/**
 * Count the mc-* events that reach `target` and send the counts to `endpoint` when the
 * page is hidden or left, and every `flushMs`; "not relevant" marks only when the page is
 * hidden or left (a person may still undo one). Returns a function that stops listening and
 * sends what is left.
 */
export function attachAnalytics(target: EventTarget, options: AnalyticsOptions): () => void {
  const counter = new AnalyticsCounter(typeof location !== 'undefined' ? hostPage(location.href) : null);
  const flushCounts = () => {
    if (!counter.empty) send(options.endpoint, counter.take(), counter);
  };
  const flush = () => {
    flushCounts();
    const feedback = counter.takeFeedback();
    if (feedback) send(options.endpoint, feedback, counter);
  };
  const onEvent = (event: Event) => counter.count(event.type, (event as CustomEvent).detail);
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };
  for (const type of EVENTS) target.addEventListener(type, onEvent);
  const win = typeof window !== 'undefined' ? window : undefined;
  win?.addEventListener('pagehide', flush);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(flushCounts, options.flushMs ?? 60_000);
  return () => {
    for (const type of EVENTS) target.removeEventListener(type, onEvent);
    win?.removeEventListener('pagehide', flush);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    clearInterval(timer);
    flush();
  };
}
