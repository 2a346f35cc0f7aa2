/**
 * What the widgets call: POST of an inquiry and of an analytics batch (usage counts, or
 * learners' "not relevant" marks), with CORS for the allowed origins, rate limits per client
 * IP, and the store's refusals as 503.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { ANALYTICS_FORMAT_1, FEEDBACK_FORMAT, PostedBatchSchema, hostPage } from '../core/analytics/index.js';
import { fold, foldedLooksPersonal, UNMATCHED_QUERY_MAX } from '../core/text/index.js';
import { unknownInquiryFields, validateInquiry } from '../core/inquiry/index.js';
import { HttpError, send } from './http.js';
import { RateLimiter, clientAddress } from './rate-limit.js';
import { routeOf, type RoutingOptions } from './routing.js';
import type { WebhookDelivery } from './webhooks.js';
import { StoreUnavailableError, type Acceptance, type InquiryStore, type StoredInquiry } from './store.js';

/** An Idempotency-Key: 8 to 200 printable ASCII characters, no spaces (a UUID is one). */
const KEY = /^[\x21-\x7e]{8,200}$/;
const KEY_RULE = '8 to 200 printable ASCII characters, no spaces';
/** Seconds a client is asked to wait when the store refuses writes (a full disk, say). */
const STORE_RETRY_AFTER_S = 30;

type Limit = { max: number; windowMs: number };
type Route = (req: IncomingMessage) => Promise<[number, unknown]>;

export interface PublicEndpointsOptions {
  store: InquiryStore;
  warn: (message: string) => void;
  now: () => number;
  /** Reverse proxies trusted in X-Forwarded-For. */
  hops: number;
  inquiriesPath: string;
  analyticsPath: string;
  maxBody: number;
  allowOrigins: readonly string[];
  rateLimit: Limit;
  analyticsRateLimit: Limit;
  routing: RoutingOptions | undefined;
  webhooks: RoutingOptions['webhooks'];
  delivery: WebhookDelivery | undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError(413, { error: 'too-large', limit }, { connection: 'close' }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, { error: 'too-large', limit }, { connection: 'close' }));
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body's JSON. Bytes that are not UTF-8 are refused, never stored as U+FFFD in place of
 * what the person typed: an inquiry's fields holding them are named (`characters`, as for
 * other characters no field takes), anything else is 400.
 */
function parseJson(body: Buffer, nameFields = false): unknown {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    const fields = nameFields ? fieldsNotUtf8(body) : [];
    if (fields.length > 0) throw new HttpError(422, { error: 'invalid', fields: fields.map((field) => ({ field, code: 'characters' })) });
    throw new HttpError(400, { error: 'malformed-json', message: 'the body is not UTF-8' });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, { error: 'malformed-json', message: (error as Error).message });
  }
}

/** The top-level fields of a body that is not UTF-8 whose values hold the bytes at fault. */
function fieldsNotUtf8(body: Buffer): string[] {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value)
      .filter(([key, v]) => !key.includes('\uFFFD') && JSON.stringify(v).includes('\uFFFD'))
      .map(([key]) => key);
  } catch {
    return [];
  }
}

function requireJson(req: IncomingMessage, alsoText: boolean): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || (alsoText && type === 'text/plain')) return;
  throw new HttpError(415, { error: 'unsupported-media-type', expected: 'application/json' });
}

function created(r: Acceptance) {
  return { id: r.id, receivedAt: r.receivedAt };
}

/** The field errors of an inquiry, with a key its variant does not have named as itself rather than as `variant`. */
function fieldErrors(errors: ReadonlyArray<{ field: string; code: string }>, unknown: readonly string[]): Array<{ field: string; code: string }> {
  if (unknown.length === 0) return [...errors];
  return [...errors.filter((e) => e.field !== 'variant'), ...unknown.map((field) => ({ field, code: 'unknown' }))];
}

/** Unmatched titles as the widgets send them: folded (at most `UNMATCHED_QUERY_MAX` characters), never empty or personal-looking. */
function foldedTitles(noMatch: ReadonlyArray<[string, string, number]>): Array<[string, string, number]> {
  return noMatch
    .map(([lang, query, n]): [string, string, number] => [lang, fold(query).slice(0, UNMATCHED_QUERY_MAX), n])
    .filter(([, q]) => q !== '' && !foldedLooksPersonal(q));
}

