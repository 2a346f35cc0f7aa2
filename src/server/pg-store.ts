/**
 * The store for more than one machine: inquiries and analytics in PostgreSQL (15 and up),
 * shared by any number of server instances behind a load balancer.
 *
 * - Versioned migrations run at start, under an advisory lock, so instances starting together
 *   apply each one once.
 * - One row per Idempotency-Key, whatever the number of instances: a unique constraint and
 *   `INSERT ... ON CONFLICT DO NOTHING`; the loser of a race reads the winner's row, and the
 *   handler compares body hashes (same body: the original answer; another: 422).
 * - `insert` resolves only after PostgreSQL committed (synchronous commit, one statement in
 *   autocommit), so no 201 goes out before the row is durable. A connection lost around the
 *   commit answers 503; the client's retry with the same key finds the row if it was kept.
 * - Analytics are aggregated in SQL: per day, host page, kind and key (`countRows`, shared with
 *   the embedded store), counts are added up on insert; the outcomes report sums them.
 * - The inbox pages with a keyset on `(received_at, id)` (read backwards along the
 *   `received_at` index), never OFFSET, and
 *   deleting one inquiry is a `DELETE` of its row.
 * - Retention deletes inquiries and analytics counts older than `retentionDays`, at start
 *   and hourly, with `DELETE`.
 *
 * Errors never carry a query's values into messages (they may be a person's details, and
 * warnings end up in logs): only the SQLSTATE or the network error code is kept.
 */
import type { Pool as PgPool, PoolClient } from 'pg';
import { describeDatabaseUrl, startFailureHint } from './database-url.js';
import { countRows, type CountKind, type CountRow, type DayRange } from './outcomes.js';
import {
  DAY_MS,
  StoreUnavailableError,
  retentionDaysOf,
  type Acceptance,
  type InquiryPosition,
  type ListedInquiry,
  type StoreOptions,
  type InquiryStore,
  type StoredAnalytics,
  type StoredInquiry,
  type Delivery,
  type Withdrawal,
  listed,
} from './store.js';

/** Locks the migrations across instances (any constant shared by every instance will do). */
const MIGRATION_LOCK = 0x6d63_7769; // "mcwi"

/** Applied in order, each once; a new schema change is a new entry, never an edit. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'inquiries and analytics counts',
    sql: `
      CREATE TABLE mc_inquiries (
        id uuid PRIMARY KEY,
        idempotency_key text NOT NULL,
        body_sha256 text NOT NULL,
        received_at timestamptz NOT NULL,
        inquiry jsonb NOT NULL,
        CONSTRAINT mc_inquiries_key UNIQUE (idempotency_key)
      );
      CREATE INDEX mc_inquiries_received_at ON mc_inquiries (received_at);
      CREATE TABLE mc_analytics_counts (
        day date NOT NULL,
        kind text NOT NULL,
        lang text NOT NULL DEFAULT '',
        key text NOT NULL DEFAULT '',
        count bigint NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, kind, lang, key)
      );`,
  },
  {
    version: 2,
    name: 'analytics counts by host page; typed titles counted in visits',
    // Typed-title rows written before counted times typed, not visits: kept, they could list
    // a title fewer than three visits typed, so they go.
    sql: `
      DELETE FROM mc_analytics_counts WHERE kind = 'noMatch';
      ALTER TABLE mc_analytics_counts ADD COLUMN page text NOT NULL DEFAULT '';
      ALTER TABLE mc_analytics_counts DROP CONSTRAINT mc_analytics_counts_pkey;
      ALTER TABLE mc_analytics_counts ADD PRIMARY KEY (day, page, kind, lang, key);`,
  },
  {
    version: 3,
    name: 'routing to institutions; webhook deliveries owed',
    // NULL routed_to: accepted before routing, the operator's only.
    sql: `
      ALTER TABLE mc_inquiries ADD COLUMN routed_to text[], ADD COLUMN unknown_program_ids text[],
        ADD COLUMN hidden_for text[] NOT NULL DEFAULT '{}';
      CREATE INDEX mc_inquiries_routed_to ON mc_inquiries USING gin (routed_to);
      CREATE TABLE mc_deliveries (
        inquiry_id uuid NOT NULL REFERENCES mc_inquiries (id) ON DELETE CASCADE,
        provider text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        PRIMARY KEY (inquiry_id, provider)
      );
      CREATE INDEX mc_deliveries_due ON mc_deliveries (next_attempt_at);`,
  },
];

export interface PgStoreOptions extends StoreOptions {
  /** `postgres://user:password@host:port/database` (libpq-style parameters allowed). */
  connectionString: string;
  /** Connections per instance; default 10. */
  poolSize?: number;
  /** How long a request waits for a connection before 503; default 5 s. */
  connectTimeoutMs?: number;
}

