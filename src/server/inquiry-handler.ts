/**
 * The reference inquiry endpoint as a plain node:http request handler, for embedding in
 * any Node server. Inquiries are safe in the store (on disk and fsync'd, for the embedded
 * one) before 201 is answered, and 503 with Retry-After is answered when the store cannot
 * take them; a repeated Idempotency-Key answers what the first request got.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAdminRoutes } from './admin-handler.js';
import { loadServedIndex } from './admin-index.js';
import { createAdminPage } from './admin-page.js';
import { EmbeddedStore } from './embedded-store.js';
import type { LogFs } from './jsonl-log.js';
import { HttpError } from './http.js';
import { normalizeOrigin } from './option-values.js';
import { PublicEndpoints } from './public-endpoints.js';
import { RateLimiter, clientAddress } from './rate-limit.js';
import type { RoutingOptions } from './routing.js';
import { WebhookDelivery, type DeliveryOptions } from './webhooks.js';
import type { InquiryStore } from './store.js';

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
  /**
   * Embedded store: told once if another server replaced the data folder's lock (writes are
   * then refused with 503); default: a warning. The program exits.
   */
  onLockLost?: (message: string) => void;
  /**
   * Origins allowed to call from a browser, `scheme://host[:port]` (a trailing slash is dropped
   * and the host lower-cased, as browsers send `Origin`); anything else throws before the store opens.
   */
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
  /**
   * The index the widgets use (`--index DIR`): with the admin page on, its files are served
   * read-only under `/admin/index/`, and the page shows program and occupation titles from it.
   * Read once, here; an index that cannot be read or does not match its `index.json` throws.
   */
  indexDir?: string;
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

/** Build the handler: opens the store first, so replayed keys are known at once. */
export async function createInquiryHandler(opts: InquiryHandlerOptions): Promise<InquiryHandler> {
  const allowOrigins = opts.allowOrigins.map((origin) => normalizeOrigin('allowOrigins', origin));
  const inquiriesPath = opts.inquiriesPath ?? '/api/inquiries';
  const analyticsPath = opts.analyticsPath ?? '/api/analytics';
  const now = opts.now ?? Date.now;
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const hops = opts.trustProxyHops ?? (opts.trustProxy ? 1 : 0);
  const adminOn = opts.adminToken !== undefined || (opts.routing?.tokens?.size ?? 0) > 0;
  // Before the store opens: a bad index then leaves no lock behind.
  const index = adminOn && opts.indexDir !== undefined ? await loadServedIndex(opts.indexDir) : undefined;
  const store = await openStore(opts, warn, now);
  const routing = opts.routing;
  const webhooks = routing?.webhooks && routing.webhooks.size > 0 ? routing.webhooks : undefined;
  const delivery = webhooks ? new WebhookDelivery({ store, webhooks, warn, ...opts.webhookTiming }) : undefined;
  delivery?.start();
  const adminLimiter = new RateLimiter(opts.adminRateLimit ?? { max: 120, windowMs: 60_000 }, now);
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
    enabled: adminOn,
    inquiriesPath,
    outcomesPath: '/api/outcomes',
    scriptFile: opts.adminScriptFile,
    index,
    warn,
  });
  const endpoints = new PublicEndpoints({
    store,
    warn,
    now,
    hops,
    inquiriesPath,
    analyticsPath,
    maxBody: opts.maxBodyBytes ?? 16 * 1024,
    allowOrigins,
    rateLimit: opts.rateLimit ?? { max: 20, windowMs: 60_000 },
    analyticsRateLimit: opts.analyticsRateLimit ?? { max: 60, windowMs: 60_000 },
    routing,
    webhooks,
    delivery,
  });
  const handler = ((req, res) => endpoints.handle(req, res, async (url) => (await adminPage(req, res, url)) || (await admin(req, res, url)))) as InquiryHandler;
  handler.handles = (pathname) => pathname === inquiriesPath || pathname === analyticsPath || admin.only(pathname) || adminPage.handles(pathname);
  Object.defineProperty(handler, 'store', { value: store });
  handler.close = async () => {
    await delivery?.close();
    await store.close();
  };
  return handler;
}

/** The store asked for: the one given, PostgreSQL, or the embedded one in `dataDir`. */
async function openStore(opts: InquiryHandlerOptions, warn: (message: string) => void, now: () => number): Promise<InquiryStore> {
  if (opts.store) return opts.store;
  if (opts.databaseUrl) {
    // Loaded only when asked for, so the embedded store never needs the pg package.
    const { PgStore } = await import('./pg-store.js');
    return PgStore.open({ connectionString: opts.databaseUrl, retentionDays: opts.retentionDays, warn, now });
  }
  return EmbeddedStore.open({ dataDir: opts.dataDir, retentionDays: opts.retentionDays, fs: opts.fs, warn, now, lock: { onLost: opts.onLockLost } });
}
