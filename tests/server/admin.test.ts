/**
 * The admin side (list, CSV export, deletion of inquiries), the same cases on the embedded
 * store and on a real PostgreSQL (a cluster started in a temporary folder on a free port).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { inquiriesCsv } from '../../src/server/admin-handler.js';
import { parseServerArgs, startInquiryServer } from '../../src/server/inquiry-server.js';
import { employer, learner } from '../fixtures/core/inquiries.js';
import { embeddedBackend, postgresBackend } from '../fixtures/server/analytics-backends.js';

const ORIGIN = 'https://college.example';
const TOKEN = 'admin-token-3f9c1b7e2a64d508';
const DAY = 86_400_000;

type Running = Awaited<ReturnType<typeof startInquiryServer>>;

for (const backend of [embeddedBackend(), postgresBackend()]) {
  describe(`admin side on the ${backend.name}`, { timeout: 120_000 }, () => {
    let server: Running;
    let warnings: string[];
    let clock: number;

    async function start(extra: Partial<Parameters<typeof startInquiryServer>[0]> = {}) {
      warnings = [];
      server = await startInquiryServer({
        port: 0,
        ...backend.options(),
        allowOrigins: [ORIGIN],
        rateLimit: { max: 1_000_000, windowMs: 60_000 },
        adminToken: TOKEN,
        warn: (m) => warnings.push(m),
        now: () => clock,
        ...extra,
      });
    }

    /** Send an inquiry through the public endpoint, one second after the last. */
    async function submit(body: Record<string, unknown>): Promise<string> {
      clock += 1000;
      const res = await fetch(`${server.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': `key-${crypto.randomUUID()}` },
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 201);
      return ((await res.json()) as { id: string }).id;
    }

    function admin(path: string, init: RequestInit & { token?: string | null } = {}) {
      const { token = TOKEN, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null) headers.set('authorization', `Bearer ${token}`);
      return fetch(`${server.url}${path}`, { ...rest, headers });
    }

    beforeEach(async () => {
      clock = Date.now();
      await backend.setUp();
    });
    afterEach(async () => {
      await server?.close();
      await backend.tearDown();
    });
    after(async () => {
      await backend.destroy();
    });

    it('answers 401 with no token, a wrong token, another scheme or a token of another length', async () => {
      await start();
      await submit(learner);
      for (const path of ['/api/inquiries', '/api/inquiries.csv']) {
        for (const token of [null, 'admin-token-3f9c1b7e2a64d509', 'x', `${TOKEN}x`]) {
          const res = await admin(path, { token });
          assert.equal(res.status, 401, `${path} with ${token}`);
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
          assert.doesNotMatch(await res.text(), /alex@example\.org/);
        }
        const basic = await admin(path, { token: null, headers: { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } });
        assert.equal(basic.status, 401);
      }
      const id = ((await (await admin('/api/inquiries')).json()) as { inquiries: Array<{ id: string }> }).inquiries[0]!.id;
      assert.equal((await admin(`/api/inquiries/${id}`, { method: 'DELETE', token: 'wrong-token-0000000000' })).status, 401);
      assert.match(await backend.everything(), /alex@example\.org/, 'a refused delete deletes nothing');
    });

    it('slows down guessing: past the admin rate limit, 429 whatever the token', async () => {
      await start({ adminRateLimit: { max: 5, windowMs: 60_000 } });
      for (let i = 0; i < 5; i++) assert.equal((await admin('/api/inquiries', { token: `guess-${i}-0000000000000` })).status, 401);
      const res = await admin('/api/inquiries');
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) > 0);
    });

    it('never takes the token from a query string', async () => {
      await start();
      await submit(learner);
      for (const query of [`access_token=${TOKEN}`, `token=${TOKEN}`, `authorization=Bearer%20${TOKEN}`]) {
        for (const path of ['/api/inquiries', '/api/inquiries.csv']) {
          const res = await admin(`${path}?${query}`, { token: null });
          assert.equal(res.status, 401, `${path}?${query}`);
        }
      }
    });

    it('sends no CORS headers on admin paths and answers no preflight for them', async () => {
      await start();
      const id = await submit(learner);
      for (const path of ['/api/inquiries', '/api/inquiries.csv']) {
        const res = await admin(path, { headers: { origin: ORIGIN } });
        assert.equal(res.status, 200);
        await res.arrayBuffer();
        for (const name of res.headers.keys()) assert.doesNotMatch(name, /^access-control-/, `${path}: ${name}`);
      }
      const preflights: Array<[string, string, string?]> = [
        ['/api/inquiries', 'GET', 'authorization'],
        ['/api/inquiries', 'POST', 'content-type, authorization'],
        ['/api/inquiries.csv', 'GET'],
        [`/api/inquiries/${id}`, 'DELETE', 'authorization'],
      ];
      for (const [path, method, headers] of preflights) {
        const res = await fetch(`${server.url}${path}`, {
          method: 'OPTIONS',
          headers: {
            origin: ORIGIN,
            'access-control-request-method': method,
            ...(headers ? { 'access-control-request-headers': headers } : {}),
          },
        });
        assert.ok(res.status >= 400, `${method} ${path} preflight: ${res.status}`);
        for (const name of res.headers.keys()) assert.doesNotMatch(name, /^access-control-/, `${method} ${path}: ${name}`);
      }
      // The widgets' own preflight still works.
      const widget = await fetch(`${server.url}/api/inquiries`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
      });
      assert.equal(widget.status, 204);
      assert.equal(widget.headers.get('access-control-allow-origin'), ORIGIN);
    });

    it('is off (404) without a token', async () => {
      await start({ adminToken: undefined });
      const id = await submit(learner);
      assert.equal((await admin('/api/inquiries')).status, 404);
      assert.equal((await admin('/api/inquiries.csv')).status, 404);
      assert.equal((await admin(`/api/inquiries/${id}`, { method: 'DELETE' })).status, 404);
    });

    it('lists inquiries newest first, in pages joined by an opaque cursor', async () => {
      await start();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push(await submit({ ...learner, message: `Question ${i}` }));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await admin(`/api/inquiries?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const body = (await res.json()) as { inquiries: Array<{ id: string; receivedAt: string; inquiry: { message: string } }>; next: string | null };
        assert.ok(body.inquiries.length <= 3);
        for (const item of body.inquiries) {
          assert.equal(item.inquiry.message, `Question ${ids.indexOf(item.id)}`);
          assert.equal((item as Record<string, unknown>).key, undefined, 'the idempotency key stays inside');
        }
        seen.push(...body.inquiries.map((i) => i.id));
        cursor = body.next;
        pages += 1;
      } while (cursor && pages < 10);
      assert.deepEqual(seen, [...ids].reverse());
      assert.equal(pages, 3);
      assert.equal((await admin('/api/inquiries?cursor=not-a-cursor')).status, 400);
      assert.equal((await admin('/api/inquiries?limit=0')).status, 400);
    });

    it('exports CSV with every cell a spreadsheet would run as a formula made text', async () => {
      await start();
      await submit({ ...learner, name: '=HYPERLINK("http://evil.example","x")', message: '+1 555 0100' });
      await submit({ ...employer, organization: '@SUM(A1:A2)', message: '-cmd|calc', phone: '+33 1 23 45 67 89' });
      await submit({ ...learner, name: 'Zoé Côté', message: 'A plain question, with "quotes"' });
      const res = await admin('/api/inquiries.csv');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
      const text = (await res.text()).replace(/^\uFEFF/, '');
      const lines = text.split('\r\n').filter(Boolean);
      assert.equal(lines.length, 4);
      assert.match(lines[0]!, /^id,receivedAt,variant,name,organization,contactName,email,phone/);
      assert.ok(lines[1]!.includes('Zoé Côté') && lines[1]!.includes('"A plain question, with ""quotes"""'), lines[1]);
      for (const dangerous of ['@SUM(A1:A2)', '-cmd|calc', '+33 1 23 45 67 89']) {
        assert.ok(lines[2]!.includes(`'${dangerous}`), `${JSON.stringify(dangerous)} in ${lines[2]}`);
      }
      assert.ok(lines[3]!.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), lines[3]);
      assert.ok(lines[3]!.includes(`'+1 555 0100`), lines[3]);
      // No cell starts with a formula character unless escaped.
      const cells = lines.slice(1).flatMap((l) => l.split(','));
      for (const cell of cells) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@\t\r]/, cell);
    });

    it('deletes an inquiry from storage itself, and answers 404 for it afterwards', async () => {
      await start();
      const gone = await submit({ ...learner, name: 'Delete Me', email: 'delete.me@example.org' });
      await submit(employer);
      assert.match(await backend.everything(), /delete\.me@example\.org/);
      const res = await admin(`/api/inquiries/${gone}`, { method: 'DELETE' });
      assert.equal(res.status, 204);
      for (const name of res.headers.keys()) assert.doesNotMatch(name, /^access-control-/);
      const kept = await backend.everything();
      assert.doesNotMatch(kept, /delete\.me@example\.org|Delete Me/);
      assert.match(kept, /sam@example\.org/, 'the other inquiry is kept');
      assert.equal((await admin(`/api/inquiries/${gone}`, { method: 'DELETE' })).status, 404);
      assert.equal((await admin('/api/inquiries/not-an-id', { method: 'DELETE' })).status, 404);
      const list = (await (await admin('/api/inquiries')).json()) as { inquiries: Array<{ id: string }> };
      assert.equal(list.inquiries.length, 1);
      // Still gone after a restart (nothing was merely hidden).
      await server.close();
      await start();
      const again = (await (await admin('/api/inquiries')).json()) as { inquiries: Array<{ id: string }> };
      assert.deepEqual(
        again.inquiries.map((i) => i.id),
        list.inquiries.map((i) => i.id),
      );
      const posted = await submit(learner);
      assert.ok(posted, 'the store takes inquiries after a deletion');
    });

    it("finds a person's inquiries by email (whole, trimmed, A-Z in any case), from a header only, and deletes them", async () => {
      await start();
      const theirs = [await submit({ ...learner, email: 'Ada.Tremblay@Example.ORG' }), await submit({ ...employer, email: 'ada.tremblay@example.org' })];
      for (const email of ['ada.tremblay@example.org.uk', 'bada.tremblay@example.org', 'alex@example.org']) await submit({ ...learner, email });
      const byEmail = async (email: string, query = '') => {
        const res = await admin(`/api/inquiries${query}`, { headers: { 'x-microcred-email': email } });
        assert.equal(res.status, 200);
        return (await res.json()) as { inquiries: Array<{ id: string }>; next: string | null };
      };
      const found = await byEmail('  ADA.tremblay@example.org ');
      assert.deepEqual(
        found.inquiries.map((i) => i.id),
        [...theirs].reverse(),
      );
      const first = await byEmail('ada.tremblay@example.org', '?limit=1');
      assert.deepEqual(
        first.inquiries.map((i) => i.id),
        [theirs[1]],
      );
      const second = await byEmail('ada.tremblay@example.org', `?limit=1&cursor=${first.next}`);
      assert.deepEqual(
        second.inquiries.map((i) => i.id),
        [theirs[0]],
      );
      for (const other of ['%@example.org', 'ada.tremblay@example', 'tremblay']) assert.deepEqual((await byEmail(other)).inquiries, [], other);
      const inUrl = await admin('/api/inquiries?email=ada.tremblay@example.org');
      assert.equal(inUrl.status, 400);
      assert.deepEqual(await inUrl.json(), { error: 'email-in-url', header: 'X-Microcred-Email' });
      // A pasted address may bring a no-break space.
      assert.equal((await byEmail('\u00a0ada.tremblay@example.org\u00a0')).inquiries.length, 2);
      const blank = await admin('/api/inquiries', { headers: { 'x-microcred-email': ' ' } });
      assert.equal(blank.status, 400);
      assert.deepEqual(await blank.json(), { error: 'invalid-email-filter' });
      for (const id of theirs) assert.equal((await admin(`/api/inquiries/${id}`, { method: 'DELETE' })).status, 204);
      assert.deepEqual((await byEmail('ada.tremblay@example.org')).inquiries, []);
      assert.equal(((await (await admin('/api/inquiries')).json()) as { inquiries: unknown[] }).inquiries.length, 3);
      assert.doesNotMatch(warnings.join('\n'), /ada|tremblay/i);
    });

    it('loses no inquiry sent while another is being deleted', async () => {
      await start();
      const gone = await submit({ ...learner, email: 'delete.me@example.org' });
      for (let i = 0; i < 20; i++) await submit({ ...learner, message: `Before ${i}` });
      const during = Array.from({ length: 30 }, (_, i) => submit({ ...learner, message: `During ${i}` }));
      const [deleted, ...ids] = await Promise.all([admin(`/api/inquiries/${gone}`, { method: 'DELETE' }), ...during]);
      assert.equal(deleted!.status, 204);
      const listed = (await (await admin('/api/inquiries?limit=200')).json()) as { inquiries: Array<{ id: string }> };
      assert.equal(listed.inquiries.length, 50);
      const listedIds = new Set(listed.inquiries.map((i) => i.id));
      for (const id of ids) assert.ok(listedIds.has(id as string));
      assert.doesNotMatch(await backend.everything(), /delete\.me@example\.org/);
    });

    it('writes no personal data and no token to its logs', async () => {
      await start({ retentionDays: 1 });
      const old = await submit({ ...learner, name: 'Old Person', email: 'old.person@example.org' });
      clock += 2 * DAY;
      await submit({ ...employer, contactName: 'Kim Nguyen', email: 'kim@example.org', phone: '514 555 0199' });
      assert.equal((await admin('/api/inquiries')).status, 200);
      assert.match(await (await admin('/api/inquiries.csv')).text(), /kim@example\.org/);
      assert.equal((await admin('/api/inquiries', { token: 'wrong-token-0000000000' })).status, 401);
      assert.equal((await admin(`/api/inquiries/${old}?access_token=${TOKEN}`, { method: 'DELETE', token: null })).status, 401);
      await server.handler.store.compact();
      assert.ok(
        warnings.some((w) => /retention deleted 1 /.test(w)),
        warnings.join('\n'),
      );
      // Retention deletes from storage itself (the file on disk, the table), not only from lists.
      const stored = await backend.everything();
      assert.doesNotMatch(stored, /old\.person@example\.org|Old Person/);
      assert.match(stored, /kim@example\.org/);
      const logged = warnings.join('\n');
      for (const secret of ['Old Person', 'old.person@example.org', 'Kim Nguyen', 'kim@example.org', '514 555 0199', TOKEN]) {
        assert.ok(!logged.includes(secret), `${secret} in the log`);
      }
    });
  });
}

