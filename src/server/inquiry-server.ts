/**
 * The reference inquiry endpoint as a program:
 * `node dist/server/inquiry-server.js --port 8787 --data-dir ./var --allow-origin https://college.example`
 * (`--help` lists the flags; `--port` defaults to $PORT, else 8787; `--allow-origin` may
 * repeat, and without it a warning says every browser page will be refused; `--host` defaults
 * to 127.0.0.1; `--trust-proxy-hops N` takes
 * the client IP for rate limiting from X-Forwarded-For behind N reverse proxies, and
 * `--trust-proxy` means one; `--rate-limit MAX/SECONDS`, default 20/60, per client IP;
 * `--retention-days N`, default 180, deletes older inquiries). With
 * `--database-url postgres://...` (or `DATABASE_URL`) inquiries and analytics go to PostgreSQL,
 * which several instances can share, instead of files in `--data-dir`. With
 * `--admin-token-file FILE` (or `MICROCRED_ADMIN_TOKEN`) the admin side answers: GET
 * /api/inquiries, GET /api/inquiries.csv, DELETE /api/inquiries/{id}, GET /api/outcomes and
 * GET /api/outcomes.csv with that bearer token.
 *
 * Routing (`routing.ts`): with `--index DIR` (the index the widgets use) each inquiry is
 * routed to the providers of its programs; `--admin-tokens-file FILE` gives each institution
 * its own token (`provider<TAB>token` lines), and `--webhooks-file FILE` delivers each
 * institution's inquiries to its own system (`provider<TAB>url<TAB>secret` lines). The admin
 * page then reads that index, served under `/admin/index/`, for program and occupation titles.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkAdminToken } from './admin-handler.js';
import { DEFAULT_RETENTION_DAYS } from './store.js';
import { describeDatabaseUrl } from './database-url.js';
import { createInquiryHandler, type InquiryHandler, type InquiryHandlerOptions } from './inquiry-handler.js';
import { listenPort, normalizeOrigin, wholeNumber } from './option-values.js';
import { parseRateLimit } from './rate-limit.js';
import { closeOnSignals, exitOnLockLost } from './signals.js';
import { loadProgramProviders, parseAdminTokens, parseWebhooks, type RoutingOptions } from './routing.js';

export { createInquiryHandler };
export type { InquiryHandler, InquiryHandlerOptions };
export type { StoredInquiry, InquiryStore } from './store.js';

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

/** The operator's token, from `--admin-token-file` or MICROCRED_ADMIN_TOKEN; checked. */
function readAdminToken(tokenFile: string | undefined, env: Record<string, string | undefined>): string | undefined {
  try {
    const adminToken = tokenFile !== undefined ? readFileSync(tokenFile, 'utf8').trim() : env.MICROCRED_ADMIN_TOKEN || undefined;
    if (adminToken !== undefined) checkAdminToken(adminToken);
    return adminToken;
  } catch (error) {
    // Names where the token came from, never the token.
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`${tokenFile !== undefined ? `--admin-token-file ${tokenFile}` : 'MICROCRED_ADMIN_TOKEN'}: ${why}`, { cause: error });
  }
}

/** The command line the program reads (`parseServerArgs`); `OPTION_HELP` describes each. */
export const SERVER_OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  'data-dir': { type: 'string', default: './var' },
  'database-url': { type: 'string' },
  'allow-origin': { type: 'string', multiple: true, default: [] as string[] },
  'trust-proxy': { type: 'boolean', default: false },
  'trust-proxy-hops': { type: 'string' },
  'rate-limit': { type: 'string', default: '20/60' },
  'retention-days': { type: 'string', default: String(DEFAULT_RETENTION_DAYS) },
  'admin-token-file': { type: 'string' },
  index: { type: 'string' },
  'admin-tokens-file': { type: 'string' },
  'webhooks-file': { type: 'string' },
} satisfies ParseArgsConfig['options'];

/**
 * What `--help` says of each flag of `SERVER_OPTIONS` (every one, checked by the compiler), in
 * the order it lists them: the flag's argument, then its lines.
 */
const OPTION_HELP = {
  port: ['N', 'port to listen on (default: $PORT, else 8787; 0 picks a free one)'],
  host: ['ADDRESS', 'address to listen on (default 127.0.0.1; 0.0.0.0 behind a reverse', 'proxy on another machine or in a container)'],
  'allow-origin': ['ORIGIN', 'a page origin allowed to send inquiries, scheme://host[:port]', '(repeat for each; with none, every browser page is refused)'],
  'data-dir': ['DIR', "the embedded store's folder (default ./var; one server per folder)"],
  'database-url': ['URL', 'PostgreSQL instead (or $DATABASE_URL): postgres://user:password@host:port/db'],
  'trust-proxy-hops': ['N', 'reverse proxies in front, for the client address (default 0)'],
  'trust-proxy': ['', 'the same as --trust-proxy-hops 1'],
  'rate-limit': ['MAX/SECONDS', 'inquiries per client (default 20/60)'],
  'retention-days': ['N', `delete inquiries and analytics older than N days (default ${DEFAULT_RETENTION_DAYS})`],
  'admin-token-file': ['FILE', "the operator's admin token (or $MICROCRED_ADMIN_TOKEN)"],
  index: ['DIR', 'route each inquiry to the providers of its programs; /admin/', 'shows their titles from it'],
  'admin-tokens-file': ['FILE', 'provider<TAB>token lines (needs --index)'],
  'webhooks-file': ['FILE', 'provider<TAB>url<TAB>secret lines (needs --index)'],
  help: ['', 'print this and exit'],
} satisfies Record<keyof typeof SERVER_OPTIONS, readonly [string, string, ...string[]]>;

