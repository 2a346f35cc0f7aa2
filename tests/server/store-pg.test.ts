/**
 * The PostgreSQL store against a real PostgreSQL (15, Debian's package), in a cluster this
 * test starts in a temporary folder on a free port as a non-root user, and deletes after.
 * Without the PostgreSQL binaries the test fails saying how to install them.
 *
 * Two server instances (separate processes, as behind a load balancer) share one database.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { parseServerArgs, startInquiryServer } from '../../src/server/inquiry-server.js';
import { PgStore } from '../../src/server/pg-store.js';
import { learner } from '../fixtures/core/inquiries.js';
import { freePort, startPgCluster, type PgCluster } from '../fixtures/server/pg-cluster.js';

const ORIGIN = 'https://college.example';
const SERVER = new URL('../../src/server/inquiry-server.ts', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One server process; its output is kept to check that no personal data reaches the logs. */
class Instance {
  child: ChildProcess | undefined;
  readonly url: string;
  constructor(
    readonly port: number,
    private readonly databaseUrl: string,
    readonly output: string[],
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER, '--port', String(this.port), '--allow-origin', ORIGIN, '--rate-limit', '1000000/60'], {
      env: { ...process.env, DATABASE_URL: this.databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`instance on ${this.port} did not start: ${this.output.join('')}`)), 30_000);
      child.stdout!.on('data', (d: Buffer) => {
        this.output.push(d.toString());
        if (d.toString().includes('inquiry endpoint on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`instance on ${this.port} exited (${code}): ${this.output.join('')}`));
      });
    });
  }

  kill9(): Promise<void> {
    const child = this.child!;
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      await new Promise<void>((resolve) => {
        this.child!.once('exit', () => resolve());
        this.child!.kill('SIGTERM');
      });
    }
  }
}

function post(url: string, key: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/inquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
}

/** Requests that got no answer at all (refused, reset by the kill), and those answered 503. */
let unanswered = 0;
let unavailable = 0;

interface Delivered {
  id: string;
  receivedAt: string;
  /** Which instance answered the 201, and when. */
  url: string;
  at: number;
}

/**
 * Deliver as the browser outbox does: the same key until 201; a refused connection, a reset,
 * 503 or 409 is retried (on the other instance, as a load balancer would); anything else fails.
 */
async function deliver(urls: () => string[], key: string, body: unknown, first: number): Promise<Delivered> {
  const deadline = Date.now() + 40_000;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const list = urls();
    const url = list[(first + attempt) % list.length]!;
    let res: Response;
    try {
      res = await post(url, key, body);
    } catch {
      unanswered += 1;
      await sleep(20);
      continue;
    }
    if (res.status === 201) return { ...((await res.json()) as { id: string; receivedAt: string }), url, at: Date.now() };
    const text = await res.text();
    if (res.status === 503) unavailable += 1;
    if (res.status === 503 || res.status === 409) {
      assert.match(res.headers.get('retry-after') ?? '', /^\d+$/, `${res.status} without Retry-After`);
      await sleep(20);
      continue;
    }
    throw new Error(`${key}: unexpected ${res.status} ${text}`);
  }
  throw new Error(`${key}: not delivered in 40 s`);
}

let cluster: PgCluster;
/** A pool, so that the database restart in one test costs it nothing. */
let db: pg.Pool;
const output: string[] = [];
let a: Instance;
let b: Instance;

async function rowsFor(key: string): Promise<Array<{ id: string; inquiry: { message: string } }>> {
  return (await db.query('SELECT id, inquiry FROM mc_inquiries WHERE idempotency_key = $1', [key])).rows;
}

