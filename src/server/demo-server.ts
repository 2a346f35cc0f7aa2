/**
 * The demo server: `node dist/server/demo-server.js` (port 8000 or $PORT, host 127.0.0.1 or
 * $HOST, extra inquiry origins in $MC_ALLOW_ORIGIN). Serves demo/ and
 * dist/ from the repository root, with a strict Content Security Policy on every page, and
 * the reference inquiry and analytics endpoints at /api/inquiries and /api/analytics,
 * stored under ./var/. Nothing else in the repository (sources, .git, var/) is served.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createInquiryHandler, type InquiryHandler } from './inquiry-handler.js';

/**
 * Sent with every HTML page. Lit needs no configuration under it: it creates its own
 * Trusted Types policy named `lit-html`. A page that also restricts policy names with a
 * `trusted-types` directive must list `lit-html` there.
 */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'";

const SERVED_DIRS = ['demo', 'dist'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface DemoServerOptions {
  port: number;
  host?: string;
  /** Repository root; default two folders above this file. */
  root?: string;
  /** Where inquiries and analytics are stored; default `<cwd>/var`. */
  dataDir?: string;
  /** Extra origins allowed to post inquiries, besides the demo server's own. */
  allowOrigins?: readonly string[];
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    res.end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    plain(res, 400, 'Bad request');
    return;
  }
  const segments = pathname.split('/').filter(Boolean);
  if (!SERVED_DIRS.includes(segments[0] ?? '') || segments.some((s) => s.startsWith('.') || s.includes('\\'))) {
    plain(res, 404, 'Not found');
    return;
  }
  let file = normalize(join(root, ...segments));
  if (!file.startsWith(root + sep)) {
    plain(res, 404, 'Not found');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/` });
      res.end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    plain(res, 404, 'Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': type,
    etag,
    'last-modified': info.mtime.toUTCString(),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = DEMO_CSP;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(info.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** Start the demo server; resolves once it listens. */
export async function startDemoServer(
  opts: DemoServerOptions,
): Promise<{ server: Server; handler: InquiryHandler; url: string; close(): Promise<void> }> {
  const root = normalize(opts.root ?? fileURLToPath(new URL('../../', import.meta.url))).replace(/[\\/]$/, '');
  const host = opts.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(opts.port, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const handler = await createInquiryHandler({
    dataDir: opts.dataDir ?? join(process.cwd(), 'var'),
    allowOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`, ...(opts.allowOrigins ?? [])],
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const work = handler.handles(pathname) ? handler(req, res) : serveStatic(root, req, res);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    });
  });
  return {
    server,
    handler,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8000);
  // MC_ALLOW_ORIGIN: extra origins (comma-separated) that may post inquiries, e.g. when
  // the demo is opened through another host name than 127.0.0.1 or localhost.
  const allowOrigins = (process.env.MC_ALLOW_ORIGIN ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  startDemoServer({ port, host: process.env.HOST ?? '127.0.0.1', allowOrigins })
    .then(({ url }) => console.log(`demo on ${url}/demo/ (inquiries stored in ./var)`))
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
