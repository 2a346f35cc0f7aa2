/**
 * A tiny static file server on 127.0.0.1 for the end-to-end tests and the benchmarks:
 * serves files under `roots`, plus in-memory pages (the host pages under test).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Files go out gzipped and cacheable for an hour, as a real host sends them (the
   * first-suggestion bench); by default as they are and never cached. Pages are never cached.
   */
  gzip?: boolean;
}

/** Serves `roots` (URL prefix -> directory) and `pages` (URL path -> HTML) until closed. */
export async function startStaticServer(
  roots: Record<string, string>,
  pages: Record<string, string> = {},
  opts: StaticServerOptions = {},
): Promise<StaticServer> {
  const gz = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = pages[path];
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(page);
        return;
      }
      for (const [prefix, dir] of Object.entries(roots)) {
        if (!path.startsWith(prefix)) continue;
        const base = resolve(dir);
        const file = normalize(join(base, path.slice(prefix.length)));
        if (file !== base && !file.startsWith(base + sep)) break;
        try {
          if (!(await stat(file)).isFile()) break;
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          if (opts.gzip) {
            let body = gz.get(file);
            if (!body) gz.set(file, (body = gzipSync(await readFile(file), { level: 6 })));
            res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'public, max-age=3600' });
            res.end(body);
          } else {
            res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
            res.end(await readFile(file));
          }
          return;
        } catch {
          break;
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
