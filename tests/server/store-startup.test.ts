/**
 * The embedded store at start and over time: a damaged log never stops the server nor
 * leaks what it holds into a warning, memory holds only the keys idempotency needs, and
 * retention deletes old inquiries from disk by rewriting the log.
 */
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/server/embedded-store.js';
import { startInquiryServer } from '../../src/server/inquiry-server.js';
import { SmallDisk } from '../fixtures/server/full-disk.js';
import { learner } from '../fixtures/core/inquiries.js';

const ORIGIN = 'https://college.example';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-01T12:00:00Z');

let dir: string;
let warnings: string[];
const closing: Array<{ close(): Promise<void> }> = [];

function record(key: string, daysAgo: number, extra: Record<string, unknown> = {}) {
  return {
    id: `id-${key}`,
    key,
    bodySha256: 'a'.repeat(64),
    receivedAt: new Date(NOW - daysAgo * DAY).toISOString(),
    inquiry: { ...learner, name: `Person ${key}` },
    ...extra,
  };
}

async function writeLog(lines: Array<string | object>): Promise<void> {
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
  await writeFile(join(dir, 'inquiries.jsonl'), text, { mode: 0o600 });
}

async function keysOnDisk(name = 'inquiries.jsonl'): Promise<string[]> {
  const text = await readFile(join(dir, name), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { key: string }).key);
}

async function openStore(extra: Partial<Parameters<typeof EmbeddedStore.open>[0]> = {}) {
  warnings = [];
  const store = await EmbeddedStore.open({ dataDir: dir, now: () => NOW, warn: (m) => warnings.push(m), ...extra });
  closing.push(store);
  return store;
}

async function startServer(extra: Partial<Parameters<typeof startInquiryServer>[0]> = {}) {
  warnings = [];
  const server = await startInquiryServer({
    port: 0,
    dataDir: dir,
    allowOrigins: [ORIGIN],
    now: () => NOW,
    warn: (m) => warnings.push(m),
    ...extra,
  });
  closing.push(server);
  return server;
}

