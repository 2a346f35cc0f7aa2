/**
 * The institution's side of the server: read, export and delete inquiries, and read the
 * outcomes report (`outcomes.ts`).
 *
 * - Only with a bearer token in `Authorization` (compared in constant time); a token
 *   anywhere else, a query string included, is never read: URLs end up in proxy and
 *   browser histories.
 * - Never cross-origin: these paths send no CORS headers and answer no preflight, so a
 *   page on another origin can neither read an answer nor send the token.
 * - Off (404) when the server was given no token.
 * - Tokens: the operator's sees every inquiry and the whole report; an institution's
 *   (`routing.ts`) sees only the inquiries routed to it and the opens of its own programs,
 *   and its DELETE removes an inquiry from its inbox only (from storage once no institution
 *   still has it: `InquiryStore.withdraw`). A presented token is compared with every token,
 *   in constant time, whichever matches.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import type { Inquiry } from '../core/inquiry/index.js';
import { HttpError, send } from './http.js';
import { answerOutcomes } from './outcomes.js';
import { StoreUnavailableError, foldEmail, type InquiryPosition, type InquiryStore, type ListedInquiry } from './store.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
/** Shortest token accepted: a guessable one would open every inquiry. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The token's digest, so that comparing takes as long whatever the lengths. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Refuse a token too short to be secret. */
export function checkAdminToken(token: string): string {
  if (token.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new Error(`admin token: expected at least ${MIN_ADMIN_TOKEN_LENGTH} characters and no spaces`);
  }
  return token;
}

/** The opaque cursor of the page after `last`. */
export function encodeCursor(last: InquiryPosition): string {
  return Buffer.from(JSON.stringify([last.receivedAt, last.id])).toString('base64url');
}

export function decodeCursor(cursor: string): InquiryPosition {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof receivedAt === 'string' && Number.isFinite(Date.parse(receivedAt)) && typeof id === 'string' && UUID.test(id)) {
      return { receivedAt: new Date(receivedAt).toISOString(), id: id.toLowerCase() };
    }
  } catch {
    // answered below
  }
  throw new HttpError(400, { error: 'invalid-cursor' });
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id',
  'receivedAt',
  'variant',
  'name',
  'organization',
  'contactName',
  'email',
  'phone',
  'employees',
  'message',
  'programIds',
  'occupation',
  'lang',
  'routedTo',
  'unknownProgramIds',
] as const;

