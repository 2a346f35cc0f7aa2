/**
 * The demo server: `node dist/server/demo-server.js` (port 8000 or $PORT, host 127.0.0.1 or
 * $HOST, extra inquiry origins in $MC_ALLOW_ORIGIN, your own index in $MC_INDEX_DIR).
 * Serves demo/ and dist/ from the repository root, with a strict Content Security Policy on
 * every page, text compressed (brotli or gzip) as a real host would, and the reference
 * inquiry and analytics endpoints at /api/inquiries and /api/analytics, stored under
 * ./var/. Like the reference server started with `--index`, it routes each inquiry to the
 * providers of its programs in the index it serves, so the pages can say where it goes.
 * Nothing else in the repository (sources, .git, var/) is served.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { chooseEncoding, TYPES } from './accept-encoding.js';
import { createInquiryHandler, type InquiryHandler } from './inquiry-handler.js';
import { listenPort, normalizeOrigin } from './option-values.js';
import { loadProgramProviders, type RoutingOptions } from './routing.js';
import { closeOnSignals } from './signals.js';

/**
 * Sent with every HTML page. Lit needs no configuration under it: it creates its own
 * Trusted Types policy named `lit-html`. A page that also restricts policy names with a
 * `trusted-types` directive must list `lit-html` there.
 */
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'";

const SERVED_DIRS = ['demo', 'dist'];

/** Types worth compressing: text. Images and fonts here are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** Where the demo pages load the sample index from; $MC_INDEX_DIR replaces what is served there. */
export const SAMPLE_INDEX_PATH = '/demo/data/sample/';

/** The port is taken by another program: says so in one line, with the fix. */
export class PortInUseError extends Error {
  readonly code = 'port-in-use';
  constructor(readonly port: number) {
    super(`Port ${port} is already in use (another demo server?). Start on another one: PORT=${port + 1} npm start`);
    this.name = 'PortInUseError';
  }
}

export interface DemoServerOptions {
  port: number;
  host?: string;
  /** Repository root; default two folders above this file. */
  root?: string;
  /** Where inquiries and analytics are stored; default `<cwd>/var`. */
  dataDir?: string;
  /** Extra origins allowed to post inquiries, besides the demo server's own. */
  allowOrigins?: readonly string[];
  /**
   * A folder holding an index you built (`microcred build-index --out DIR`): served at
   * /demo/data/sample/ in place of the sample, so every demo page shows it, and inquiries are
   * routed by it.
   */
  indexDir?: string;
  /** Where a warning goes (an index that cannot be read, so nothing is routed); default console.warn. */
  warn?: (message: string) => void;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function serveStatic(root: string, indexDir: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const found = await findFile(root, indexDir, req, res);
  if (!found) return;
  const own = indexDir !== null && found.file.endsWith('.html') && !(await servesSample(indexDir));
  const body = own ? Buffer.from(ownIndexPage(await readFile(found.file, 'utf8'))) : undefined;
  await sendFile(req, res, found.file, found.info, body);
}

/** The sample flag of the index last read from each folder, by its index.json's modification time. */
const sampleFlags = new Map<string, { mtimeMs: number; sample: boolean }>();

/**
 * Whether the index in `indexDir` says it is sample data (`sample` in its index.json, as the
 * builder writes it for a sample build): then the pages stay as they are. One that cannot be
 * read or parsed counts as your own, as the banner said before it was read.
 */
async function servesSample(indexDir: string): Promise<boolean> {
  const file = join(indexDir, 'index.json');
  const info = await stat(file).catch(() => null);
  if (!info) return false;
  const known = sampleFlags.get(file);
  if (known?.mtimeMs === info.mtimeMs) return known.sample;
  const manifest = (await readFile(file, 'utf8')
    .then(JSON.parse, () => null)
    .catch(() => null)) as { sample?: unknown } | null;
  const sample = manifest?.sample === true;
  sampleFlags.set(file, { mtimeMs: info.mtimeMs, sample });
  return sample;
}

/** What the pages' banners say of the data when the server shows your own index. */
const OWN_INDEX_BANNER =
  'YOUR INDEX: the occupations, figures and programs come from the index this demo server was started with (MC_INDEX_DIR), not from the invented sample; the institution or employer framing the page is fictional.';

/** An element whose whole text speaks of the sample (a title, a footer's sentence), with what to say instead. */
const OWN_INDEX_LABEL = /(<([a-z]+)\b[^>]*\sdata-own-index="([^"]*)"[^>]*>)[^<]*(<\/\2\s*>)/g;

/**
 * A page as it reads over the operator's own index (one whose index.json does not say
 * `sample`): its banner that says the data is invented (`data-index-banner`) says it is that
 * index, its other sentences (where an inquiry goes) kept; and every element marked
 * `data-own-index` (the page title, the footer's "sample data") says what that attribute
 * holds. Real figures must not be presented as made up, nor the page disagree with itself.
 */