describe('CSV export', () => {
  it('makes text of a cell starting with a tab or a carriage return too (the endpoint refuses them, older records may not)', () => {
    const item = { id: 'i', receivedAt: '2026-01-01T00:00:00.000Z', inquiry: { ...learner, name: '\t=1+1', message: '\r=2+2' } as never };
    const csv = inquiriesCsv([item], false);
    assert.ok(csv.includes(`'\t=1+1`), csv);
    assert.ok(csv.includes(`"'\r=2+2"`), JSON.stringify(csv));
  });
});

describe('admin token options', () => {
  it('reads --admin-token-file or MICROCRED_ADMIN_TOKEN, refuses a short one, and never prints it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mc-admin-token-'));
    try {
      const file = join(dir, 'token');
      await writeFile(file, `${TOKEN}\n`);
      assert.equal(parseServerArgs(['--admin-token-file', file], {}).adminToken, TOKEN);
      assert.equal(parseServerArgs([], { MICROCRED_ADMIN_TOKEN: TOKEN }).adminToken, TOKEN);
      assert.equal(parseServerArgs([], {}).adminToken, undefined);
      await writeFile(file, 'short\n');
      assert.throws(
        () => parseServerArgs(['--admin-token-file', file], {}),
        (e: Error) => /at least 16/.test(e.message) && !e.message.includes('short'),
      );
      assert.throws(() => parseServerArgs(['--admin-token-file', join(dir, 'missing')], {}), /ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