function csvRow(item: ListedInquiry): string[] {
  const q = item.inquiry as Partial<Record<string, unknown>> & Inquiry;
  return CSV_COLUMNS.map((column) => {
    if (column === 'id') return item.id;
    if (column === 'receivedAt') return item.receivedAt;
    // Institution names are joined with " | ": they hold spaces.
    if (column === 'routedTo') return (item.routedTo ?? []).join(' | ');
    if (column === 'unknownProgramIds') return (item.unknownProgramIds ?? []).join(' ');
    const value = q[column];
    if (Array.isArray(value)) return value.join(' ');
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) are
 * prefixed with `'`: an inquiry's message is text anyone can type.
 */
export function inquiriesCsv(items: readonly ListedInquiry[], header: boolean): string {
  return stringify(items.map(csvRow), {
    header,
    columns: header ? [...CSV_COLUMNS] : undefined,
    escape_formulas: true,
    record_delimiter: 'windows',
    // A lone CR or LF ends a row for some readers unless the cell is quoted.
    quoted_match: /[\r\n]/,
  });
}

export interface AdminRoutes {
  /** Answer `req` when it is for an admin path; false when it is not. */
  (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** True when `pathname` is only an admin path (not shared with the public endpoint). */
  only(pathname: string): boolean;
}

/** Who a token is: the operator (every inquiry) or one institution. */
export type Principal = { operator: true } | { operator: false; provider: string };

/** The options of `createAdminRoutes`. */
export interface AdminRoutesOptions {
  store: InquiryStore;
  /** The operator's token: everything. */
  token?: string;
  /** Provider -> that institution's token (`parseAdminTokens`); needs `providers`. */
  institutionTokens?: ReadonlyMap<string, string>;
  /** Program id -> provider, for an institution's share of the outcomes report. */
  providers?: ReadonlyMap<string, string>;
  inquiriesPath: string;
  /** Path of the outcomes report (JSON; `.csv` added for the CSV); default `/api/outcomes`. */
  outcomesPath?: string;
  /** Called before the token is checked; throws (429) to slow down guessing. */
  throttle?: (req: IncomingMessage) => void;
}

/** Every token's digest and whom it stands for. */
function principalsOf(opts: AdminRoutesOptions): Array<[Buffer, Principal]> {
  const principals: Array<[Buffer, Principal]> = [];
  if (opts.token !== undefined) principals.push([digest(checkAdminToken(opts.token)), { operator: true }]);
  for (const [provider, token] of opts.institutionTokens ?? []) {
    if (token === opts.token) throw new Error(`admin tokens: "${provider}" has the operator's token`);
    principals.push([digest(checkAdminToken(token)), { operator: false, provider }]);
  }
  return principals;
}

function authorize(principals: ReadonlyArray<[Buffer, Principal]>, req: IncomingMessage): Principal {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(req.headers.authorization ?? '');
  const presented = digest(match?.[1] ?? '');
  // Digests of equal length, and every token compared whatever matched: the time taken
  // says neither whether the token was right nor whose it is.
  let found: Principal | undefined;
  for (const [candidate, principal] of principals) {
    if (timingSafeEqual(presented, candidate) && match) found = principal;
  }
  if (!found) throw new HttpError(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer realm="inquiries"' });
  return found;
}

const providerOf = (who: Principal) => (who.operator ? undefined : who.provider);

/** The header that filters the list by email: in a header, as a query string ends up in proxy logs and histories. */
export const EMAIL_FILTER_HEADER = 'x-microcred-email';

/**
 * The email the list is filtered by (`foldEmail`: A-Z in lower case, matched whole), from its
 * header, trimmed of any white space (a pasted address may bring a no-break space); never read
 * from the URL, and never logged.
 */
function emailFilter(req: IncomingMessage, url: URL): string | undefined {
  if (url.searchParams.has('email')) throw new HttpError(400, { error: 'email-in-url', header: 'X-Microcred-Email' });
  const value = req.headers[EMAIL_FILTER_HEADER];
  if (value === undefined) return undefined;
  const email = typeof value === 'string' ? foldEmail(value.trim()) : '';
  if (email === '' || email.length > 254) throw new HttpError(400, { error: 'invalid-email-filter' });
  return email;
}

async function list(store: InquiryStore, url: URL, res: ServerResponse, who: Principal, req: IncomingMessage): Promise<void> {
  const limitText = url.searchParams.get('limit') ?? String(DEFAULT_PAGE_SIZE);
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new HttpError(400, { error: 'invalid-limit', max: MAX_PAGE_SIZE });
  }
  const cursor = url.searchParams.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor);
  const page = await store.list(limit + 1, after, providerOf(who), emailFilter(req, url));
  const items = page.slice(0, limit);
  const next = page.length > limit ? encodeCursor(items[items.length - 1]!) : null;
  // An institution's page says so: its deletes take an inquiry out of its inbox only.
  send(res, 200, who.operator ? { inquiries: items, next } : { inquiries: items, next, scope: { provider: who.provider } });
}

async function exportCsv(store: InquiryStore, res: ServerResponse, who: Principal): Promise<void> {
  // Read in pages, so the export of a long log is never held whole in memory.
  let after: InquiryPosition | undefined;
  let page = await store.list(500, undefined, providerOf(who));
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="inquiries.csv"',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  // A byte-order mark, so that spreadsheets read the accents of French names as UTF-8.
  res.write(`\uFEFF${inquiriesCsv(page, true)}`);
  try {
    while (page.length === 500) {
      after = page[page.length - 1]!;
      page = await store.list(500, after, providerOf(who));
      res.write(inquiriesCsv(page, false));
    }
  } catch (error) {
    // Too late for a status: cut the response short, so the file is not taken for complete.
    res.destroy();
    throw error;
  }
  res.end();
}

/** The operator deletes from storage; an institution from its inbox (`InquiryStore.withdraw`). */
async function remove(store: InquiryStore, id: string, res: ServerResponse, who: Principal): Promise<void> {
  if (!UUID.test(id)) throw new HttpError(404, { error: 'not-found' });
  const done = who.operator ? await store.remove(id.toLowerCase()) : await store.withdraw(id.toLowerCase(), who.provider);
  if (!done) throw new HttpError(404, { error: 'not-found' });
  send(res, 204, null);
}

export function createAdminRoutes(opts: AdminRoutesOptions): AdminRoutes {
  const { store, inquiriesPath } = opts;
  const principals = principalsOf(opts);
  const expected = principals.length > 0;
  const programsOf = new Map<string, Set<string>>();
  for (const [programId, provider] of opts.providers ?? []) {
    programsOf.set(provider, (programsOf.get(provider) ?? new Set()).add(programId));
  }
  const csvPath = `${inquiriesPath}.csv`;
  const itemPrefix = `${inquiriesPath}/`;
  const outcomesPath = opts.outcomesPath ?? '/api/outcomes';
  const outcomesCsvPath = `${outcomesPath}.csv`;
  const isOutcomes = (pathname: string) => pathname === outcomesPath || pathname === outcomesCsvPath;

  const routes = (async (req, res, url) => {
    const { pathname } = url;
    const isItem = pathname.startsWith(itemPrefix) && !pathname.slice(itemPrefix.length).includes('/');
    const adminMethod =
      (pathname === inquiriesPath && req.method === 'GET') ||
      (pathname === csvPath && req.method === 'GET') ||
      (isItem && req.method === 'DELETE') ||
      (isOutcomes(pathname) && req.method === 'GET');
    if (!adminMethod) {
      if (!routes.only(pathname)) return false;
      // OPTIONS included: no preflight is ever answered here.
      throw new HttpError(expected ? 405 : 404, { error: expected ? 'method-not-allowed' : 'not-found' });
    }
    if (!expected) throw new HttpError(404, { error: 'not-found' });
    opts.throttle?.(req);
    const who = authorize(principals, req);
    try {
      if (isOutcomes(pathname)) {
        const scope = who.operator ? undefined : { provider: who.provider, programIds: programsOf.get(who.provider) ?? new Set<string>() };
        await answerOutcomes(store, url, res, pathname === outcomesCsvPath, scope);
      } else if (pathname === inquiriesPath) await list(store, url, res, who, req);
      else if (pathname === csvPath) await exportCsv(store, res, who);
      else await remove(store, pathname.slice(itemPrefix.length), res, who);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || res.headersSent) throw error;
      throw new HttpError(503, { error: 'storage-unavailable' }, { 'retry-after': '30' });
    }
    return true;
  }) as AdminRoutes;
  routes.only = (pathname) => pathname === csvPath || pathname.startsWith(itemPrefix) || isOutcomes(pathname);
  return routes;
}