function post(url: string, key: string, body: unknown = learner) {
  return fetch(`${url}/api/inquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-startup-'));
});
afterEach(async () => {
  for (const c of closing.splice(0).reverse()) await c.close();
  await rm(dir, { recursive: true, force: true });
});

describe('embedded store: reading the log at start', () => {
  it('starts past a line reading null, a non-record and a damaged line, naming each by line and byte, quoting none', async () => {
    const first = JSON.stringify(record('key-good-0001', 1));
    const damaged = '{"id":"x","inquiry":{"name":"Ada Lovelace","email":"ada@example.org"';
    await writeLog([first, 'null', '{"phone":"613-555-0100"}', damaged, record('key-good-0002', 1)]);
    const server = await startServer();
    assert.equal(warnings.length, 3, warnings.join('\n'));
    const offsets = [first.length + 1, first.length + 6, first.length + 6 + 25];
    assert.match(warnings[0]!, new RegExp(`line 2 \\(byte ${offsets[0]}\\): not a record`));
    assert.match(warnings[1]!, new RegExp(`line 3 \\(byte ${offsets[1]}\\): not a record`));
    assert.match(warnings[2]!, new RegExp(`line 4 \\(byte ${offsets[2]}\\): not JSON`));
    assert.doesNotMatch(warnings.join('\n'), /Ada|Lovelace|ada@|613|555|phone|email/);
    // The good records around them were loaded: their keys are answered, not stored again.
    const replay = await post(server.url, 'key-good-0002', learner);
    assert.equal(replay.status, 422, 'known key, other body');
    assert.equal(((await replay.json()) as { error: string }).error, 'idempotency-key-reused');
  });

  it('sets damaged lines aside in their own file (mode 600), out of the log', async () => {
    await writeLog([record('key-good-0001', 1), 'null', 'not json at all: ada@example.org']);
    const store = await openStore();
    await store.compact();
    assert.deepEqual(await keysOnDisk(), ['key-good-0001']);
    const aside = (await readFile(join(dir, 'inquiries.set-aside.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { line: number; reason: string; text: string });
    assert.deepEqual(
      aside.map((a) => [a.line, a.reason, a.text]),
      [
        [2, 'not a record', 'null'],
        [3, 'not JSON', 'not json at all: ada@example.org'],
      ],
    );
    const files = await readdir(dir);
    assert.ok(!files.some((f) => f.endsWith('.tmp')), 'no temporary file left');
  });

  it('takes a line longer than 1 MiB as damaged without holding it', async () => {
    await writeLog([record('key-good-0001', 1), `{"x":"${'y'.repeat(2 * 1024 * 1024)}"}`, record('key-good-0002', 1)]);
    const store = await openStore();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /line 2 \(byte \d+\): too long/);
    assert.equal(store.stats().keys, 2);
  });

  it('keeps in memory only the keys within the idempotency window, not every record', async () => {
    const lines = [];
    for (let i = 0; i < 500; i++) lines.push(record(`key-old-${String(i).padStart(4, '0')}`, 40 + (i % 100)));
    for (let i = 0; i < 20; i++) lines.push(record(`key-new-${String(i).padStart(4, '0')}`, i % 10));
    await writeLog(lines);
    const store = await openStore();
    assert.deepEqual(warnings, []);
    assert.equal(store.stats().keys, 20);
    assert.equal((await store.lookup('key-new-0003'))?.id, 'id-key-new-0003');
    assert.equal(await store.lookup('key-old-0003'), undefined, 'past the window: forgotten');
  });

  it('forgets keys as they leave the window while running', async () => {
    let now = NOW;
    await writeLog([record('key-aging-0001', 29)]);
    const store = await openStore({ now: () => now });
    assert.ok(await store.lookup('key-aging-0001'));
    now += 2 * DAY;
    assert.equal(await store.lookup('key-aging-0001'), undefined);
    assert.equal(store.stats().keys, 0);
  });
});

describe('embedded store: retention', () => {
  it('deletes inquiries older than the retention from disk at start, keeping the rest and the keys', async () => {
    await writeLog([record('key-ret-0200d', 200), record('key-ret-0100d', 100), record('key-ret-0001d', 1)]);
    const server = await startServer({ retentionDays: 180 });
    await server.handler.store.compact();
    assert.deepEqual(await keysOnDisk(), ['key-ret-0100d', 'key-ret-0001d']);
    assert.match(warnings.join('\n'), /retention deleted 1 inquiries older than 180 days/);
    assert.doesNotMatch(await readFile(join(dir, 'inquiries.jsonl'), 'utf8'), /key-ret-0200d/, 'gone from disk');
    // Still serving, and appending to the rewritten file.
    assert.equal((await post(server.url, 'key-after-rewrite')).status, 201);
    assert.deepEqual(await keysOnDisk(), ['key-ret-0100d', 'key-ret-0001d', 'key-after-rewrite']);
  });

  it('applies a shorter retention, and runs again on its schedule as time passes', async () => {
    let now = NOW;
    await writeLog([record('key-ret-a', 100), record('key-ret-b', 20), record('key-ret-c', 5)]);
    const store = await openStore({ retentionDays: 30, now: () => now, compactEveryMs: 10 });
    await store.compact();
    assert.deepEqual(await keysOnDisk(), ['key-ret-b', 'key-ret-c']);
    now += 12 * DAY; // key-ret-b is now 32 days old
    for (let i = 0; i < 100 && (await keysOnDisk()).length > 1; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(await keysOnDisk(), ['key-ret-c']);
  });

  it('keeps every inquiry appended while the log is being rewritten', async () => {
    const lines = [];
    for (let i = 0; i < 20_000; i++) lines.push(record(`key-bulk-${i}`, i % 2 === 0 ? 300 : 10));
    await writeLog(lines);
    const server = await startServer({ rateLimit: { max: 1000, windowMs: 60_000 } });
    const posts = Array.from({ length: 40 }, (_, i) => post(server.url, `key-during-${String(i).padStart(3, '0')}`));
    const [responses] = await Promise.all([Promise.all(posts), server.handler.store.compact()]);
    assert.deepEqual(
      responses.map((r) => r.status),
      responses.map(() => 201),
    );
    await server.handler.store.compact();
    const keys = await keysOnDisk();
    assert.equal(keys.length, 10_000 + 40);
    assert.equal(keys.filter((k) => k.startsWith('key-during-')).length, 40);
    assert.ok(!keys.some((k) => /key-bulk-\d*[02468]$/.test(k)), 'the old half is gone');
  });

  it('leaves the log as it was when the rewrite cannot be written, and tries again later', async () => {
    await writeLog([record('key-ret-old', 300), record('key-ret-new', 1)]);
    const before = await readFile(join(dir, 'inquiries.jsonl'), 'utf8');
    const disk = new SmallDisk(dir);
    disk.capacity = (await disk.used()) + 10;
    const store = await openStore({ fs: disk });
    await assert.rejects(store.compact());
    assert.equal(await readFile(join(dir, 'inquiries.jsonl'), 'utf8'), before);
    assert.ok(!(await readdir(dir)).some((f) => f.endsWith('.tmp')), 'no temporary file left');
    assert.match(warnings.join('\n'), /retention could not rewrite the log, will try again \(ENOSPC\)/);
    disk.capacity = Number.POSITIVE_INFINITY;
    await store.compact();
    assert.deepEqual(await keysOnDisk(), ['key-ret-new']);
  });

  it('refuses a retention that is not a whole number of days from 1', async () => {
    await assert.rejects(EmbeddedStore.open({ dataDir: dir, retentionDays: 0 }), /retentionDays/);
  });

  it('applies retention to the set-aside file too', async () => {
    let now = NOW;
    await writeLog([record('key-good-0001', 1), 'null']);
    const store = await openStore({ now: () => now });
    await store.compact();
    assert.equal((await keysOnDisk('inquiries.set-aside.jsonl').catch(() => [])).length, 1);
    now += 181 * DAY;
    await appendFile(join(dir, 'inquiries.jsonl'), '');
    await store.compact();
    assert.equal((await readFile(join(dir, 'inquiries.set-aside.jsonl'), 'utf8')).trim(), '');
  });
});
