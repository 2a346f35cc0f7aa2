/**
 * A tiny static file server on 127.0.0.1 for the end-to-end test and the long-task
 * benchmark: serves files under `root`, plus in-memory pages (the host pages under test).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** Serves `roots` (URL prefix -> directory) and `pages` (URL path -> HTML) until closed. */
export async function startStaticServer(roots: Record<string, string>, pages: Record<string, string> = {}): Promise<StaticServer> {
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
          const body = await readFile(file);
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          });
          res.end(body);
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