/** A preflight for what the widgets send; one for the admin side (GET, DELETE, a token) is refused. */
function publicPreflight(req: IncomingMessage): boolean {
  const method = req.headers['access-control-request-method'];
  const asked = (req.headers['access-control-request-headers'] ?? '')
    .toLowerCase()
    .split(',')
    .map((h) => h.trim());
  return (method === undefined || method === 'POST') && !asked.includes('authorization');
}

export class PublicEndpoints {
  private readonly allowed: Set<string>;
  private readonly limiter: RateLimiter;
  private readonly analyticsLimiter: RateLimiter;
  /** Idempotency keys of inquiries being stored. */
  private readonly inFlight = new Set<string>();
  /** The store refused the last write. */
  private storeFailing = false;

  constructor(private readonly opts: PublicEndpointsOptions) {
    this.allowed = new Set(opts.allowOrigins);
    this.limiter = new RateLimiter(opts.rateLimit, opts.now);
    this.analyticsLimiter = new RateLimiter(opts.analyticsRateLimit, opts.now);
  }

  /**
   * Answers `req`, unless `before` (the admin side) already did. Errors become their
   * status; anything unexpected is logged and answered 500.
   */
  async handle(req: IncomingMessage, res: ServerResponse, before: (url: URL) => Promise<boolean>): Promise<void> {
    let headers: Record<string, string> = {};
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (await before(url)) return;
      const route = this.routeFor(url.pathname);
      if (!route) throw new HttpError(404, { error: 'not-found' });
      if (req.method === 'OPTIONS' && !publicPreflight(req)) throw new HttpError(403, { error: 'preflight-refused' });
      headers = this.cors(req.headers.origin);
      if (req.method === 'OPTIONS') {
        send(res, 204, null, {
          ...headers,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'Content-Type, Idempotency-Key',
          'access-control-max-age': '600',
        });
        return;
      }
      if (req.method !== 'POST') throw new HttpError(405, { error: 'method-not-allowed' }, { allow: 'POST, OPTIONS' });
      this.throttle(req, route === this.postInquiry ? this.limiter : this.analyticsLimiter);
      const [status, body] = await route(req);
      send(res, status, body, headers);
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, error.status, error.body, { ...headers, ...error.headers });
      } else {
        this.opts.warn(`inquiry endpoint: ${(error as Error).stack ?? String(error)}`);
        send(res, 500, { error: 'server-error' }, headers);
      }
      // An unread request body would otherwise keep the socket busy.
      if (!req.complete) req.resume();
    }
  }

  private routeFor(pathname: string): Route | null {
    if (pathname === this.opts.inquiriesPath) return this.postInquiry;
    return pathname === this.opts.analyticsPath ? this.postAnalytics : null;
  }

  private throttle(req: IncomingMessage, limiter: RateLimiter): void {
    const wait = limiter.take(clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, this.opts.hops));
    if (wait > 0) throw new HttpError(429, { error: 'rate-limited' }, { 'retry-after': String(Math.ceil(wait / 1000)) });
  }

  private cors(origin: string | undefined): Record<string, string> {
    if (origin === undefined) return {};
    if (!this.allowed.has(origin)) throw new HttpError(403, { error: 'origin-not-allowed' });
    return {
      'access-control-allow-origin': origin,
      'access-control-expose-headers': 'Retry-After',
      vary: 'Origin',
    };
  }

  /**
   * Run a store operation; a refusal becomes 503 with Retry-After, said once per spell in the
   * log. Only a write that succeeds ends the spell: a lookup answered from memory while the
   * disk is full says nothing of writes (it had logged "succeed again" before every refusal).
   */
  private async storing<T>(operation: () => Promise<T>, kind: 'write' | 'read' = 'write'): Promise<T> {
    try {
      const result = await operation();
      if (kind === 'write' && this.storeFailing) {
        this.opts.warn('inquiry store: writes succeed again');
        this.storeFailing = false;
      }
      return result;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      if (!this.storeFailing) this.opts.warn(`inquiry store: refusing writes with 503 until storage recovers (${error.message})`);
      this.storeFailing = true;
      throw new HttpError(503, { error: 'storage-unavailable' }, { 'retry-after': String(STORE_RETRY_AFTER_S) });
    }
  }

  private readonly postInquiry: Route = async (req) => {
    const { store } = this.opts;
    requireJson(req, false);
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') throw new HttpError(400, { error: 'idempotency-key-required', rule: KEY_RULE });
    if (!KEY.test(key)) throw new HttpError(400, { error: 'idempotency-key-invalid', rule: KEY_RULE });
    const raw = await readBody(req, this.opts.maxBody);
    const hash = createHash('sha256').update(raw).digest('hex');
    const earlier = await this.storing(() => store.lookup(key), 'read');
    if (earlier) {
      if (earlier.bodySha256 !== hash) throw new HttpError(422, { error: 'idempotency-key-reused' });
      return [201, created(earlier)];
    }
    if (this.inFlight.has(key)) throw new HttpError(409, { error: 'in-progress' }, { 'retry-after': '1' });
    const payload = parseJson(raw, true);
    const result = validateInquiry(payload);
    if (!result.ok) throw new HttpError(422, { error: 'invalid', fields: fieldErrors(result.errors, unknownInquiryFields(payload)) });
    this.inFlight.add(key);
    try {
      const record = this.record(key, hash, result.value);
      const accepted = await this.storing(() => store.insert(record));
      if (accepted.id === record.id && record.deliverTo) this.opts.delivery?.kick();
      // Another server instance stored this key first: a replay of it, if the body is the same.
      if (accepted.bodySha256 !== hash) throw new HttpError(422, { error: 'idempotency-key-reused' });
      return [201, created(accepted)];
    } finally {
      this.inFlight.delete(key);
    }
  };

  /** The inquiry as stored: routed to the institutions offering its programs, and owed to their webhooks. */
  private record(key: string, hash: string, inquiry: StoredInquiry['inquiry']): StoredInquiry {
    const record: StoredInquiry = { id: randomUUID(), key, bodySha256: hash, receivedAt: new Date(this.opts.now()).toISOString(), inquiry };
    const { routing, webhooks } = this.opts;
    if (routing) {
      Object.assign(record, routeOf(inquiry.programIds, routing.providers));
      const owed = record.routedTo!.filter((provider) => webhooks?.has(provider));
      if (owed.length > 0) record.deliverTo = owed;
    }
    return record;
  }

  private readonly postAnalytics: Route = async (req) => {
    requireJson(req, true);
    // Marks travel in a batch of their own (`mc-feedback/1`): a server that does not know them refuses only them.
    const batch = v.safeParse(PostedBatchSchema, parseJson(await readBody(req, this.opts.maxBody)));
    if (!batch.success) throw new HttpError(422, { error: 'invalid', field: v.getDotPath(batch.issues[0]) ?? 'format' });
    const out = batch.output;
    // Folded and checked again here: a page running another build of the widgets, or no widget, may do neither.
    const kept = out.format === FEEDBACK_FORMAT ? { ...out } : { ...out, noMatch: foldedTitles(out.noMatch) };
    if (kept.format !== ANALYTICS_FORMAT_1 && kept.page !== null) kept.page = this.pageOf(kept.page, req.headers.origin);
    await this.storing(() => this.opts.store.addAnalytics({ receivedAt: new Date(this.opts.now()).toISOString(), batch: kept }));
    return [204, null];
  };

  /**
   * The page a batch names, cut to origin and path again, and only for the origin that sent
   * it. The widget names its page: a Referer would not do, as browsers send cross-origin
   * requests only the origin of the page (strict-origin-when-cross-origin), and pages may send none.
   */
  private pageOf(named: string, origin: string | undefined): string {
    const page = hostPage(named);
    if (page === null) throw new HttpError(422, { error: 'invalid', field: 'page' });
    if (origin !== undefined && origin !== 'null' && new URL(page).origin !== origin) {
      throw new HttpError(422, { error: 'invalid', field: 'page', reason: 'not the origin of the request' });
    }
    return page;
  }
}
