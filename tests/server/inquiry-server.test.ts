import assert from 'node:assert/strict';
import { request } from 'node:http';
import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startInquiryServer } from '../../src/server/inquiry-server.js';

const ORIGIN = 'https://college.example';
const learner = {
  variant: 'learner',
  name: 'Alex Tremblay',
  email: 'alex@example.org',
  message: 'When does the next cohort start?',
  programIds: ['lp-welding-101'],
  consent: true,
  lang: 'en',
};

type Running = Awaited<ReturnType<typeof startInquiryServer>>;
let dir: string;
let server: Running;
let warnings: string[];

async function start(extra: Partial<Parameters<typeof startInquiryServer>[0]> = {}) {
  warnings = [];
  server = await startInquiryServer({
    port: 0,
    dataDir: dir,
    allowOrigins: [ORIGIN],
    warn: (m) => warnings.push(m),
    ...extra,
  });
}

function post(body: unknown, headers: Record<string, string> = {}, path = '/api/inquiries') {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The field errors of a 422 answer: `[{ field, code }]`. */
async function fieldErrors(res: Response): Promise<unknown> {
  return ((await res.json()) as { fields: unknown }).fields;
}

async function logLines(name = 'inquiries.jsonl'): Promise<unknown[]> {
  const text = await readFile(join(dir, name), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-inquiry-'));
});
afterEach(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('inquiry endpoint', () => {
  it('stores a valid inquiry and answers 201 with CORS headers for an allowed origin', async () => {
    await start();
    const res = await post(learner, { 'idempotency-key': 'key-aaaaaaaa-1' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    const body = (await res.json()) as { id: string };
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    const lines = (await logLines()) as Array<{ key: string; inquiry: typeof learner }>;
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.key, 'key-aaaaaaaa-1');
    assert.equal(lines[0]!.inquiry.email, 'alex@example.org');
  });

  it('answers a repeated key with the original response and stores once', async () => {
    await start();
    const first = await (await post(learner, { 'idempotency-key': 'key-repeat-01' })).json();
    const again = await post(learner, { 'idempotency-key': 'key-repeat-01' });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
    assert.equal((await logLines()).length, 1);
  });

  it('refuses the same key with a different body with 422 idempotency-key-reused', async () => {
    await start();
    await post(learner, { 'idempotency-key': 'key-reuse-001' });
    const res = await post({ ...learner, message: 'Something else' }, { 'idempotency-key': 'key-reuse-001' });
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { error: string }).error, 'idempotency-key-reused');
    assert.equal((await logLines()).length, 1);
  });

  it('requires an Idempotency-Key', async () => {
    await start();
    const res = await post(learner);
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: string }).error, 'idempotency-key-required');
  });

  it('refuses a present but invalid Idempotency-Key with its own code stating the rule, and stores nothing', async () => {
    await start();
    for (const key of ['k'.repeat(7), 'k'.repeat(201), 'key with spaces', 'clé-accentuée-1']) {
      const res = await post(learner, { 'idempotency-key': key });
      assert.equal(res.status, 400, key);
      assert.deepEqual(await res.json(), { error: 'idempotency-key-invalid', rule: '8 to 200 printable ASCII characters, no spaces' }, key);
    }
    for (const key of ['k'.repeat(8), 'k'.repeat(200)]) assert.equal((await post(learner, { 'idempotency-key': key })).status, 201, key);
    assert.equal((await logLines()).length, 2);
  });

  it('answers 422 with field errors for an invalid inquiry and stores nothing', async () => {
    await start();
    const res = await post({ ...learner, email: 'not-an-email', consent: false }, { 'idempotency-key': 'key-invalid-1' });
    assert.equal(res.status, 422);
    assert.deepEqual(await fieldErrors(res), [
      { field: 'email', code: 'invalid' },
      { field: 'consent', code: 'consent' },
    ]);
    assert.equal((await logLines()).length, 0);
  });

  it("refuses program ids outside the catalogue's syntax, naming programIds, and stores nothing", async () => {
    await start();
    for (const id of ['<script>x</script>', '=1+2', 'lp weld 101', '-lp-weld', 'x'.repeat(101)]) {
      const res = await post({ ...learner, programIds: ['lp-weld-101', id] }, { 'idempotency-key': `key-program-${id.length}-${id.charCodeAt(0)}` });
      assert.equal(res.status, 422, id);
      assert.deepEqual(await fieldErrors(res), [{ field: 'programIds', code: id.length > 100 ? 'too-long' : 'invalid' }], id);
    }
    assert.equal((await logLines()).length, 0);
    const ok = await post({ ...learner, programIds: ['lp-weld-101', 'coursera:intro_to.welding-2'] }, { 'idempotency-key': 'key-program-ok' });
    assert.equal(ok.status, 201);
  });

  it('refuses a body that is not UTF-8, naming the field that holds the bytes, instead of storing U+FFFD', async () => {
    await start();
    const [before, after] = JSON.stringify({ ...learner, name: 'Ren#e' }).split('#') as [string, string];
    const latin1 = Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
    const json = JSON.parse(latin1.toString('latin1')) as { name: string };
    assert.equal(json.name, 'Renée', 'the body is the name in Latin-1');
    const send = (body: Buffer, key: string) =>
      fetch(`${server.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key },
        body: new Uint8Array(body),
      });
    const res = await send(latin1, 'key-latin1-0001');
    assert.equal(res.status, 422);
    assert.deepEqual(await fieldErrors(res), [{ field: 'name', code: 'characters' }]);
    const outside = await send(Buffer.concat([Buffer.from('{"'), Buffer.from([0xff]), Buffer.from('":1}')]), 'key-latin1-0002');
    assert.equal(outside.status, 400);
    assert.deepEqual(await outside.json(), { error: 'malformed-json', message: 'the body is not UTF-8' });
    assert.equal((await logLines()).length, 0);
  });

  it('names a field the inquiry does not have by its own name, not as "variant"', async () => {
    await start();
    const res = await post({ ...learner, source: 'crm', email: 'x' }, { 'idempotency-key': 'key-unknown-01' });
    assert.equal(res.status, 422);
    assert.deepEqual(await fieldErrors(res), [
      { field: 'email', code: 'invalid' },
      { field: 'source', code: 'unknown' },
    ]);
    const noVariant = await post({ ...learner, variant: 'partner' }, { 'idempotency-key': 'key-unknown-02' });
    assert.deepEqual(await fieldErrors(noVariant), [{ field: 'variant', code: 'invalid' }]);
    assert.equal((await logLines()).length, 0);
  });

  it('refuses CR/LF and invisible characters in one-line fields with field errors, and keeps the message’s line breaks', async () => {
    await start();
    const injected = await post({ ...learner, name: 'Ada\r\nBcc: victim@example.org', phone: '613\u200b5550100' }, { 'idempotency-key': 'key-chars-0001' });
    assert.equal(injected.status, 422);
    assert.deepEqual(await fieldErrors(injected), [
      { field: 'name', code: 'characters' },
      { field: 'phone', code: 'characters' },
    ]);
    const blank = await post({ ...learner, name: '\u200b\u2060\u200b' }, { 'idempotency-key': 'key-chars-0002' });
    assert.equal(blank.status, 422);
    assert.equal((await logLines()).length, 0);
    const message = 'Hello,\n\nWhen does it start?\r\nThanks';
    assert.equal((await post({ ...learner, message }, { 'idempotency-key': 'key-chars-0003' })).status, 201);
    const [stored] = (await logLines()) as Array<{ inquiry: { message: string } }>;
    assert.equal(stored!.inquiry.message, message);
  });

  it('answers 400 for malformed JSON and 415 for another content type', async () => {
    await start();
    const bad = await post('{"variant": "learner",', { 'idempotency-key': 'key-malformed' });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: string }).error, 'malformed-json');
    const form = await post('name=x', { 'idempotency-key': 'key-form-0001', 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    await start({ maxBodyBytes: 1024 });
    const declared = await post({ ...learner, message: 'x'.repeat(5000) }, { 'idempotency-key': 'key-large-001' });
    assert.equal(declared.status, 413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${server.url}/api/inquiries`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'key-large-002', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write('x'.repeat(512));
      req.end();
    });
    assert.equal(streamed, 413);
    assert.equal((await logLines()).length, 0);
  });

  it('refuses a disallowed origin with 403 and no Access-Control-Allow-Origin', async () => {
    await start();
    const res = await post(learner, { 'idempotency-key': 'key-origin-01', origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const pre = await fetch(`${server.url}/api/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(pre.status, 403);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    assert.equal((await logLines()).length, 0);
  });

  it('answers a preflight from an allowed origin', async () => {
    await start();
    const res = await fetch(`${server.url}/api/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
  });

  it('rate-limits per client with 429 and Retry-After', async () => {
    let t = 1_000_000;
    await start({ rateLimit: { max: 2, windowMs: 30_000 }, now: () => t });
    assert.equal((await post(learner, { 'idempotency-key': 'key-rate-0001' })).status, 201);
    assert.equal((await post(learner, { 'idempotency-key': 'key-rate-0002' })).status, 201);
    const limited = await post(learner, { 'idempotency-key': 'key-rate-0003' });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '30');
    t += 30_000;
    assert.equal((await post(learner, { 'idempotency-key': 'key-rate-0003' })).status, 201);
  });

  it('keeps the inquiry log private to the server user', async () => {
    await start();
    await post(learner, { 'idempotency-key': 'key-mode-0001' });
    const { mode } = await stat(join(dir, 'inquiries.jsonl'));
    assert.equal(mode & 0o077, 0);
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    await start({ rateLimit: { max: 1, windowMs: 60_000 } });
    assert.equal((await post(learner, { 'idempotency-key': 'key-xff-00001', 'x-forwarded-for': '203.0.113.1' })).status, 201);
    assert.equal((await post(learner, { 'idempotency-key': 'key-xff-00002', 'x-forwarded-for': '203.0.113.2' })).status, 429);
    await server.close();
    await start({ rateLimit: { max: 1, windowMs: 60_000 }, trustProxy: true });
    assert.equal((await post(learner, { 'idempotency-key': 'key-xff-00003', 'x-forwarded-for': '203.0.113.3' })).status, 201);
    assert.equal((await post(learner, { 'idempotency-key': 'key-xff-00004', 'x-forwarded-for': '203.0.113.4' })).status, 201);
  });

  it('reloads idempotency keys from the log after a restart', async () => {
    await start();
    const first = await (await post(learner, { 'idempotency-key': 'key-durable-1' })).json();
    await server.close();
    await start();
    const again = await post(learner, { 'idempotency-key': 'key-durable-1' });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
    assert.equal((await logLines()).length, 1);
  });

  it('survives a record cut short by a crash: warns with its position only, sets it aside, appends cleanly', async () => {
    await start();
    await post(learner, { 'idempotency-key': 'key-crash-001' });
    await server.close();
    const size = (await stat(join(dir, 'inquiries.jsonl'))).size;
    await appendFile(join(dir, 'inquiries.jsonl'), '{"id":"half-writ","inquiry":{"email":"alex@exam');
    await start();
    assert.equal((await post(learner, { 'idempotency-key': 'key-crash-002' })).status, 201);
    await server.handler.store.compact();
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0]!, new RegExp(`inquiries\\.jsonl: line 2 \\(byte ${size}\\): cut short`));
    assert.doesNotMatch(warnings.join('\n'), /alex|exam|half/, 'no personal data in a warning');
    assert.match(warnings[1]!, /1 damaged lines set aside/);
    const lines = (await logLines()) as Array<{ key: string }>;
    assert.deepEqual(
      lines.map((l) => l.key),
      ['key-crash-001', 'key-crash-002'],
    );
    const aside = (await logLines('inquiries.set-aside.jsonl')) as Array<{ line: number; offset: number; text: string }>;
    assert.equal(aside.length, 1);
    assert.deepEqual([aside[0]!.line, aside[0]!.offset], [2, size]);
    assert.match(aside[0]!.text, /half-writ/);
    await server.close();
    await start();
    assert.deepEqual(warnings, [], 'a set-aside line is not warned about again');
  });

  it('accepts an analytics batch as text/plain into its own log and refuses a bad one', async () => {
    await start();
    const batch = {
      format: 'mc-analytics/1',
      recommend: [['72106', 2]],
      programOpen: [],
      inquire: [['sent', 1]],
      noMatch: [['en', 'chief vibes officer', 1]],
      overflow: 0,
    };
    const ok = await post(JSON.stringify(batch), { 'content-type': 'text/plain;charset=UTF-8' }, '/api/analytics');
    assert.equal(ok.status, 204);
    const bad = await post({ ...batch, email: 'a@b.ca' }, {}, '/api/analytics');
    assert.equal(bad.status, 422);
    const lines = (await logLines('analytics.jsonl')) as Array<{ batch: typeof batch }>;
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0]!.batch, batch);
    assert.equal((await logLines()).length, 0);
  });

  it('refuses a batch whose counts no page load sends, and keeps the report whole', async () => {
    await start();
    const batch = {
      format: 'mc-analytics/2',
      page: null,
      recommend: [['72106', 1e308]],
      programOpen: [],
      inquire: [['sent', 1e308]],
      noMatch: [],
      overflow: 0,
    };
    const res = await post(JSON.stringify(batch), { 'content-type': 'text/plain;charset=UTF-8' }, '/api/analytics');
    assert.equal(res.status, 422);
    assert.deepEqual(await res.json(), { error: 'invalid', field: 'recommend.0.1' });
    assert.equal((await logLines('analytics.jsonl')).length, 0);
  });

  it('folds an unmatched title again and drops one that looks like an email, a phone number or a postal code before storing it', async () => {
    await start();
    const batch = {
      format: 'mc-analytics/1',
      recommend: [],
      programOpen: [],
      inquire: [],
      // As a page that does not filter would send them: folded, "@" and dots gone.
      noMatch: [
        ['en', 'ada lovelace example com', 1],
        ['en', '416 555 0199', 1],
        ['fr', 'k1a 0b1', 1],
        ['en', 'chief vibes officer', 2],
        // Not folded, as no widget sends it: folded here, and the markup's signs go.
        ['en', '<img src=x onerror=alert(1)> Ghost Writer', 1],
        ['fr', '!!!', 1],
      ],
      overflow: 0,
    };
    assert.equal((await post(JSON.stringify(batch), { 'content-type': 'text/plain;charset=UTF-8' }, '/api/analytics')).status, 204);
    const lines = (await logLines('analytics.jsonl')) as Array<{ batch: typeof batch }>;
    assert.deepEqual(lines[0]!.batch.noMatch, [
      ['en', 'chief vibes officer', 2],
      ['en', 'img src x onerror alert 1 ghost writer', 1],
    ]);
  });
});