/**
 * The `pg` package, an optional peer dependency: installed by whoever runs the server with
 * a database, not by every user of the widgets.
 * @throws Error naming the package to install when it is missing.
 */
async function importPg(): Promise<typeof import('pg').default> {
  try {
    return (await import('pg')).default;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : '';
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /package ['"]pg['"]/.test(message)) {
      throw new Error(
        '--database-url needs the PostgreSQL client package "pg", which is not installed: run `npm install pg@^8` beside microcred-widgets (an optional peer dependency), or leave out --database-url to use the embedded store',
        { cause: error },
      );
    }
    throw error;
  }
}

/** A database error reduced to what is safe to log: its SQLSTATE or network code, never values. */
export class PgStoreError extends Error {
  constructor(
    readonly code: string,
    what: string,
  ) {
    super(`postgres: ${what} failed (${code})`);
    this.name = 'PgStoreError';
  }
}

/** Classes of SQLSTATE that mean "not now" rather than "wrong": connection, resources, shutdown, I/O, conflicts. */
const TRANSIENT_CLASSES = new Set(['08', '40', '53', '55', '57', '58']);

/** The error as thrown to the handler: StoreUnavailableError (503) when retrying later may work. */
function classify(error: unknown, what: string): Error {
  if (error instanceof StoreUnavailableError || error instanceof PgStoreError) return error;
  const e = error as { code?: unknown; message?: unknown };
  const sqlstate = typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  if (sqlstate && !TRANSIENT_CLASSES.has(sqlstate.slice(0, 2))) {
    return new PgStoreError(sqlstate, what);
  }
  // Network errors (ECONNREFUSED, ECONNRESET…), pool timeouts and "Connection terminated" carry
  // no SQLSTATE: the database is out of reach.
  const code = sqlstate ?? (typeof e?.code === 'string' ? e.code : connectionWords(e?.message));
  return new StoreUnavailableError(`postgres: ${what} failed (${code})`, { cause: new PgStoreError(code, what) });
}

function connectionWords(message: unknown): string {
  const text = typeof message === 'string' ? message : '';
  if (/timeout/i.test(text)) return 'connect timeout';
  if (/terminated|closed|ended/i.test(text)) return 'connection lost';
  return 'unreachable';
}

interface InquiryRow {
  id: string;
  idempotency_key: string;
  body_sha256: string;
  received_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ListedRow {
  id: string;
  received_at: Date;
  inquiry: ListedInquiry['inquiry'];
  routed_to: string[] | null;
  unknown_program_ids: string[] | null;
}

function listedRow(r: ListedRow): ListedInquiry {
  return listed({
    id: r.id,
    receivedAt: r.received_at.toISOString(),
    inquiry: r.inquiry,
    routedTo: r.routed_to ?? undefined,
    unknownProgramIds: r.unknown_program_ids ?? undefined,
  });
}

function acceptance(row: InquiryRow): Acceptance {
  return { id: row.id, key: row.idempotency_key, bodySha256: row.body_sha256, receivedAt: row.received_at.toISOString() };
}

export class PgStore implements InquiryStore {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly retentionDays: number;
  private readonly warn: (message: string) => void;
  private readonly now: () => number;

  private constructor(
    private readonly pool: PgPool,
    opts: PgStoreOptions,
  ) {
    this.retentionDays = retentionDaysOf(opts);
    this.warn = opts.warn ?? ((m) => console.warn(m));
    this.now = opts.now ?? Date.now;
  }

