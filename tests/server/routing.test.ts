/**
 * Routing: each institution gets its own inquiries (its token sees only those, in the list,
 * the CSV, deletes and the outcomes), and its webhook gets each one, signed, once acknowledged,
 * across failures and restarts. The same cases on the embedded store and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Outcomes } from '../../src/core/analytics/outcomes.js';
import { loadRouting, parseServerArgs, startInquiryServer } from '../../src/server/inquiry-server.js';
import { loadProgramProviders, parseAdminTokens, parseWebhooks, routeOf, type RoutingOptions } from '../../src/server/routing.js';
import { PROGRAMS, indexFiles } from '../fixtures/index/index.js';
import { employer, learner } from '../fixtures/core/inquiries.js';
import { embeddedBackend, postgresBackend } from '../fixtures/server/analytics-backends.js';

const ORIGIN = 'https://career-centre.example';
const OPERATOR = 'operator-token-8d1f0c3b2a9e4756';
const NORD = 'Collège Nordique';
const OTHER = 'Other University';
const POLY = 'Third Polytechnic';
const SAMPLE = 'Sample College';
const TOKENS: Record<string, string> = {
  [NORD]: 'nordique-token-5b7e1c9a0d2f',
  [OTHER]: 'other-univ-token-71c3e9b0a4d6',
  [POLY]: 'polytechnic-token-2e8a6f0c4b19',
  [SAMPLE]: 'sample-college-token-9a0b1c2d3e',
};
const PROVIDER_OF: Record<string, string> = { 'welding-1': NORD, 'welding-2': NORD, 'python-basics': POLY };
const SECRET = 'whsec-0f1e2d3c4b5a69788796a5b4';

/** An employer asking about programs of three institutions, and one program nobody offers. */
const threeWay = { ...employer, programIds: ['welding-1', 'health-assessment', 'python-basics', 'no-such-program'] };
/** A learner asking about one of Collège Nordique's programs only. */
const nordOnly = { ...learner, programIds: ['welding-2'], email: 'lee@example.org', name: 'Lee Gagnon' };

let indexDir: string;

before(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'mc-routing-index-'));
  const programs = PROGRAMS.map((p) => ({ ...p, provider: PROVIDER_OF[p.id] ?? p.provider }));
  for (const [name, bytes] of indexFiles({ programs }).files) await writeFile(join(indexDir, name), bytes);
});

after(async () => {
  await rm(indexDir, { recursive: true, force: true });
});