/** One flag of `--help`: `-h, --name ARG` in a column, then its lines beside it. */
function usageOf(name: keyof typeof SERVER_OPTIONS, [argument, ...lines]: readonly string[]): string {
  const option = SERVER_OPTIONS[name] as { short?: string };
  const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${argument ? ` ${argument}` : ''}`;
  return lines.map((line, i) => `  ${(i === 0 ? flag : '').padEnd(26)}${line}`.trimEnd()).join('\n');
}

/** What `--help` prints. */
export const USAGE = `Usage: node dist/server/inquiry-server.js [flags]

The reference inquiry endpoint (docs/institution-server.md).

${Object.entries(OPTION_HELP)
  .map(([name, help]) => usageOf(name as keyof typeof SERVER_OPTIONS, help))
  .join('\n')}
`;

/** What the operator should know at start: a server no page can use, said before the first refusal. */
export function startupWarnings(options: Pick<InquiryHandlerOptions, 'allowOrigins'>): string[] {
  if (options.allowOrigins.length > 0) return [];
  return [
    'no --allow-origin: every browser page will be refused (403 origin-not-allowed); only clients sending no Origin ' +
      '(a CRM, curl) can post inquiries. Give each page origin with --allow-origin https://college.example (it may repeat).',
  ];
}

/**
 * True when the command line asks for `--help` (or `-h`), whatever else it holds: the usage is
 * then printed before anything else (an unknown flag, $PORT, the admin token) is read or checked.
 */
export function wantsHelp(args: string[]): boolean {
  return parseArgs({ args, options: SERVER_OPTIONS, strict: false }).values.help === true;
}

/** The program's options from its command line; throws with the flag at fault. */
export function parseServerArgs(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): InquiryHandlerOptions & { port: number; host: string; routingFiles?: RoutingFiles } {
  const { values } = parseArgs({ args, options: SERVER_OPTIONS });
  const port = listenPort(values.port, env, 8787);
  const allowOrigins = values['allow-origin'].map((origin) => normalizeOrigin('--allow-origin', origin));
  const hopsText = values['trust-proxy-hops'];
  if (hopsText !== undefined && values['trust-proxy'] && hopsText !== '1') {
    throw new Error(`--trust-proxy means --trust-proxy-hops 1; give one or the other, not both`);
  }
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`--database-url: expected postgres://user:password@host:port/database, got another scheme`);
  }
  const adminToken = readAdminToken(values['admin-token-file'], env);
  const routingFiles: RoutingFiles | undefined =
    values.index === undefined ? undefined : { indexDir: values.index, tokensFile: values['admin-tokens-file'], webhooksFile: values['webhooks-file'] };
  for (const flag of ['admin-tokens-file', 'webhooks-file'] as const) {
    if (values[flag] !== undefined && values.index === undefined) {
      throw new Error(`--${flag} needs --index DIR: the index says which institution offers each program`);
    }
  }
  return {
    port,
    host: values.host,
    adminToken,
    routingFiles,
    indexDir: values.index,
    dataDir: values['data-dir'],
    databaseUrl,
    allowOrigins,
    trustProxyHops: hopsText === undefined ? (values['trust-proxy'] ? 1 : 0) : wholeNumber('--trust-proxy-hops', hopsText, 0, 10),
    rateLimit: parseRateLimit(values['rate-limit']),
    retentionDays: wholeNumber('--retention-days', values['retention-days'], 1),
  };
}

/** Where routing is configured: the index, and the optional tokens and webhooks files. */
export interface RoutingFiles {
  indexDir: string;
  tokensFile?: string;
  webhooksFile?: string;
}

/** Read the index and the routing files; throws naming the file (and line) at fault. */
export async function loadRouting(files: RoutingFiles, operatorToken?: string): Promise<RoutingOptions> {
  const providers = await loadProgramProviders(files.indexDir);
  const known = new Set(providers.values());
  const read = async (file: string, flag: string) => {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new Error(`--${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: error });
    }
  };
  const routing: RoutingOptions = { providers };
  if (files.tokensFile !== undefined) {
    routing.tokens = parseAdminTokens(await read(files.tokensFile, 'admin-tokens-file'), files.tokensFile, known);
    for (const [provider, token] of routing.tokens) {
      if (token === operatorToken) throw new Error(`${files.tokensFile}: the token of "${provider}" is the operator's (--admin-token-file)`);
    }
  }
  if (files.webhooksFile !== undefined) {
    routing.webhooks = parseWebhooks(await read(files.webhooksFile, 'webhooks-file'), files.webhooksFile, known);
  }
  return routing;
}

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    process.stdout.write(USAGE);
    return;
  }
  const { routingFiles, ...options } = parseServerArgs(process.argv.slice(2));
  if (routingFiles) options.routing = await loadRouting(routingFiles, options.adminToken);
  options.onLockLost = exitOnLockLost;
  const running = await startInquiryServer(options);
  // Before the first line that says it runs: a signal then closes the store and frees its folder.
  closeOnSignals(() => running.close());
  const where = options.databaseUrl ? describeDatabaseUrl(options.databaseUrl) : options.dataDir;
  console.log(`inquiry endpoint on ${running.url}/api/inquiries, data in ${where}`);
  for (const warning of startupWarnings(options)) console.warn(`warning: ${warning}`);
  if (options.routing) {
    const institutions = new Set(options.routing.providers.values()).size;
    console.log(
      `routing to the providers of ${options.routing.providers.size} programs (${institutions} institutions); ` +
        `${options.routing.tokens?.size ?? 0} institution tokens, ${options.routing.webhooks?.size ?? 0} webhooks`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
