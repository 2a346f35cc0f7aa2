/**
 * Rate limiting behind reverse proxies (the client address counted from the right of
 * X-Forwarded-For) and the limiter's memory cap.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseServerArgs, startInquiryServer } from '../../src/server/inquiry-server.js';
import { RateLimiter, clientAddress } from '../../src/server/rate-limit.js';
import { learner } from '../fixtures/core/inquiries.js';

const ORIGIN = 'https://college.example';

let dir: string;
let server: Awaited<ReturnType<typeof startInquiryServer>> | undefined;
let seq = 0;

async function start(extra: Partial<Parameters<typeof startInquiryServer>[0]>) {
  server = await startInquiryServer({ port: 0, dataDir: dir, allowOrigins: [ORIGIN], warn: () => undefined, ...extra });
}

async function post(forwardedFor?: string): Promise<number> {
  const res = await fetch(`${server!.url}/api/inquiries`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: ORIGIN,
      'idempotency-key': `key-proxy-${String(seq++).padStart(6, '0')}`,
      ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
    },
    body: JSON.stringify(learner),
  });
  await res.arrayBuffer();
  return res.status;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-proxy-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('client address behind proxies', () => {
  it('takes the entry N from the right, the one the outermost trusted proxy wrote', () => {
    assert.equal(clientAddress('198.51.100.7, 203.0.113.9', '10.0.0.2', 1), '203.0.113.9');
    assert.equal(clientAddress('198.51.100.7, 203.0.113.9, 10.0.0.1', '10.0.0.2', 2), '203.0.113.9');
    assert.equal(clientAddress(['1.1.1.1, 2.2.2.2', '203.0.113.9'], '10.0.0.2', 1), '203.0.113.9', 'repeated headers');
    assert.equal(clientAddress(' 2001:db8::1 ', '10.0.0.2', 1), '2001:db8::1');
  });

  it('uses the connection address when no proxy is trusted or the header is too short', () => {
    assert.equal(clientAddress('203.0.113.9', '10.0.0.2', 0), '10.0.0.2');
    assert.equal(clientAddress(undefined, '10.0.0.2', 1), '10.0.0.2');
    assert.equal(clientAddress('203.0.113.9', '10.0.0.2', 2), '10.0.0.2', 'did not pass both proxies');
    assert.equal(clientAddress('203.0.113.9, ', '10.0.0.2', 1), '10.0.0.2', 'an empty entry');
  });

  it('limits a client behind one proxy whatever it writes into X-Forwarded-For (--trust-proxy)', async () => {
    await start({ rateLimit: { max: 20, windowMs: 60_000 }, trustProxy: true });
    const statuses: number[] = [];
    // The proxy appends the address it saw (203.0.113.50) to what the client sent.
    for (let i = 0; i < 25; i++) statuses.push(await post(`198.51.100.${i}, 203.0.113.50`));
    assert.equal(statuses.filter((s) => s === 201).length, 20);
    assert.equal(statuses.filter((s) => s === 429).length, 5);
  });

  it('counts clients behind two proxies apart (--trust-proxy-hops 2)', async () => {
    await start({ rateLimit: { max: 2, windowMs: 60_000 }, trustProxyHops: 2 });
    const a = [await post('6.6.6.6, 203.0.113.1, 10.0.0.1'), await post('7.7.7.7, 203.0.113.1, 10.0.0.1')];
    const b = [await post('203.0.113.2, 10.0.0.1'), await post('203.0.113.2, 10.0.0.1')];
    assert.deepEqual([...a, ...b], [201, 201, 201, 201], 'two clients, two buckets of 2');
    assert.equal(await post('8.8.8.8, 203.0.113.1, 10.0.0.1'), 429, 'the first client, whatever it wrote on the left');
    assert.equal(await post('203.0.113.2, 10.0.0.1'), 429);
  });

  it('reads --trust-proxy-hops, --trust-proxy, --rate-limit and --retention-days', () => {
    const base = parseServerArgs([]);
    assert.equal(base.trustProxyHops, 0);
    assert.deepEqual(base.rateLimit, { max: 20, windowMs: 60_000 });
    assert.equal(base.retentionDays, 180);
    const set = parseServerArgs(['--trust-proxy-hops', '2', '--rate-limit', '5/30', '--retention-days', '30']);
    assert.equal(set.trustProxyHops, 2);
    assert.deepEqual(set.rateLimit, { max: 5, windowMs: 30_000 });
    assert.equal(set.retentionDays, 30);
    assert.equal(parseServerArgs(['--trust-proxy']).trustProxyHops, 1);
    assert.throws(() => parseServerArgs(['--trust-proxy', '--trust-proxy-hops', '2']), /one or the other/);
    assert.throws(() => parseServerArgs(['--rate-limit', '20']), /--rate-limit: expected MAX\/SECONDS/);
    assert.throws(() => parseServerArgs(['--trust-proxy-hops', 'x']), /--trust-proxy-hops/);
    assert.throws(() => parseServerArgs(['--retention-days', '0']), /--retention-days/);
  });
});

describe('rate limiter memory', () => {
  it('holds at most its cap of clients, however many come in one window', () => {
    const limiter = new RateLimiter({ max: 20, windowMs: 60_000 }, () => 1_000);
    for (let i = 0; i < 120_000; i++) limiter.take(`client-${i}`);
    assert.ok(limiter.size <= 50_000, `${limiter.size} clients held`);
  });

  it('drops expired windows first, then the oldest live one', () => {
    let t = 0;
    const limiter = new RateLimiter({ max: 1, windowMs: 100 }, () => t, 3);
    limiter.take('a');
    t = 10;
    limiter.take('b');
    t = 20;
    limiter.take('c');
    assert.ok(limiter.take('c') > 0, 'c is limited');
    t = 30;
    limiter.take('d'); // full: a, the oldest, goes
    assert.equal(limiter.size, 3);
    assert.equal(limiter.take('a'), 0, 'a starts again (b, now the oldest, goes)');
    assert.ok(limiter.take('d') > 0, 'd is still counted');
    t = 125;
    limiter.take('e'); // c (started at 20) has expired
    assert.equal(limiter.size, 3, 'd, a and e');
    assert.ok(limiter.take('a') > 0, 'a is still counted');
  });

  it('keeps counting a client that renews its window after others', () => {
    let t = 0;
    const limiter = new RateLimiter({ max: 1, windowMs: 100 }, () => t, 2);
    limiter.take('a');
    t = 50;
    limiter.take('b');
    t = 110;
    limiter.take('a'); // a's new window starts after b's
    t = 160;
    assert.ok(limiter.take('a') > 0, 'a is limited in its new window');
    assert.equal(limiter.size, 1, 'b expired and was dropped; a is live');
  });

  it('stays fast past 10,000 clients: 200,000 distinct clients in one window', { timeout: 20_000 }, () => {
    const limiter = new RateLimiter({ max: 20, windowMs: 60_000 }, () => 1_000);
    for (let i = 0; i < 200_000; i++) limiter.take(`client-${i}`);
    assert.ok(limiter.size <= 50_000);
  });
});
