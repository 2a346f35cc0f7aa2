/**
 * The reference inquiry endpoint as a plain node:http request handler, for embedding in
 * any Node server. Inquiries are safe in the store (on disk and fsync'd, for the embedded
 * one) before 201 is answered, and 503 with Retry-After is answered when the store cannot
 * take them; a repeated Idempotency-Key answers what the first request got.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { ANALYTICS_FORMAT, AnalyticsBatchSchema, hostPage } from '../core/analytics/index.js';
import { foldedLooksPersonal } from '../core/text/index.js';
import { validateInquiry } from '../core/inquiry/index.js';
import { createAdminRoutes } from './admin-handler.js';
import { createAdminPage } from './admin-page.js';
import { EmbeddedStore } from './embedded-store.js';
import type { LogFs } from './jsonl-log.js';
import { HttpError, send } from './http.js';
import { RateLimiter, clientAddress } from './rate-limit.js';
import { routeOf, type RoutingOptions } from './routing.js';
import { WebhookDelivery, type DeliveryOptions } from './webhooks.js';
import { StoreUnavailableError, type Acceptance, type InquiryStore, type StoredInquiry } from './store.js';

export type { StoredInquiry } from './store.js';

export interface InquiryHandlerOptions {
  /** Folder of `inquiries.jsonl` and `analytics.jsonl` (the embedded store); created when missing. */
  dataDir: string;
  /** Another store than the embedded one in `dataDir`; the handler closes it. */
  store?: InquiryStore;
  /** PostgreSQL instead of the embedded store (`postgres://user:password@host:port/db`); `dataDir` is then unused. */
  databaseUrl?: string;
  /** Inquiries older than this many days are deleted (from disk, or from the database); default 180. */
  retentionDays?: number;
  /** Embedded store: the filesystem layer its writes go through (a failing one in tests). */
  fs?: LogFs;
  /** Origins allowed to call from a browser (exact `scheme://host[:port]`). */
  allowOrigins: readonly string[];
  /**
   * Bearer token of the admin side (list, CSV export and deletion of inquiries under the
   * inquiry path, and the outcomes report at `/api/outcomes`); without it that side answers 404.
   */
  adminToken?: string;
  /**
   * Route each inquiry to the institutions offering its programs (`routing.ts`): their own
   * admin tokens, and their webhooks.
   */
  routing?: RoutingOptions;
  /** Webhook retry timing (tests); defaults in `webhooks.ts`. */
  webhookTiming?: Pick<DeliveryOptions, 'initialBackoffMs' | 'maxBackoffMs' | 'pollMs' | 'timeoutMs'>;
  /** The inbox page's built script (default: `dist/admin/inbox.js`); the page at `/admin/` is on with `adminToken`. */
  adminScriptFile?: string;
  /** Admin requests per client IP per window, whatever their token; default 120 per 60 s. */
  adminRateLimit?: { max: number; windowMs: number };
  /** Path of the inquiry endpoint; default `/api/inquiries`. */
  inquiriesPath?: string;
  /** Path of the analytics endpoint; default `/api/analytics`. */
  analyticsPath?: string;
  /** Largest accepted body in bytes; default 16 KiB. */
  maxBodyBytes?: number;
  /** Inquiry requests per client IP per window; default 20 per 60 s. */
  rateLimit?: { max: number; windowMs: number };
  /** Analytics requests per client IP per window; default 60 per 60 s. */
  analyticsRateLimit?: { max: number; windowMs: number };
  /**
   * Reverse proxies in front of the server that append to X-Forwarded-For; the client IP
   * for rate limiting is the entry this many from the right. Default 0: the connection's
   * address, and the header is ignored (clients could otherwise pick their own bucket).
   */
  trustProxyHops?: number;
  /** Same as `trustProxyHops: 1` (kept for existing setups). */
  trustProxy?: boolean;
  /** Where warnings go (damaged log lines, retention, storage refusing writes); default console.warn. */
  warn?: (message: string) => void;
  /** Clock, for tests. */
  now?: () => number;
}

export interface InquiryHandler {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** True when this handler answers `pathname`. */
  handles(pathname: string): boolean;
  /** Where inquiries are kept. */
  readonly store: InquiryStore;
  /** Flush and close the store. */
  close(): Promise<void>;
}