  /** Connect, apply the migrations not yet applied, delete past retention, start the hourly run. */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    retentionDaysOf(opts);
    const pg = await importPg();
    const pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      // A statement stuck behind a dead server answers 503 rather than holding the request.
      query_timeout: 15_000,
      application_name: 'microcred-inquiries',
    });
    const warn = opts.warn ?? ((m: string) => console.warn(m));
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    pool.on('error', (error) => warn(`postgres: idle connection lost (${(error as { code?: string }).code ?? 'connection lost'})`));
    const store = new PgStore(pool, opts);
    try {
      await store.migrate();
      await store.compact();
    } catch (error) {
      await pool.end().catch(() => undefined);
      const refused = classify(error, 'start');
      const code = refused instanceof PgStoreError ? refused.code : (refused.cause as { code?: unknown } | undefined)?.code;
      const hint = typeof code === 'string' ? startFailureHint(code, opts.connectionString) : undefined;
      if (hint) refused.message = refused.message.replace(`(${code})`, `(${code}: ${hint})`);
      refused.message += ` at ${describeDatabaseUrl(opts.connectionString)}`;
      throw refused;
    }
    store.timer = setInterval(() => void store.compact().catch(() => undefined), opts.compactEveryMs ?? 60 * 60 * 1000);
    store.timer.unref?.();
    return store;
  }

  /** Apply pending migrations in one transaction, holding a lock other instances wait on. */
  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS mc_schema_migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM mc_schema_migrations');
      const applied = new Set(rows.map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO mc_schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
    });
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed mid-transaction is not handed out again.
      client.release(broken instanceof Error && !('severity' in broken) ? broken : undefined);
    }
  }

  private async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw classify(error, what);
    }
  }

  async lookup(key: string): Promise<Acceptance | undefined> {
    return this.run('lookup', async () => {
      const { rows } = await this.pool.query<InquiryRow>('SELECT id, idempotency_key, body_sha256, received_at FROM mc_inquiries WHERE idempotency_key = $1', [
        key,
      ]);
      return rows[0] ? acceptance(rows[0]) : undefined;
    });
  }

  async insert(record: StoredInquiry): Promise<Acceptance> {
    return this.run('insert', async () => {
      // Retention may delete the winner between the two statements; then try again.
      for (let attempt = 0; attempt < 3; attempt++) {
        // One statement: the deliveries owed are committed with the inquiry, or neither is.
        const inserted = await this.pool.query<InquiryRow>(
          `WITH ins AS (
             INSERT INTO mc_inquiries (id, idempotency_key, body_sha256, received_at, inquiry, routed_to, unknown_program_ids)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (idempotency_key) DO NOTHING
             RETURNING id, idempotency_key, body_sha256, received_at),
           owed AS (
             INSERT INTO mc_deliveries (inquiry_id, provider, next_attempt_at)
             SELECT ins.id, p, '-infinity' FROM ins, unnest($8::text[]) AS p)
           SELECT * FROM ins`,
          [
            record.id,
            record.key,
            record.bodySha256,
            record.receivedAt,
            JSON.stringify(record.inquiry),
            record.routedTo ?? null,
            record.unknownProgramIds ?? null,
            record.deliverTo ?? [],
          ],
        );
        if (inserted.rows[0]) return acceptance(inserted.rows[0]);
        const earlier = await this.lookup(record.key);
        if (earlier) return earlier;
      }
      throw new PgStoreError('retry', 'insert');
    });
  }

  async addAnalytics(entry: StoredAnalytics): Promise<void> {
    const rows = countRows(entry.receivedAt.slice(0, 10), entry.batch);
    if (rows.length === 0) throw new TypeError('addAnalytics: not an analytics batch');
    await this.run('analytics', async () => {
      await this.pool.query(
        `INSERT INTO mc_analytics_counts (day, page, kind, lang, key, count)
         SELECT $1::date, $2, kind, lang, key, count
           FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[]) AS t(kind, lang, key, count)
         ON CONFLICT (day, page, kind, lang, key) DO UPDATE SET count = mc_analytics_counts.count + EXCLUDED.count`,
        [rows[0]!.day, rows[0]!.page, rows.map((r) => r.kind), rows.map((r) => r.lang), rows.map((r) => r.key), rows.map((r) => r.count)],
      );
    });
  }

  async list(limit: number, after?: InquiryPosition, provider?: string, email?: string): Promise<ListedInquiry[]> {
    const where: string[] = [];
    const params: unknown[] = [limit];
    if (after) {
      params.push(after.receivedAt, after.id);
      where.push(`(received_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    if (provider !== undefined) {
      params.push([provider]);
      where.push(`routed_to @> $${params.length}::text[] AND NOT hidden_for @> $${params.length}::text[]`);
    }
    if (email !== undefined) {
      // "C": A-Z folded and nothing else, as foldEmail does, whatever the database's collation.
      params.push(email);
      where.push(`lower(btrim(inquiry->>'email') COLLATE "C") = $${params.length}`);
    }
    const { rows } = await this.run('list', () =>
      this.pool.query<ListedRow>(
        `SELECT id, received_at, inquiry, routed_to, unknown_program_ids FROM mc_inquiries
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at DESC, id DESC LIMIT $1`,
        params,
      ),
    );
    return rows.map(listedRow);
  }

  async withdraw(id: string, provider: string): Promise<Withdrawal | false> {
    if (!UUID.test(id)) return false;
    return this.run('withdraw', () =>
      this.transaction(async (client) => {
        const { rows } = await client.query<{ routed_to: string[] | null; hidden_for: string[]; unknown_program_ids: string[] | null }>(
          `SELECT routed_to, hidden_for, unknown_program_ids FROM mc_inquiries
            WHERE id = $1 AND routed_to @> $2::text[] AND NOT hidden_for @> $2::text[] FOR UPDATE`,
          [id, [provider]],
        );
        const row = rows[0];
        if (!row) return false;
        const others = (row.routed_to ?? []).filter((p) => p !== provider && !row.hidden_for.includes(p));
        if (others.length === 0 && (row.unknown_program_ids ?? []).length === 0) {
          await client.query('DELETE FROM mc_inquiries WHERE id = $1', [id]);
          return 'deleted' as const;
        }
        await client.query('UPDATE mc_inquiries SET hidden_for = array_append(hidden_for, $2) WHERE id = $1', [id, provider]);
        await client.query('DELETE FROM mc_deliveries WHERE inquiry_id = $1 AND provider = $2', [id, provider]);
        return 'hidden' as const;
      }),
    );
  }

  async claimDeliveries(now: number, limit: number, leaseMs: number): Promise<Delivery[]> {
    const { rows } = await this.run('deliveries', () =>
      this.pool.query<ListedRow & { provider: string; attempts: number }>(
        `WITH due AS (
           SELECT inquiry_id, provider FROM mc_deliveries WHERE next_attempt_at <= $1
            ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE mc_deliveries d SET next_attempt_at = $2
           FROM due, mc_inquiries i
          WHERE d.inquiry_id = due.inquiry_id AND d.provider = due.provider AND i.id = d.inquiry_id
          RETURNING d.provider, d.attempts, i.id, i.received_at, i.inquiry, i.routed_to, i.unknown_program_ids`,
        [new Date(now).toISOString(), new Date(now + leaseMs).toISOString(), limit],
      ),
    );
    return rows.map((r) => ({ provider: r.provider, attempts: r.attempts, item: listedRow(r) }));
  }

  async deliveryDone(id: string, provider: string): Promise<void> {
    await this.run('delivered', () => this.pool.query('DELETE FROM mc_deliveries WHERE inquiry_id = $1 AND provider = $2', [id, provider]));
  }

  async deliveryFailed(id: string, provider: string, attempts: number, nextAt: number): Promise<void> {
    await this.run('delivery', () =>
      this.pool.query('UPDATE mc_deliveries SET attempts = $3, next_attempt_at = $4 WHERE inquiry_id = $1 AND provider = $2', [
        id,
        provider,
        attempts,
        new Date(nextAt).toISOString(),
      ]),
    );
  }

  async remove(id: string): Promise<boolean> {
    // Not a uuid: no such row (and no SQL error carrying the value into a log).
    if (!UUID.test(id)) return false;
    const { rowCount } = await this.run('delete', () => this.pool.query('DELETE FROM mc_inquiries WHERE id = $1', [id]));
    return (rowCount ?? 0) > 0;
  }

  async outcomeCounts(range: DayRange): Promise<CountRow[]> {
    const { rows } = await this.run('outcomes', () =>
      this.pool.query<{ day: string; page: string; kind: CountKind; lang: string; key: string; n: string }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, page, kind, lang, key, sum(count)::text AS n FROM mc_analytics_counts
          WHERE day BETWEEN $1::date AND $2::date GROUP BY day, page, kind, lang, key`,
        [range.from ?? '0001-01-01', range.to ?? '9999-12-31'],
      ),
    );
    return rows.map((r) => ({ day: r.day, page: r.page, kind: r.kind, lang: r.lang, key: r.key, count: Number(r.n) }));
  }

  /**
   * Delete inquiries received more than `retentionDays` ago, and analytics counts of days
   * before that day (by day, as the embedded store deletes batches).
   */
  async compact(): Promise<void> {
    const cutoff = new Date(this.now() - this.retentionDays * DAY_MS);
    try {
      const gone = await this.run('retention', async () => {
        const { rowCount } = await this.pool.query('DELETE FROM mc_inquiries WHERE received_at < $1', [cutoff.toISOString()]);
        await this.pool.query(`DELETE FROM mc_analytics_counts WHERE day < $1::date`, [cutoff.toISOString().slice(0, 10)]);
        return rowCount ?? 0;
      });
      if (gone > 0) this.warn(`postgres: retention deleted ${gone} inquiries older than ${this.retentionDays} days`);
    } catch (error) {
      this.warn(`postgres: retention could not run, will try again (${(error as Error).message})`);
      throw error;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.pool.end();
  }
}
