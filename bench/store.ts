/**
 * The embedded store's start against the size of its log: time and memory to open logs
 * of 10 MB, 100 MB and 1 GB (STORE_BENCH_MB=10,100,1000), each in a fresh process, with
 * the whole-file read the server did before as the baseline in the same run, and the time
 * and memory of a retention rewrite that deletes half the log.
 *
 * The generated inquiries look like real ones (learner and employer, messages of 30 to
 * 1,500 characters) received evenly over the last 180 days, so about a sixth of them are
 * inside the 30-day idempotency window whose keys the store keeps.
 *
 * Also the rate limiter: time per request with 1,000 and 40,000 distinct clients in one
 * window, as a ratio (flat: the cost does not grow with clients), and with 100,000, past its
 * cap of 50,000, where every request evicts.
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RateLimiter } from '../src/server/rate-limit.js';
import { random } from './random.js';

const DAY = 24 * 60 * 60 * 1000;
const CHILD = new URL('./store-child.ts', import.meta.url).pathname;

const WORDS = 'when does the next cohort start could you tell me about evening classes fees funding placement welding nursing hours'.split(' ');

function hex(r: () => number, n: number): string {
  let s = '';
  while (s.length < n)
    s += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, n);
}

function uuid(r: () => number): string {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

function inquiryLine(r: () => number, now: number): string {
  const words = Array.from({ length: 5 + Math.floor(r() * 220) }, () => WORDS[Math.floor(r() * WORDS.length)]);
  const message = words.join(' ').slice(0, 1500);
  const inquiry =
    r() < 0.8
      ? { variant: 'learner', name: 'Alex Tremblay', email: 'alex@example.org', message, programIds: ['lp-welding-101'], consent: true, lang: 'en' }
      : {
          variant: 'employer',
          organization: 'Tremblay Fabrication',
          contactName: 'Sam Roy',
          email: 'sam@example.org',
          phone: '613-555-0100',
          employees: 12,
          message,
          programIds: ['welding-1', 'blueprints'],
          consent: true,
          lang: 'fr',
        };
  const receivedAt = new Date(now - r() * 180 * DAY).toISOString();
  return JSON.stringify({ id: uuid(r), key: uuid(r), bodySha256: hex(r, 64), receivedAt, inquiry }) + '\n';
}

async function writeLog(dir: string, bytes: number): Promise<{ bytes: number; records: number }> {
  const r = random(14);
  const now = Date.now();
  const out = createWriteStream(join(dir, 'inquiries.jsonl'), { mode: 0o600 });
  let written = 0;
  let records = 0;
  while (written < bytes) {
    let chunk = '';
    while (chunk.length < 1024 * 1024 && written + chunk.length < bytes) {
      chunk += inquiryLine(r, now);
      records += 1;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(resolve);
  });
  return { bytes: (await stat(join(dir, 'inquiries.jsonl'))).size, records };
}

async function child(mode: string, dir: string): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--expose-gc', CHILD, mode, dir], {
    maxBuffer: 1024 * 1024,
    timeout: 30 * 60 * 1000,
  }).catch((error: { stdout?: string; message: string }) => ({ stdout: error.stdout || JSON.stringify({ error: error.message }) }));
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

/** Nanoseconds per `take` over `requests` requests spread over `clients` clients. */
function limiterNsPerTake(clients: number, requests = 400_000): number {
  const limiter = new RateLimiter({ max: 20, windowMs: 60_000 }, () => 1_000);
  const names = Array.from({ length: clients }, (_, i) => `198.51.${i >> 8}.${i & 255}:${i}`);
  for (const name of names) limiter.take(name);
  const start = performance.now();
  for (let i = 0; i < requests; i++) limiter.take(names[i % clients]!);
  return Math.round(((performance.now() - start) * 1e6) / requests);
}

export async function benchStore(): Promise<Record<string, unknown>> {
  const sizes = (process.env.STORE_BENCH_MB ?? '10,100,1000').split(',').map(Number);
  const results: Record<string, unknown> = {};
  const few = limiterNsPerTake(1_000);
  const many = limiterNsPerTake(40_000);
  const overCap = limiterNsPerTake(100_000);
  results.rateLimiter = {
    nsPerTake1kClients: few,
    nsPerTake40kClients: many,
    ratio40kTo1k: Math.round((many / few) * 100) / 100,
    // Past the cap every request evicts the oldest client and starts a window.
    nsPerTake100kClientsOverCap: overCap,
  };
  const empty = await mkdtemp(join(tmpdir(), 'mc-bench-store-'));
  try {
    await writeLog(empty, 0);
    results.emptyLog = { open: await child('open', empty), wholeFile: await child('whole-file', empty) };
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
  for (const mb of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'mc-bench-store-'));
    try {
      process.stderr.write(`  store: writing a ${mb} MB log…\n`);
      const log = await writeLog(dir, mb * 1000 * 1000);
      process.stderr.write(`  store: opening it…\n`);
      const open = await child('open', dir);
      const wholeFile = await child('whole-file', dir);
      const compact = await child('compact', dir);
      results[`${mb}MB`] = { ...log, open, wholeFile, retentionRewrite: compact };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchStore(), null, 2));
}