const KEY = /^[\x21-\x7e]{8,200}$/;
/** Seconds a client is asked to wait when the store refuses writes (a full disk, say). */
const STORE_RETRY_AFTER_S = 30;

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

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, { error: 'malformed-json', message: (error as Error).message });
  }
}

/** Build the handler: opens the store first, so replayed keys are known at once. */
export async function createInquiryHandler(opts: InquiryHandlerOptions): Promise<InquiryHandler> {
  const inquiriesPath = opts.inquiriesPath ?? '/api/inquiries';
  const analyticsPath = opts.analyticsPath ?? '/api/analytics';
  const maxBody = opts.maxBodyBytes ?? 16 * 1024;
  const now = opts.now ?? Date.now;
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const allowed = new Set(opts.allowOrigins);
  const hops = opts.trustProxyHops ?? (opts.trustProxy ? 1 : 0);
  const limiter = new RateLimiter(opts.rateLimit ?? { max: 20, windowMs: 60_000 }, now);
  const analyticsLimiter = new RateLimiter(opts.analyticsRateLimit ?? { max: 60, windowMs: 60_000 }, now);

  const store =
    opts.store ??
    (opts.databaseUrl
      ? // Loaded only when asked for, so the embedded store never needs the pg package.
        await (await import('./pg-store.js')).PgStore.open({ connectionString: opts.databaseUrl, retentionDays: opts.retentionDays, warn, now })
      : await EmbeddedStore.open({ dataDir: opts.dataDir, retentionDays: opts.retentionDays, fs: opts.fs, warn, now }));
  const adminLimiter = new RateLimiter(opts.adminRateLimit ?? { max: 120, windowMs: 60_000 }, now);
  const routing = opts.routing;
  const webhooks = routing?.webhooks && routing.webhooks.size > 0 ? routing.webhooks : undefined;
  const delivery = webhooks ? new WebhookDelivery({ store, webhooks, warn, ...opts.webhookTiming }) : undefined;
  delivery?.start();
  const admin = createAdminRoutes({
    store,
    token: opts.adminToken,
    institutionTokens: routing?.tokens,
    providers: routing?.providers,
    inquiriesPath,
    throttle: (req) => {
      const wait = adminLimiter.take(clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, hops));
      if (wait > 0) throw new HttpError(429, { error: 'rate-limited' }, { 'retry-after': String(Math.ceil(wait / 1000)) });
    },
  });
  const adminPage = createAdminPage({
    enabled: opts.adminToken !== undefined || (routing?.tokens?.size ?? 0) > 0,
    inquiriesPath,
    outcomesPath: '/api/outcomes',
    scriptFile: opts.adminScriptFile,
    warn,
  });
  const inFlight = new Set<string>();
  let storeFailing = false;

  /** Run a store write; a refusal becomes 503 with Retry-After, said once per spell in the log. */
  async function storing<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      if (storeFailing) warn('inquiry store: writes succeed again');
      storeFailing = false;
      return result;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      if (!storeFailing) warn(`inquiry store: refusing writes with 503 until storage recovers (${error.message})`);
      storeFailing = true;
      throw new HttpError(503, { error: 'storage-unavailable' }, { 'retry-after': String(STORE_RETRY_AFTER_S) });
    }
  }

  function cors(origin: string | undefined): Record<string, string> {
    if (origin === undefined) return {};
    if (!allowed.has(origin)) throw new HttpError(403, { error: 'origin-not-allowed' });
    return {
      'access-control-allow-origin': origin,
      'access-control-expose-headers': 'Retry-After',
      vary: 'Origin',
    };
  }

  function requireJson(req: IncomingMessage, alsoText: boolean) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/json' || (alsoText && type === 'text/plain')) return;
    throw new HttpError(415, { error: 'unsupported-media-type', expected: 'application/json' });
  }

  function created(r: Acceptance) {
    return { id: r.id, receivedAt: r.receivedAt };
  }

  async function postInquiry(req: IncomingMessage): Promise<[number, unknown]> {
    requireJson(req, false);
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new HttpError(400, { error: 'idempotency-key-required' });
    }
    const raw = await readBody(req, maxBody);
    const hash = createHash('sha256').update(raw).digest('hex');
    const earlier = await storing(() => store.lookup(key));
    if (earlier) {
      if (earlier.bodySha256 !== hash) throw new HttpError(422, { error: 'idempotency-key-reused' });
      return [201, created(earlier)];
    }
    if (inFlight.has(key)) throw new HttpError(409, { error: 'in-progress' }, { 'retry-after': '1' });
    const result = validateInquiry(parseJson(raw));
    if (!result.ok) throw new HttpError(422, { error: 'invalid', fields: result.errors });
    inFlight.add(key);
    try {
      const record: StoredInquiry = {
        id: randomUUID(),
        key,
        bodySha256: hash,
        receivedAt: new Date(now()).toISOString(),
        inquiry: result.value,
      };
      if (routing) {
        Object.assign(record, routeOf(result.value.programIds, routing.providers));
        const owed = record.routedTo!.filter((provider) => webhooks?.has(provider));
        if (owed.length > 0) record.deliverTo = owed;
      }
      const accepted = await storing(() => store.insert(record));
      if (accepted.id === record.id && record.deliverTo) delivery?.kick();
      // Another server instance stored this key first: a replay of it, if the body is the same.
      if (accepted.bodySha256 !== hash) throw new HttpError(422, { error: 'idempotency-key-reused' });
      return [201, created(accepted)];
    } finally {
      inFlight.delete(key);
    }
  }

  async function postAnalytics(req: IncomingMessage): Promise<[number, unknown]> {
    requireJson(req, true);
    const batch = v.safeParse(AnalyticsBatchSchema, parseJson(await readBody(req, maxBody)));
    if (!batch.success) throw new HttpError(422, { error: 'invalid', field: v.getDotPath(batch.issues[0]) ?? 'format' });
    // Checked again here: a page running another build of the widgets may not filter.
    const kept = { ...batch.output, noMatch: batch.output.noMatch.filter(([, query]) => !foldedLooksPersonal(query)) };
    if (kept.format === ANALYTICS_FORMAT && kept.page !== null) {
      // The widget names its page: a Referer would not do, as browsers send cross-origin
      // requests only the origin of the page (strict-origin-when-cross-origin), and pages
      // may send none. Cut to origin and path again, and only for the origin that sent it.
      const page = hostPage(kept.page);
      const origin = req.headers.origin;
      if (page === null) throw new HttpError(422, { error: 'invalid', field: 'page' });
      if (origin !== undefined && origin !== 'null' && new URL(page).origin !== origin) {
        throw new HttpError(422, { error: 'invalid', field: 'page', reason: 'not the origin of the request' });
      }
      kept.page = page;
    }
    await storing(() => store.addAnalytics({ receivedAt: new Date(now()).toISOString(), batch: kept }));
    return [204, null];
  }

  /** A preflight for what the widgets send; one for the admin side (GET, DELETE, a token) is refused. */
  function publicPreflight(req: IncomingMessage): boolean {
    const method = req.headers['access-control-request-method'];
    const asked = (req.headers['access-control-request-headers'] ?? '').toLowerCase().split(',').map((h) => h.trim());
    return (method === undefined || method === 'POST') && !asked.includes('authorization');
  }

  const handler = (async (req, res) => {
    let headers: Record<string, string> = {};
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (await adminPage(req, res, url)) return;
      if (await admin(req, res, url)) return;
      const route = url.pathname === inquiriesPath ? postInquiry : url.pathname === analyticsPath ? postAnalytics : null;
      if (!route) throw new HttpError(404, { error: 'not-found' });
      const origin = req.headers.origin;
      if (req.method === 'OPTIONS' && !publicPreflight(req)) throw new HttpError(403, { error: 'preflight-refused' });
      headers = cors(origin);
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
      const ip = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, hops);
      const wait = (route === postInquiry ? limiter : analyticsLimiter).take(ip);
      if (wait > 0) {
        throw new HttpError(429, { error: 'rate-limited' }, { 'retry-after': String(Math.ceil(wait / 1000)) });
      }
      const [status, body] = await route(req);
      send(res, status, body, headers);
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, error.status, error.body, { ...headers, ...error.headers });
      } else {
        warn(`inquiry endpoint: ${(error as Error).stack ?? String(error)}`);
        send(res, 500, { error: 'server-error' }, headers);
      }
      // An unread request body would otherwise keep the socket busy.
      if (!req.complete) req.resume();
    }
  }) as InquiryHandler;
  handler.handles = (pathname) => pathname === inquiriesPath || pathname === analyticsPath || admin.only(pathname) || adminPage.handles(pathname);
  Object.defineProperty(handler, 'store', { value: store });
  handler.close = async () => {
    await delivery?.close();
    await store.close();
  };
  return handler;
}
