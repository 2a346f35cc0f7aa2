/**
 * The inbox page at /admin/: off (404) without an admin token, like the API; with one, the
 * HTML under a strict CSP that forbids inline script and framing, its script and
 * stylesheet from the same origin, revalidated by ETag, and no CORS header anywhere.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN_CSP, adminPageHtml, pickLang } from '../../src/server/admin-page.js';
import { startInquiryServer } from '../../src/server/inquiry-server.js';

const TOKEN = 'admin-token-3f9c1b7e2a64d508';
const ORIGIN = 'https://college.example';
const SCRIPT = 'export const built = true;\n';

type Running = Awaited<ReturnType<typeof startInquiryServer>>;

let dir: string;
let withToken: Running;
let withoutToken: Running;
let notBuilt: Running;
const warnings: string[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-admin-page-'));
  await writeFile(join(dir, 'inbox.js'), SCRIPT);
  const common = { port: 0, allowOrigins: [ORIGIN], warn: (m: string) => warnings.push(m) };
  withToken = await startInquiryServer({ ...common, dataDir: join(dir, 'a'), adminToken: TOKEN, adminScriptFile: join(dir, 'inbox.js') });
  withoutToken = await startInquiryServer({ ...common, dataDir: join(dir, 'b'), adminScriptFile: join(dir, 'inbox.js') });
  notBuilt = await startInquiryServer({ ...common, dataDir: join(dir, 'c'), adminToken: TOKEN, adminScriptFile: join(dir, 'missing.js') });
});

after(async () => {
  await Promise.all([withToken?.close(), withoutToken?.close(), notBuilt?.close()]);
  await rm(dir, { recursive: true, force: true });
});

function noCors(res: Response): void {
  for (const [name] of res.headers) assert.ok(!name.startsWith('access-control-'), `no ${name} header`);
}

describe('the /admin/ page', () => {
  it('is 404 on every path when the server has no admin token', async () => {
    for (const path of ['/admin/', '/admin', '/admin/inbox.js', '/admin/admin.css']) {
      const res = await fetch(`${withoutToken.url}${path}`, { redirect: 'manual' });
      assert.equal(res.status, 404, path);
      noCors(res);
      assert.doesNotMatch(await res.text(), /mc-admin-inbox/);
    }
  });

  it('serves the page with a strict CSP, no framing and no CORS headers, even asked from another origin', async () => {
    const res = await fetch(`${withToken.url}/admin/`, { headers: { origin: ORIGIN } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    assert.equal(csp, ADMIN_CSP);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /default-src 'none'/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.ok(res.headers.get('etag'));
    noCors(res);
    const page = await res.text();
    assert.match(page, /<mc-admin-inbox endpoint="\/api\/inquiries"/);
    assert.match(page, /<script type="module" src="inbox.js"><\/script>/);
    // No inline script: every <script> has a src and no body.
    for (const [, tag, body] of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(tag!, /\ssrc=/);
      assert.equal(body, '');
    }
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handler');
  });

  it('answers a preflight for the page with no CORS headers', async () => {
    const res = await fetch(`${withToken.url}/admin/`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
    });
    assert.equal(res.status, 405);
    noCors(res);
  });

  it('serves its script and stylesheet from the same origin, revalidated by ETag', async () => {
    const js = await fetch(`${withToken.url}/admin/inbox.js`, { headers: { origin: ORIGIN } });
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await js.text(), SCRIPT);
    noCors(js);
    const again = await fetch(`${withToken.url}/admin/inbox.js`, { headers: { 'if-none-match': js.headers.get('etag')! } });
    assert.equal(again.status, 304);
    const css = await fetch(`${withToken.url}/admin/admin.css`);
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    noCors(css);
    assert.equal((await fetch(`${withToken.url}/admin/other.js`)).status, 404);
  });

  it('redirects /admin to /admin/', async () => {
    const res = await fetch(`${withToken.url}/admin`, { redirect: 'manual' });
    assert.equal(res.status, 308);
    assert.equal(res.headers.get('location'), '/admin/');
  });

  it('is in French when the browser prefers French, with the toggle to English', async () => {
    const fr = await (await fetch(`${withToken.url}/admin/`, { headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' } })).text();
    assert.match(fr, /<html lang="fr">/);
    assert.match(fr, /Boîte de réception de l’établissement/);
    assert.match(fr, /<button type="button" id="lang-toggle" lang="en"[^>]*>English<\/button>/);
    const en = await (await fetch(`${withToken.url}/admin/`, { headers: { 'accept-language': 'de-DE, en;q=0.5, fr;q=0.3' } })).text();
    assert.match(en, /<html lang="en">/);
  });

  it('says the script is not built rather than serving nothing, and warns once', async () => {
    const res = await fetch(`${notBuilt.url}/admin/inbox.js`);
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { error: 'admin-page-not-built' });
    await fetch(`${notBuilt.url}/admin/inbox.js`);
    assert.equal(warnings.filter((w) => w.includes('missing.js')).length, 1);
  });

  it('refuses other methods', async () => {
    const res = await fetch(`${withToken.url}/admin/`, { method: 'POST', body: 'x' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
  });
});

describe('pickLang and adminPageHtml', () => {
  it('picks the higher-ranked of en and fr', () => {
    assert.equal(pickLang(undefined), 'en');
    assert.equal(pickLang('fr'), 'fr');
    assert.equal(pickLang('en-CA,fr;q=0.9'), 'en');
    assert.equal(pickLang('en;q=0.4,fr-CA;q=0.8'), 'fr');
    assert.equal(pickLang('es,de'), 'en');
  });

  it('escapes the endpoint it writes into the page', () => {
    assert.match(adminPageHtml('en', '/x"><script>', '/api/outcomes'), /endpoint="\/x&quot;&gt;&lt;script&gt;"/);
  });
});
