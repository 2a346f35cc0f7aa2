/**
 * The inquiry endpoint under load: inquiries per second and p50/p99 latency at 1, 20 and 100
 * concurrent clients, for the embedded store (a temporary data folder) and PostgreSQL (a
 * throw-away PostgreSQL 15 cluster, as in the tests), in the same run on the same machine.
 *
 * The server runs in its own process (`src/server/inquiry-server.ts`), the clients here, over
 * keep-alive connections; every request is a new inquiry with its own key, so each is a write
 * that is durable (fsync'd, or committed) before its 201. `INQUIRY_BENCH_SECONDS` (default 5)
 * is the time spent at each level.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startPgCluster } from '../tests/fixtures/server/pg-cluster.js';

const SERVER = new URL('../src/server/inquiry-server.ts', import.meta.url).pathname;
const ORIGIN = 'https://college.example';
const LEVELS = [1, 20, 100];

async function startServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', SERVER, '--port', String(port), '--allow-origin', ORIGIN, '--rate-limit', '1000000000/60', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: '' } },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('inquiry endpoint on') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function postOnce(agent: Agent, url: string, key: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/inquiries`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

let serial = 0;

async function level(url: string, clients: number, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const body = (n: number) =>
    JSON.stringify({
      variant: 'learner',
      name: 'Alex Tremblay',
      email: `alex${n}@example.org`,
      message: `Inquiry ${n}: when does the next cohort start, and are there evening classes?`,
      programIds: ['welding-1'],
      consent: true,
      lang: 'en',
    });
  // Warm-up: connections open, JIT warm, tables and pages touched.
  await Promise.all(Array.from({ length: clients }, () => postOnce(agent, url, `bench-warm-${serial++}-${Date.now()}`, body(serial))));
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const n = serial++;
        const t = performance.now();
        const status = await postOnce(agent, url, `bench-${n}-${start}`, body(n));
        latencies.push(performance.now() - t);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((x, y) => x - y);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    clients,
    inquiries: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    statuses: Object.fromEntries(statuses),
  };
}

async function measure(url: string, seconds: number) {
  const out = [];
  for (const clients of LEVELS) out.push(await level(url, clients, seconds));
  return out;
}

export async function benchInquiries(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.INQUIRY_BENCH_SECONDS ?? 5);
  const dir = await mkdtemp(join(tmpdir(), 'mc-bench-inq-'));
  const cluster = await startPgCluster();
  try {
    process.stderr.write('  inquiries: embedded store…\n');
    const embedded = await startServer(['--data-dir', dir]);
    const embeddedResults = await measure(embedded.url, seconds).finally(() => embedded.child.kill('SIGTERM'));
    process.stderr.write('  inquiries: PostgreSQL…\n');
    const postgres = await startServer(['--database-url', cluster.url]);
    const pgResults = await measure(postgres.url, seconds).finally(() => postgres.child.kill('SIGTERM'));
    return {
      secondsPerLevel: seconds,
      embedded: embeddedResults,
      postgres: pgResults,
      // Above 1: PostgreSQL takes more inquiries per second than the embedded store at that level.
      postgresToEmbeddedPerSecond: Object.fromEntries(
        LEVELS.map((c, i) => [c, Math.round((pgResults[i]!.perSecond / embeddedResults[i]!.perSecond) * 100) / 100]),
      ),
    };
  } finally {
    await cluster.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchInquiries(), null, 2));
}