describe('PostgreSQL store (real PostgreSQL cluster)', { timeout: 120_000 }, () => {
  before(async () => {
    cluster = await startPgCluster();
    db = new pg.Pool({ connectionString: cluster.url, max: 2 });
    db.on('error', () => undefined);
    a = new Instance(await freePort(), cluster.url, output);
    b = new Instance(await freePort(), cluster.url, output);
    // Both at once: the migration runs once under its lock.
    await Promise.all([a.start(), b.start()]);
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await cluster?.destroy();
  });

  it('applies its migrations once when two instances start together', async () => {
    const { rows } = await db.query('SELECT version FROM mc_schema_migrations');
    assert.deepEqual(rows.map((r) => r.version).sort(), [1, 2, 3]);
  });

  it('stores every acknowledged inquiry exactly once: 1,000 from 20 clients over two instances, one killed -9 and restarted', async (t) => {
    let live = [a.url, b.url];
    const acknowledged = new Map<string, Delivered & { message: string }>();
    let killedAt = 0;
    let restartedAt = Number.POSITIVE_INFINITY;
    let ackedBeforeKill = 0;
    // Each client keeps its last inquiries until A is back, so that the restarted instance gets
    // some however long its restart takes on a busy machine (all 1,000 once went to B first).
    let markRestarted = () => {};
    const restarted = new Promise<void>((resolve) => (markRestarted = resolve));
    const chaos = (async () => {
      while (acknowledged.size < 300) await sleep(5);
      ackedBeforeKill = acknowledged.size;
      live = [b.url]; // the load balancer notices after a while; until then requests to A fail
      killedAt = Date.now();
      await a.kill9();
      await sleep(300);
      await a.start();
      restartedAt = Date.now();
      live = [a.url, b.url];
      markRestarted();
    })();
    const clients = Array.from({ length: 20 }, async (_, c) => {
      for (let i = 0; i < 50; i++) {
        if (i === 45) await restarted;
        const n = c * 50 + i;
        const key = `load-${String(n).padStart(4, '0')}-${c}`;
        const message = `Inquiry ${n} from client ${c}: when does the next cohort start?`;
        const body = { ...learner, email: `learner-${n}@example.org`, message };
        // Half the time the client still hits A as it dies: its retry goes to the other one.
        const delivered = await deliver(() => (Math.random() < 0.5 ? [a.url, b.url] : live), key, body, n);
        acknowledged.set(key, { ...delivered, message });
      }
    });
    await Promise.all([...clients, chaos]);

    assert.equal(acknowledged.size, 1000);
    assert.ok(killedAt > 0 && ackedBeforeKill < 1000, 'the kill came mid-run');
    assert.ok(unanswered > 0, 'requests went unanswered while the instance was down');
    const afterRestart = [...acknowledged.values()].filter((d) => d.url === a.url && d.at > restartedAt).length;
    t.diagnostic(`killed after ${ackedBeforeKill} acknowledged; ${unanswered} requests unanswered; ${afterRestart} answered by the restarted instance`);
    assert.ok(afterRestart > 0, 'the restarted instance answered again');

    const { rows } = await db.query<{ idempotency_key: string; id: string; message: string; n: string }>(
      `SELECT idempotency_key, min(id::text) AS id, min(inquiry->>'message') AS message, count(*)::text AS n
         FROM mc_inquiries WHERE idempotency_key LIKE 'load-%' GROUP BY idempotency_key`,
    );
    assert.equal(rows.length, 1000, 'one row per acknowledged key');
    for (const row of rows) {
      const ack = acknowledged.get(row.idempotency_key);
      assert.ok(ack, `${row.idempotency_key} stored but never acknowledged`);
      assert.equal(row.n, '1', `${row.idempotency_key} stored once`);
      assert.equal(row.id, ack.id, `${row.idempotency_key}: the 201 names the stored row`);
      assert.equal(row.message, ack.message);
    }
  });

  it('stores one row for 50 concurrent copies of one key across both instances, and answers 422 to another body', async () => {
    const key = 'same-key-50-copies';
    const body = { ...learner, message: 'Fifty copies of me.' };
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => deliver(() => [a.url, b.url], key, body, i)));
    assert.equal(new Set(answers.map((x) => x.id)).size, 1, 'every copy gets the same answer');
    assert.equal(new Set(answers.map((x) => x.url)).size, 2, 'both instances answered');
    const rows = await rowsFor(key);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.id, answers[0]!.id);

    for (const url of [a.url, b.url]) {
      const other = await post(url, key, { ...learner, message: 'Another body, same key.' });
      assert.equal(other.status, 422);
      assert.equal(((await other.json()) as { error: string }).error, 'idempotency-key-reused');
    }
    assert.equal((await rowsFor(key)).length, 1);
  });

  it('answers one of two different bodies sent at once with one key on two instances 201, the other 422', async () => {
    for (let round = 0; round < 5; round++) {
      const key = `race-two-bodies-${round}`;
      const [ra, rb] = await Promise.all([post(a.url, key, { ...learner, message: 'Body A' }), post(b.url, key, { ...learner, message: 'Body B' })]);
      assert.deepEqual([ra.status, rb.status].sort(), [201, 422]);
      const rows = await rowsFor(key);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.inquiry.message, ra.status === 201 ? 'Body A' : 'Body B');
    }
  });

  it('adds analytics batches up in SQL, per day and key', async () => {
    const batch = (n: number) => ({
      format: 'mc-analytics/1',
      recommend: [['72106', n]],
      programOpen: [],
      inquire: [['sent', 1]],
      noMatch: [['fr', 'soudeur', 1]],
      overflow: 0,
    });
    for (const [url, n] of [
      [a.url, 2],
      [b.url, 3],
    ] as const) {
      const res = await fetch(`${url}/api/analytics`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ORIGIN },
        body: JSON.stringify(batch(n)),
      });
      assert.equal(res.status, 204);
    }
    const { rows } = await db.query(`SELECT kind, lang, key, count::int AS count FROM mc_analytics_counts ORDER BY kind, key`);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.lang, r.key, r.count]),
      [
        ['batches', '', '', 2],
        ['inquire', '', 'sent', 2],
        ['noMatch', 'fr', 'soudeur', 2],
        ['recommend', '', '72106', 5],
      ],
    );
  });

  it('deletes inquiries past retention with DELETE', async () => {
    const now = Date.now();
    const store = await PgStore.open({ connectionString: cluster.url, retentionDays: 30, now: () => now, warn: () => undefined });
    try {
      const record = (key: string, daysAgo: number) => ({
        id: crypto.randomUUID(),
        key,
        bodySha256: 'f'.repeat(64),
        receivedAt: new Date(now - daysAgo * 86_400_000).toISOString(),
        inquiry: learner as never,
      });
      await store.insert(record('retention-old-key', 31));
      await store.insert(record('retention-new-key', 29));
      await store.compact();
      assert.equal((await rowsFor('retention-old-key')).length, 0);
      assert.equal((await rowsFor('retention-new-key')).length, 1);
    } finally {
      await store.close();
    }
  });

  it('answers 503 with Retry-After while the database is down, and stores the retry once when it is back', async () => {
    const warnings: string[] = [];
    const server = await startInquiryServer({
      port: 0,
      dataDir: '/nonexistent',
      databaseUrl: cluster.url,
      allowOrigins: [ORIGIN],
      warn: (m) => warnings.push(m),
    });
    try {
      const body = { ...learner, email: 'down@example.org' };
      assert.equal((await post(server.url, 'db-up-first', body)).status, 201);
      cluster.stop('fast');
      const down = await post(server.url, 'db-down-key', body);
      assert.equal(down.status, 503);
      assert.match(down.headers.get('retry-after') ?? '', /^\d+$/);
      assert.equal(((await down.json()) as { error: string }).error, 'storage-unavailable');
      cluster.start();
      const back = await post(server.url, 'db-down-key', body);
      assert.equal(back.status, 201);
      assert.equal((await rowsFor('db-down-key')).length, 1);
      output.push(...warnings);
      assert.ok(
        warnings.some((w) => /503/.test(w)),
        'the refusal is logged',
      );
    } finally {
      await server.close();
    }
  });

  it('never answers 201 for an inquiry not committed: connections cut by the database mid-run', async (t) => {
    const server = await startInquiryServer({
      port: 0,
      dataDir: '/nonexistent',
      databaseUrl: cluster.url,
      allowOrigins: [ORIGIN],
      rateLimit: { max: 1_000_000, windowMs: 60_000 },
      warn: (m) => output.push(m),
    });
    const before503 = unavailable;
    let cutting = true;
    let cuts = 0;
    // Ends every connection of the endpoint, over and over, whatever it was doing (between
    // statements, mid-INSERT, around the commit).
    const cutter = (async () => {
      while (cutting) {
        const { rows } = await db.query(
          `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
            WHERE application_name = 'microcred-inquiries' AND pid <> pg_backend_pid()`,
        );
        cuts += rows.filter((r) => r.done).length;
        await sleep(15);
      }
    })();
    try {
      const acknowledged = new Map<string, string>();
      await Promise.all(
        Array.from({ length: 10 }, async (_, c) => {
          for (let i = 0; i < 20; i++) {
            const key = `cut-key-${c}-${i}`;
            const delivered = await deliver(() => [server.url], key, { ...learner, email: `cut-${c}-${i}@example.org` }, 0);
            acknowledged.set(key, delivered.id);
          }
        }),
      );
      cutting = false;
      await cutter;
      t.diagnostic(`${cuts} connections cut, ${unavailable - before503} answers 503`);
      assert.ok(cuts > 0 && unavailable > before503, `connections were cut (${cuts}) and answered 503 (${unavailable - before503})`);
      const { rows } = await db.query<{ idempotency_key: string; id: string }>(
        `SELECT idempotency_key, id FROM mc_inquiries WHERE idempotency_key LIKE 'cut-%'`,
      );
      assert.equal(rows.length, 200, 'each acknowledged inquiry once');
      for (const row of rows) assert.equal(row.id, acknowledged.get(row.idempotency_key), `${row.idempotency_key}: the 201 names the stored row`);
    } finally {
      cutting = false;
      await cutter;
      await server.close();
    }
  });

  it('never writes personal data or the database password to its logs', () => {
    const text = output.join('\n');
    assert.ok(text.includes('inquiry endpoint on'), 'the output was captured');
    assert.doesNotMatch(text, /@example\.org|Tremblay|not-checked/);
  });

  it('refuses to start without its database, naming it without the password', async () => {
    const url = `postgres://mc:s3cret-pw@127.0.0.1:${await freePort()}/mc`;
    await assert.rejects(PgStore.open({ connectionString: url, connectTimeoutMs: 2_000 }), (error: Error) => {
      assert.equal(error.name, 'StoreUnavailableError');
      assert.match(error.message, /postgres: start failed \(ECONNREFUSED: nothing is listening at 127\.0\.0\.1:\d+\) at postgres:\/\/mc@127\.0\.0\.1:\d+\/mc$/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });

  it('says in plain words that the database or the role does not exist', async () => {
    const port = new URL(cluster.url).port;
    const noDatabase = `postgres://mc:s3cret-pw@127.0.0.1:${port}/no_such_db`;
    await assert.rejects(PgStore.open({ connectionString: noDatabase }), (error: Error) => {
      assert.match(error.message, /^postgres: start failed \(3D000: the database does not exist: create it, or fix its name at the end of the URL\) at /);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
    const noRole = `postgres://no_such_role:s3cret-pw@127.0.0.1:${port}/mc`;
    await assert.rejects(PgStore.open({ connectionString: noRole }), (error: Error) => {
      assert.match(error.message, /^postgres: start failed \(28000: the server refused this role: it does not exist, or pg_hba\.conf/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });

  it('reads --database-url or DATABASE_URL, and refuses another scheme', () => {
    assert.equal(parseServerArgs(['--database-url', 'postgres://u:p@db/mc'], {}).databaseUrl, 'postgres://u:p@db/mc');
    assert.equal(parseServerArgs([], { DATABASE_URL: 'postgresql://db/mc' }).databaseUrl, 'postgresql://db/mc');
    assert.equal(parseServerArgs([], {}).databaseUrl, undefined);
    assert.throws(() => parseServerArgs(['--database-url', 'mysql://db/mc'], {}), /--database-url/);
  });
});