async function routing(webhooks = ''): Promise<RoutingOptions> {
  const dir = await mkdtemp(join(tmpdir(), 'mc-routing-conf-'));
  const tokensFile = join(dir, 'tokens.tsv');
  await writeFile(
    tokensFile,
    `# provider<TAB>token\n${Object.entries(TOKENS)
      .map(([p, t]) => `${p}\t${t}`)
      .join('\n')}\n`,
  );
  const webhooksFile = join(dir, 'webhooks.tsv');
  await writeFile(webhooksFile, webhooks);
  try {
    return await loadRouting({ indexDir, tokensFile, webhooksFile }, OPERATOR);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A webhook receiver on a free port that fails the first `failures` requests with 500. */
class Receiver {
  readonly requests: Array<{ status: number; body: string; headers: IncomingMessage['headers'] }> = [];
  failures: number;
  private server: Server;
  url = '';

  constructor(failures: number) {
    this.failures = failures;
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = this.failures > 0 ? 500 : 204;
        if (this.failures > 0) this.failures -= 1;
        this.requests.push({ status, body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(status).end();
      });
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/inquiries`;
    return this;
  }

  acknowledged() {
    return this.requests.filter((r) => r.status < 300);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What an institution does on receipt: the HMAC of the raw body, compared in constant time. */
function validSignature(body: string, header: string | string[] | undefined, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const got = Buffer.from(String(header ?? ''));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

async function until(done: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Running = Awaited<ReturnType<typeof startInquiryServer>>;
type Listed = { inquiries: Array<{ id: string; routedTo?: string[]; unknownProgramIds?: string[]; inquiry: { email: string } }> };

for (const backend of [embeddedBackend(), postgresBackend()]) {
  describe(`routing on the ${backend.name}`, { timeout: 120_000 }, () => {
    let server: Running | undefined;
    const receivers: Receiver[] = [];

    async function start(route: RoutingOptions) {
      server = await startInquiryServer({
        port: 0,
        ...backend.options(),
        allowOrigins: [ORIGIN],
        rateLimit: { max: 1_000_000, windowMs: 60_000 },
        adminRateLimit: { max: 1_000_000, windowMs: 60_000 },
        adminToken: OPERATOR,
        routing: route,
        webhookTiming: { initialBackoffMs: 40, maxBackoffMs: 200, pollMs: 50 },
        warn: () => undefined,
      });
      return server;
    }

    async function submit(body: Record<string, unknown>): Promise<string> {
      const res = await fetch(`${server!.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': `key-${crypto.randomUUID()}` },
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 201);
      return ((await res.json()) as { id: string }).id;
    }

    function admin(path: string, token: string, init: RequestInit = {}) {
      return fetch(`${server!.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
    }

    /** POSTs a batch to the analytics endpoint from the allowed origin; it must be taken (204). */
    async function sendBatch(batch: Record<string, unknown>, contentType = 'application/json'): Promise<void> {
      const res = await fetch(`${server!.url}/api/analytics`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: ORIGIN },
        body: JSON.stringify(batch),
      });
      assert.equal(res.status, 204);
    }

    async function inbox(token: string): Promise<Listed['inquiries']> {
      const res = await admin('/api/inquiries', token);
      assert.equal(res.status, 200);
      return ((await res.json()) as Listed).inquiries;
    }

    beforeEach(async () => {
      await backend.setUp();
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      await Promise.all(receivers.splice(0).map((r) => r.close()));
      await backend.tearDown();
    });
    after(async () => {
      await backend.destroy();
    });

    it('an employer inquiry naming programs of three providers reaches exactly those three; the operator sees all', async () => {
      await start(await routing());
      const both = await submit(threeWay);
      const lone = await submit(nordOnly);
      const all = await inbox(OPERATOR);
      assert.deepEqual(all.map((i) => i.id).sort(), [both, lone].sort());
      const routed = all.find((i) => i.id === both)!;
      assert.deepEqual(routed.routedTo, [NORD, OTHER, POLY]);
      assert.deepEqual(routed.unknownProgramIds, ['no-such-program'], 'an unknown program id is kept and listed');
      assert.deepEqual((routed.inquiry as unknown as { programIds: string[] }).programIds, threeWay.programIds);
      assert.deepEqual(
        (await inbox(TOKENS[NORD]!)).map((i) => i.id),
        [lone, both],
      );
      assert.deepEqual(
        (await inbox(TOKENS[OTHER]!)).map((i) => i.id),
        [both],
      );
      assert.deepEqual(
        (await inbox(TOKENS[POLY]!)).map((i) => i.id),
        [both],
      );
      assert.deepEqual(await inbox(TOKENS[SAMPLE]!), [], 'an institution none of whose programs is named sees nothing');
      const page = (await (await admin('/api/inquiries', TOKENS[OTHER]!)).json()) as { scope?: unknown };
      assert.deepEqual(page.scope, { provider: OTHER }, 'an institution’s list says whose it is');
      assert.equal(((await (await admin('/api/inquiries', OPERATOR)).json()) as { scope?: unknown }).scope, undefined);
      assert.equal((await admin('/api/inquiries', 'not-anyones-token-00000')).status, 401);
    });

    it("an institution's token never sees another's inquiries: list, CSV export, delete", async () => {
      await start(await routing());
      const both = await submit(threeWay);
      const lone = await submit(nordOnly);
      for (const [provider, token] of Object.entries(TOKENS)) {
        const csv = await (await admin('/api/inquiries.csv', token)).text();
        assert.equal(csv.includes('lee@example.org'), provider === NORD, `${provider}: the learner's inquiry in its CSV`);
        assert.equal(csv.includes('sam@example.org'), provider !== SAMPLE, `${provider}: the employer's inquiry in its CSV`);
      }
      const operatorCsv = await (await admin('/api/inquiries.csv', OPERATOR)).text();
      assert.match(operatorCsv, /routedTo,unknownProgramIds/);
      assert.match(operatorCsv, /Collège Nordique \| Other University \| Third Polytechnic,no-such-program/);
      // Another institution's inquiry: as if there were none, and nothing is deleted.
      for (const token of [TOKENS[OTHER]!, TOKENS[SAMPLE]!]) {
        assert.equal((await admin(`/api/inquiries/${lone}`, token, { method: 'DELETE' })).status, 404);
      }
      assert.equal((await admin(`/api/inquiries/${both}`, TOKENS[SAMPLE]!, { method: 'DELETE' })).status, 404);
      assert.equal((await inbox(OPERATOR)).length, 2);
      // Its own inquiry, for it alone: deleted from storage (the operator no longer has it).
      assert.equal((await admin(`/api/inquiries/${lone}`, TOKENS[NORD]!, { method: 'DELETE' })).status, 204);
      assert.deepEqual(
        (await inbox(OPERATOR)).map((i) => i.id),
        [both],
      );
      // A shared inquiry: gone from its inbox only; the others keep theirs.
      assert.equal((await admin(`/api/inquiries/${both}`, TOKENS[NORD]!, { method: 'DELETE' })).status, 204);
      assert.deepEqual(await inbox(TOKENS[NORD]!), []);
      // Durable: after a restart it is still out of its inbox.
      await server!.close();
      await start(await routing());
      assert.deepEqual(await inbox(TOKENS[NORD]!), []);
      assert.equal((await admin(`/api/inquiries/${both}`, TOKENS[NORD]!, { method: 'DELETE' })).status, 404, 'deleted once');
      assert.deepEqual(
        (await inbox(TOKENS[OTHER]!)).map((i) => i.id),
        [both],
      );
      assert.deepEqual(
        (await inbox(OPERATOR)).map((i) => i.id),
        [both],
      );
      await admin(`/api/inquiries/${both}`, TOKENS[OTHER]!, { method: 'DELETE' });
      await admin(`/api/inquiries/${both}`, TOKENS[POLY]!, { method: 'DELETE' });
      // It names a program no institution offers: kept for the operator, who deletes it.
      assert.deepEqual(
        (await inbox(OPERATOR)).map((i) => i.id),
        [both],
      );
      assert.equal((await admin(`/api/inquiries/${both}`, OPERATOR, { method: 'DELETE' })).status, 204);
      assert.deepEqual(await inbox(OPERATOR), []);
    });

    it('with institution tokens and no operator token, the admin side and its page are on, for them only', async () => {
      server = await startInquiryServer({
        port: 0,
        ...backend.options(),
        allowOrigins: [ORIGIN],
        routing: await routing(),
        warn: () => undefined,
      });
      const id = await submit(nordOnly);
      // On (200, or 503 in a checkout where the page's script is not built yet), not off (404).
      assert.ok([200, 503].includes((await fetch(`${server.url}/admin/`)).status));
      assert.deepEqual(
        (await inbox(TOKENS[NORD]!)).map((i) => i.id),
        [id],
      );
      assert.equal((await admin('/api/inquiries', OPERATOR)).status, 401, 'no operator token was given');
    });

    it('an inquiry leaves storage once every institution it was routed to deleted it', async () => {
      await start(await routing());
      const id = await submit({ ...employer, programIds: ['welding-1', 'python-basics'] });
      assert.equal((await admin(`/api/inquiries/${id}`, TOKENS[NORD]!, { method: 'DELETE' })).status, 204);
      assert.equal((await inbox(OPERATOR)).length, 1);
      assert.equal((await admin(`/api/inquiries/${id}`, TOKENS[POLY]!, { method: 'DELETE' })).status, 204);
      assert.deepEqual(await inbox(OPERATOR), []);
    });

    it('an institution sees the opens of its own programs only; the operator the whole report', async () => {
      await start(await routing());
      await sendBatch({
        format: 'mc-analytics/2',
        page: `${ORIGIN}/careers`,
        recommend: [['72106', 5]],
        programOpen: [
          ['welding-1', 2],
          ['python-basics', 3],
          ['health-assessment', 1],
        ],
        inquire: [['sent', 1]],
        noMatch: [],
        overflow: 0,
      });
      const mine = (await (await admin('/api/outcomes', TOKENS[NORD]!)).json()) as Outcomes;
      assert.deepEqual(mine.scope, { provider: NORD });
      assert.deepEqual(mine.byProgram, [{ programId: 'welding-1', opens: 2 }]);
      assert.equal(mine.opens, 2);
      assert.equal(mine.shown, 0, 'recommendations shown are not one institution’s');
      assert.equal(mine.inquiries, 0);
      assert.deepEqual(mine.byOccupation, []);
      const csv = await (await admin('/api/outcomes.csv', TOKENS[NORD]!)).text();
      assert.doesNotMatch(csv, /python-basics|health-assessment|72106/);
      const all = (await (await admin('/api/outcomes', OPERATOR)).json()) as Outcomes;
      assert.equal(all.scope, undefined);
      assert.equal(all.opens, 6);
      assert.equal(all.shown, 5);
    });

    it('an institution sees the "not relevant" marks on its own programs only; the operator all of them', async () => {
      await start(await routing());
      // As the widgets send it: text/plain, so that no CORS preflight is needed.
      await sendBatch(
        {
          format: 'mc-feedback/1',
          page: `${ORIGIN}/careers`,
          unrelated: [
            ['72106', 'welding-1', 1],
            ['21231', 'welding-2', 1],
            ['72106', 'python-basics', 1],
          ],
        },
        'text/plain;charset=UTF-8',
      );
      const mine = (await (await admin('/api/outcomes', TOKENS[NORD]!)).json()) as Outcomes;
      assert.deepEqual(mine.unrelated, [
        { programId: 'welding-1', code: '72106', marks: 1 },
        { programId: 'welding-2', code: '21231', marks: 1 },
      ]);
      assert.deepEqual(mine.byProgram, [], 'a mark is not an open');
      const csv = await (await admin('/api/outcomes.csv', TOKENS[NORD]!)).text();
      assert.match(csv, /\r\nunrelated,welding-1,,,,,,,72106,1\r\n/);
      assert.doesNotMatch(csv, /python-basics/);
      const poly = (await (await admin('/api/outcomes', TOKENS[POLY]!)).json()) as Outcomes;
      assert.deepEqual(poly.unrelated, [{ programId: 'python-basics', code: '72106', marks: 1 }]);
      assert.deepEqual(((await (await admin('/api/outcomes', TOKENS[OTHER]!)).json()) as Outcomes).unrelated, []);
      const all = (await (await admin('/api/outcomes', OPERATOR)).json()) as Outcomes;
      assert.equal(all.unrelated.length, 3);
    });

    it('a webhook receiver that fails twice still gets the inquiry exactly once, signed', async () => {
      const nord = await new Receiver(2).listen();
      const poly = await new Receiver(0).listen();
      receivers.push(nord, poly);
      await start(await routing(`${NORD}\t${nord.url}\t${SECRET}\n${POLY}\t${poly.url}\t${SECRET}-poly\n`));
      const id = await submit(threeWay);
      await until(() => nord.acknowledged().length === 1 && poly.acknowledged().length === 1, 'both deliveries');
      await new Promise((r) => setTimeout(r, 400)); // several polls and back-offs later
      assert.equal(nord.requests.length, 3, 'two failures, then one delivery');
      assert.equal(nord.acknowledged().length, 1);
      assert.equal(poly.requests.length, 1);
      const got = nord.acknowledged()[0]!;
      assert.ok(validSignature(got.body, got.headers['x-microcred-signature'], SECRET));
      assert.ok(!validSignature(got.body, got.headers['x-microcred-signature'], `${SECRET}-poly`), 'each its own secret');
      assert.ok(validSignature(poly.requests[0]!.body, poly.requests[0]!.headers['x-microcred-signature'], `${SECRET}-poly`));
      const body = JSON.parse(got.body) as { format: string; id: string; provider: string; routedTo: string[]; inquiry: { email: string } };
      assert.equal(body.format, 'mc-inquiry-delivery/1');
      assert.equal(body.id, id);
      assert.equal(body.provider, NORD);
      assert.equal(body.inquiry.email, 'sam@example.org');
      assert.deepEqual(body.routedTo, [NORD, OTHER, POLY]);
      // The same body each time: a retry is the same delivery.
      assert.deepEqual(new Set(nord.requests.map((r) => r.body)).size, 1);
      assert.equal(got.headers['x-microcred-delivery'], `${id}/${encodeURIComponent(NORD)}`);
    });

    it('a restart between the failures and the success still delivers, once', async () => {
      const nord = await new Receiver(Number.POSITIVE_INFINITY).listen();
      receivers.push(nord);
      const route = await routing(`${NORD}\t${nord.url}\t${SECRET}\n`);
      await start(route);
      const id = await submit(nordOnly);
      await until(() => nord.requests.length >= 1, 'a first attempt');
      await server!.close();
      server = undefined;
      nord.failures = 0;
      const before = nord.requests.length;
      await start(route);
      await until(() => nord.acknowledged().length === 1, 'the delivery after the restart');
      assert.equal(JSON.parse(nord.acknowledged()[0]!.body).id, id);
      // Done is durable: a third start delivers nothing again.
      await server!.close();
      server = undefined;
      await start(route);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(nord.acknowledged().length, 1);
      assert.ok(nord.requests.length > before);
    });

    it('retention ends a delivery still owed: an expired inquiry is not delivered', async () => {
      const nord = await new Receiver(Number.POSITIVE_INFINITY).listen();
      receivers.push(nord);
      const route = await routing(`${NORD}\t${nord.url}\t${SECRET}\n`);
      await start(route);
      await submit(nordOnly);
      await until(() => nord.requests.length >= 1, 'a first attempt');
      await server!.close();
      // Two days later, with one day of retention: the inquiry and its delivery go.
      const later = Date.now() + 2 * 86_400_000;
      server = await startInquiryServer({
        port: 0,
        ...backend.options(),
        allowOrigins: [ORIGIN],
        adminToken: OPERATOR,
        routing: route,
        retentionDays: 1,
        now: () => later,
        webhookTiming: { initialBackoffMs: 40, maxBackoffMs: 200, pollMs: 50 },
        warn: () => undefined,
      });
      await server.handler.store.compact();
      await new Promise((r) => setTimeout(r, 150)); // an attempt begun before retention ran ends
      const seen = nord.requests.length;
      nord.failures = 0;
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(nord.requests.length, seen, 'no attempt once retention deleted the inquiry');
      assert.equal(nord.acknowledged().length, 0);
      assert.deepEqual(await inbox(OPERATOR), []);
    });

    it('an institution deleting an inquiry before its webhook acknowledged ends the delivery', async () => {
      const nord = await new Receiver(Number.POSITIVE_INFINITY).listen();
      receivers.push(nord);
      await start(await routing(`${NORD}\t${nord.url}\t${SECRET}\n`));
      const id = await submit(threeWay);
      await until(() => nord.requests.length >= 1, 'a first attempt');
      assert.equal((await admin(`/api/inquiries/${id}`, TOKENS[NORD]!, { method: 'DELETE' })).status, 204);
      await new Promise((r) => setTimeout(r, 250));
      const seen = nord.requests.length;
      nord.failures = 0;
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(nord.requests.length, seen, 'no attempt after the delete');
    });
  });
}

