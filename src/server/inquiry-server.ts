/**
 * The reference inquiry endpoint as a program:
 * `node dist/server/inquiry-server.js --port 8787 --data-dir ./var --allow-origin https://college.example`
 * (`--allow-origin` may repeat; `--host` defaults to 127.0.0.1; `--trust-proxy` takes the
 * client IP for rate limiting from X-Forwarded-For, only behind a proxy that sets it).
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createInquiryHandler, type InquiryHandler, type InquiryHandlerOptions } from './inquiry-handler.js';

export { createInquiryHandler };
export type { InquiryHandler, InquiryHandlerOptions };
export type { StoredInquiry } from './inquiry-handler.js';

/** Start an HTTP server answering only the inquiry and analytics endpoints. */
export async function startInquiryServer(
  opts: InquiryHandlerOptions & { port: number; host?: string },
): Promise<{ server: Server; handler: InquiryHandler; url: string; close(): Promise<void> }> {
  const handler = await createInquiryHandler(opts);
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    handler,
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: './var' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'trust-proxy': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number, got "${values.port}"`);
  }
  for (const origin of values['allow-origin']) {
    if (new URL(origin).origin !== origin) {
      throw new Error(`--allow-origin: expected scheme://host[:port] with no path, got "${origin}"`);
    }
  }
  const running = await startInquiryServer({
    port,
    host: values.host,
    dataDir: values['data-dir'],
    allowOrigins: values['allow-origin'],
    trustProxy: values['trust-proxy'],
  });
  console.log(`inquiry endpoint on ${running.url}/api/inquiries, data in ${values['data-dir']}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