export function ownIndexPage(html: string): string {
  return html.replace(/(<p class="[^"]*" data-index-banner>\s*)SAMPLE DATA:[^.]*\./g, `$1${OWN_INDEX_BANNER}`).replace(OWN_INDEX_LABEL, '$1$3$4');
}

/** The file `req` asks for; null when it was answered otherwise (a redirect, 400, 404). */
async function findFile(root: string, indexDir: string | null, req: IncomingMessage, res: ServerResponse): Promise<{ file: string; info: Stats } | null> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    res.end();
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    plain(res, 400, 'Bad request');
    return null;
  }
  const segments = pathname.split('/').filter(Boolean);
  if (!SERVED_DIRS.includes(segments[0] ?? '') || segments.some((s) => s.startsWith('.') || s.includes('\\'))) {
    plain(res, 404, 'Not found');
    return null;
  }
  // Only the operator chooses another index (no URL can): the pages keep their fixed src.
  const own = indexDir !== null && pathname.startsWith(SAMPLE_INDEX_PATH);
  const base = own ? indexDir : root;
  let file = normalize(join(base, ...(own ? segments.slice(3) : segments)));
  if (!file.startsWith(base + sep)) {
    plain(res, 404, 'Not found');
    return null;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/` });
      res.end();
      return null;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    plain(res, 404, 'Not found');
    return null;
  }
  return { file, info };
}

/**
 * Sends `file` (or `body`, what it was rewritten to), compressed when the client takes it, or
 * 304 when its copy is current.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, info: Stats, body?: Buffer): Promise<void> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type);
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
  // One ETag per encoding: the bytes differ, so a cache must not mix them up.
  const size = body?.length ?? info.size;
  const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${body ? '-own' : ''}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'content-type': type,
    etag,
    'last-modified': info.mtime.toUTCString(),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (compressible) headers['vary'] = 'Accept-Encoding';
  if (encoding) headers['content-encoding'] = encoding;
  if (type.startsWith('text/html')) headers['content-security-policy'] = DEMO_CSP;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // Compressed, the length is not known before the end: sent chunked.
  res.writeHead(200, encoding ? headers : { ...headers, 'content-length': String(size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const source = () => (body ? Readable.from([body]) : createReadStream(file));
  if (!encoding) {
    await pipeline(source(), res).catch(ignoreHangUp);
    return;
  }
  await pipeline(source(), compressor(encoding, size), res).catch(ignoreHangUp);
}

/**
 * Brotli at quality 5 and gzip at 6: near their best ratio for text, fast enough to
 * compress a multi-megabyte index on every request (quality 11 takes seconds).
 */
function compressor(encoding: 'br' | 'gzip', size: number) {
  return encoding === 'br'
    ? createBrotliCompress({
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 5,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: size,
        },
      })
    : createGzip({ level: 6 });
}

/** A browser that leaves mid-download is no server error. */
function ignoreHangUp(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
}

/**
 * Routing by the index the pages show (`indexDir`, else the sample under `root`), read once
 * at start as the reference server reads `--index`: restart after rebuilding the index. An
 * index that cannot be read leaves the demo running without routing, and says so: its pages
 * then cannot show programs either.
 */
async function demoRouting(indexDir: string, warn: (message: string) => void): Promise<RoutingOptions | undefined> {
  try {
    return { providers: await loadProgramProviders(indexDir) };
  } catch (error) {
    warn(`${indexDir}: inquiries are not routed to institutions, the index cannot be read (${(error as Error).message})`);
    return undefined;
  }
}

/** Start the demo server; resolves once it listens. */
export async function startDemoServer(
  opts: DemoServerOptions,
): Promise<{ server: Server; handler: InquiryHandler; url: string; routing: RoutingOptions | undefined; close(): Promise<void> }> {
  const root = normalize(opts.root ?? fileURLToPath(new URL('../../', import.meta.url))).replace(/[\\/]$/, '');
  const host = opts.host ?? '127.0.0.1';
  const indexDir = opts.indexDir ? resolve(opts.indexDir).replace(/[\\/]$/, '') : null;
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? new PortInUseError(opts.port) : error));
    server.listen(opts.port, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const routing = await demoRouting(indexDir ?? join(root, ...SAMPLE_INDEX_PATH.split('/')), warn);
  // The same store as the inquiry server, under the same lock: one process per data folder.
  const handler = await createInquiryHandler({
    dataDir: opts.dataDir ?? join(process.cwd(), 'var'),
    allowOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`, ...(opts.allowOrigins ?? [])],
    routing,
    warn,
  }).catch(async (error: unknown) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const work = handler.handles(pathname) ? handler(req, res) : serveStatic(root, indexDir, req, res);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    });
  });
  return {
    server,
    handler,
    routing,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.close();
    },
  };
}

/**
 * The demo server's options from its environment: $PORT (default 8000), $HOST, $MC_ALLOW_ORIGIN
 * (extra origins, comma-separated, that may post inquiries, e.g. when the demo is opened
 * through another host name than 127.0.0.1 or localhost) and $MC_INDEX_DIR (an index you
 * built, shown by every demo page in place of the sample). Throws naming the variable at fault.
 */
export function demoOptionsFromEnv(env: Record<string, string | undefined>): DemoServerOptions {
  const allowOrigins = (env.MC_ALLOW_ORIGIN ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => normalizeOrigin('MC_ALLOW_ORIGIN', origin));
  return { port: listenPort(undefined, env, 8000), host: env.HOST ?? '127.0.0.1', allowOrigins, indexDir: env.MC_INDEX_DIR || undefined };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  Promise.resolve()
    .then(async () => {
      const options = demoOptionsFromEnv(process.env);
      const { url, routing, close } = await startDemoServer(options);
      // Closing the store releases the lock on ./var for the next start.
      closeOnSignals(close);
      console.log(`demo on ${url}/demo/ (inquiries stored in ./var)`);
      if (routing)
        console.log(`inquiries routed to the providers of ${routing.providers.size} programs (${new Set(routing.providers.values()).size} institutions)`);
      if (options.indexDir) console.log(`index: ${resolve(options.indexDir)} (served in place of the sample at ${SAMPLE_INDEX_PATH})`);
    })
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
