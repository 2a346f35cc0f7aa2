/**
 * The institution's page at `/admin/`: an HTML page holding `<mc-admin-inbox>`, its
 * script (one bundle, `dist/admin/inbox.js`, built by `npm run build`) and a small
 * stylesheet, all from this server's own origin.
 *
 * - Off (404, like the admin API) when the server has no admin token.
 * - A strict Content Security Policy on the HTML: scripts and styles from this origin only,
 *   no inline script, requests to this origin only, Trusted Types, and never in a frame
 *   (`frame-ancestors 'none'`, so no other site can overlay it to trick a click on Delete).
 * - No CORS headers: the page and its script are for this origin.
 * - Revalidated on every load (`no-cache` with an ETag): after an upgrade, the page and its
 *   script never come from two versions.
 *
 * The page is laid out as sections under one heading: the inbox, then the outcomes report,
 * which gets the token once the inbox has signed in (`mc-sign-in`) and forgets it with the
 * inbox (`mc-sign-out`). Given the index (`--index`), the server serves it under
 * `/admin/index/` (admin-index.ts) and both show titles from it; without one, ids and codes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { FILE_NAMES, type Lang } from '../core/index-format/index.js';
import { serveIndexFile, type ServedIndex } from './admin-index.js';
import { HttpError } from './http.js';
import { adminMessages } from '../i18n/admin.js';

export const ADMIN_PAGE_PATH = '/admin/';
/** Where the index's files are served, when the server has one; the page's elements read `index.json` there. */
export const ADMIN_INDEX_PATH = `${ADMIN_PAGE_PATH}index/`;

/** Sent with the page. Lit creates one Trusted Types policy, `lit-html`, and the page needs no other. */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Where `npm run build` writes the page's script: next to the compiled server, or, from src/ (tsx), in dist/. */
export function defaultAdminScript(): string {
  const candidates = ['../admin/inbox.js', '../../dist/admin/inbox.js'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

/** `en` or `fr`, whichever Accept-Language ranks higher (English when it names neither). */
export function pickLang(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } = { lang: 'en', q: 0 };
  for (const part of (header ?? '').split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const lang = /^fr\b/.test(range ?? '') ? 'fr' : /^en\b/.test(range ?? '') ? 'en' : null;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page in `lang`; `endpoint` is the inquiry path the inbox calls, `outcomes` the path
 * of the outcomes report, `index` the URL of the index's `index.json` (null: no titles).
 */
export function adminPageHtml(lang: Lang, endpoint: string, outcomes: string, index: string | null = null): string {
  const t = adminMessages(lang).adminPage;
  const e = escapeHtml;
  const src = index === null ? '' : ` src="${e(index)}"`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title data-text="title">${e(t.title)}</title>
<link rel="stylesheet" href="admin.css">
<script type="module" src="inbox.js"></script>
</head>
<body>
<header class="top">
  <p class="brand">microcred-widgets</p>
  <button type="button" id="lang-toggle" lang="${t.switchLang}" data-text="switchTo">${e(t.switchTo)}</button>
</header>
<main>
  <h1 data-text="heading">${e(t.heading)}</h1>
  <p data-text="intro">${e(t.intro)}</p>
  <section class="panel" id="inbox">
    <mc-admin-inbox endpoint="${e(endpoint)}"${src} heading-level="2"></mc-admin-inbox>
  </section>
  <section class="panel" id="outcomes">
    <mc-outcomes-report endpoint="${e(outcomes)}"${src} heading-level="2"></mc-outcomes-report>
  </section>
</main>
</body>
</html>
`;
}

/** The page's own few rules; the inbox styles itself inside its shadow root. */
export const ADMIN_CSS = `*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #f9fafb; }
.top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.5rem 1.5rem; background: #1e3a8a; color: #fff; }
.brand { margin: 0; font-weight: 600; }
#lang-toggle { font: inherit; min-height: 2.25rem; padding: 0.25rem 0.75rem; border: 1px solid #fff; border-radius: 0.375rem; background: transparent; color: #fff; cursor: pointer; }
#lang-toggle:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem; display: grid; gap: 1rem; }
h1 { margin: 0; font-size: 1.75rem; line-height: 1.2; }
main > p { margin: 0; }
.panel { padding: 1.25rem; border: 1px solid #d1d5db; border-radius: 0.5rem; background: #fff; }
@media (max-width: 30rem) { .top, main { padding-inline: 0.75rem; } .panel { padding: 0.75rem; } }
`;

const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function answer(req: IncomingMessage, res: ServerResponse, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ...PAGE_HEADERS, 'content-type': type, 'cache-control': 'no-cache', etag, vary: 'Accept-Language', ...extra };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers the page's paths (true) or not (false). `enabled` is whether the admin side is
 * on; `scriptFile` the built bundle (default: `defaultAdminScript()`); `index` the index
 * served under `ADMIN_INDEX_PATH`, for titles.
 */
export function createAdminPage(opts: {
  enabled: boolean;
  inquiriesPath: string;
  outcomesPath: string;
  scriptFile?: string;
  index?: ServedIndex;
  warn: (message: string) => void;
}): { (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>; handles(pathname: string): boolean } {
  const scriptFile = opts.scriptFile ?? defaultAdminScript();
  let warned = false;
  const handles = (pathname: string) => opts.enabled && (pathname === '/admin' || pathname.startsWith(ADMIN_PAGE_PATH));
  const page = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const { pathname } = url;
    if (!handles(pathname)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, { error: 'method-not-allowed' }, { allow: 'GET, HEAD' });
    }
    if (pathname === '/admin') {
      res.writeHead(308, { location: ADMIN_PAGE_PATH, 'cache-control': 'no-cache', ...PAGE_HEADERS });
      res.end();
    } else if (pathname === ADMIN_PAGE_PATH) {
      const lang = pickLang(req.headers['accept-language']);
      const index = opts.index ? `${ADMIN_INDEX_PATH}${FILE_NAMES.manifest}` : null;
      answer(req, res, 'text/html; charset=utf-8', adminPageHtml(lang, opts.inquiriesPath, opts.outcomesPath, index), {
        'content-security-policy': ADMIN_CSP,
        'content-language': lang,
      });
    } else if (pathname === `${ADMIN_PAGE_PATH}admin.css`) {
      answer(req, res, 'text/css; charset=utf-8', ADMIN_CSS);
    } else if (pathname === `${ADMIN_PAGE_PATH}inbox.js`) {
      let script: Buffer;
      try {
        script = await readFile(scriptFile);
      } catch {
        if (!warned) opts.warn(`admin page: ${scriptFile} is missing; run \`npm run build\``);
        warned = true;
        throw new HttpError(503, { error: 'admin-page-not-built' });
      }
      answer(req, res, 'text/javascript; charset=utf-8', script);
    } else if (opts.index && pathname.startsWith(ADMIN_INDEX_PATH)) {
      // The same policy as the page: a file opened on its own runs nothing.
      await serveIndexFile(req, res, opts.index, pathname.slice(ADMIN_INDEX_PATH.length), { ...PAGE_HEADERS, 'content-security-policy': ADMIN_CSP });
    } else {
      throw new HttpError(404, { error: 'not-found' });
    }
    return true;
  };
  return Object.assign(page, { handles });
}