describe('routing configuration', () => {
  const known = new Set([NORD, OTHER]);

  it('routes to the providers of known programs and lists unknown ids', () => {
    const providers = new Map([
      ['a', NORD],
      ['b', OTHER],
      ['c', NORD],
    ]);
    assert.deepEqual(routeOf(['c', 'x', 'b', 'a'], providers), { routedTo: [NORD, OTHER], unknownProgramIds: ['x'] });
    assert.deepEqual(routeOf(['x'], providers), { routedTo: [], unknownProgramIds: ['x'] });
  });

  it('knows an institution by its name, not its French name: the index of Université Autre routes to Other University', async () => {
    const providers = await loadProgramProviders(indexDir);
    assert.equal(PROGRAMS.find((p) => p.id === 'health-assessment')!.providerFr, 'Université Autre');
    assert.equal(providers.get('health-assessment'), OTHER);
    assert.ok(![...providers.values()].includes('Université Autre'));
    assert.throws(
      () => parseAdminTokens('Université Autre\tother-univ-token-71c3e9b0a4d6\n', 'tokens.tsv', new Set(providers.values())),
      /not the provider of any program/,
    );
  });

  it('reads provider<TAB>token lines, skipping comments, and names the line at fault, never the token', () => {
    const ok = parseAdminTokens(`# comment\n\n${NORD}\tnordique-token-5b7e1c9a0d2f\n${OTHER}\tother-univ-token-71c3e9b0a4d6\n`, 'tokens.tsv', known);
    assert.equal(ok.get(NORD), 'nordique-token-5b7e1c9a0d2f');
    const cases: Array<[string, RegExp]> = [
      [`${NORD}\tshort`, /tokens\.tsv:1: the token is shorter than 16/],
      [`${NORD} nordique-token-5b7e1c9a0d2f`, /tokens\.tsv:1: expected provider<TAB>token/],
      [`\n${NORD}\tnordique-token-5b7e1c9a0d2f\n${OTHER}\tnordique-token-5b7e1c9a0d2f`, /tokens\.tsv:3: this token is already another institution's/],
      [`${NORD}\tnordique-token-5b7e1c9a0d2f\n${NORD}\tnordique-token-5b7e1c9a0d2g`, /tokens\.tsv:2: "Collège Nordique" already has a token/],
      [`College Nordique\tnordique-token-5b7e1c9a0d2f`, /tokens\.tsv:1: "College Nordique" is not the provider of any program/],
    ];
    for (const [text, error] of cases) {
      assert.throws(
        () => parseAdminTokens(text, 'tokens.tsv', known),
        (e: Error) => error.test(e.message) && !e.message.includes('token-5b7e'),
      );
    }
  });

  it('reads provider<TAB>url<TAB>secret lines: https, or http to this machine only', () => {
    const hooks = parseWebhooks(`${NORD}\thttps://nordique.example/hook\t${SECRET}\n${OTHER}\thttp://127.0.0.1:9/x\t${SECRET}\n`, 'hooks.tsv', known);
    assert.equal(hooks.get(NORD)!.url, 'https://nordique.example/hook');
    assert.throws(() => parseWebhooks(`${NORD}\thttp://nordique.example/hook\t${SECRET}`, 'hooks.tsv', known), /hooks\.tsv:1: the URL must be https/);
    assert.throws(() => parseWebhooks(`${NORD}\thttps://nordique.example/hook\tshort`, 'hooks.tsv', known), /hooks\.tsv:1: the secret is shorter/);
    assert.throws(() => parseWebhooks(`${NORD}\tnot a url\t${SECRET}`, 'hooks.tsv', known), /hooks\.tsv:1: the URL is not a valid/);
  });

  it('refuses --admin-tokens-file and --webhooks-file without --index, and an institution holding the operator token', async () => {
    assert.throws(() => parseServerArgs(['--admin-tokens-file', 'x.tsv'], {}), /--admin-tokens-file needs --index/);
    assert.throws(() => parseServerArgs(['--webhooks-file', 'x.tsv'], {}), /--webhooks-file needs --index/);
    const args = parseServerArgs(['--index', indexDir, '--admin-tokens-file', 'tokens.tsv'], {});
    assert.deepEqual(args.routingFiles, { indexDir, tokensFile: 'tokens.tsv', webhooksFile: undefined });
    const dir = await mkdtemp(join(tmpdir(), 'mc-routing-conf-'));
    try {
      await writeFile(join(dir, 't.tsv'), `${NORD}\t${OPERATOR}\n`);
      await assert.rejects(loadRouting({ indexDir, tokensFile: join(dir, 't.tsv') }, OPERATOR), /the token of "Collège Nordique" is the operator's/);
      await assert.rejects(loadRouting({ indexDir, tokensFile: join(dir, 'missing.tsv') }), /--admin-tokens-file .*missing\.tsv: ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
