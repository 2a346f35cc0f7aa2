/**
 * The CDN autoloader (dist/cdn/<version>/autoloader.js) on host pages served with a strict
 * CSP (`script-src 'self'`, Trusted Types required, `trusted-types lit-html`): a page with
 * only `<mc-job-search>` loads that element's chunk and none of the others', a person finds
 * a job title, and elements added later (another tag, a French one) bring their chunk then.
 * A portal page loads the portal and the elements it renders in its shadow root. Needs
 * `npm run build` and `npm run sample-index` first.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fr } from '../../src/i18n/fr.js';
import { chooseNurseInPortal } from './browser.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as { version: string };
const CDN = `/dist/cdn/${version}/`;
const AUTOLOADER = `${CDN}autoloader.js`;
const SAMPLE = '/demo/data/sample/index.json';
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The element chunks' names start with the tag (rollup's `[name]-[hash].js`). */
const ELEMENT_TAGS = ['mc-job-search', 'mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-inquiry-form', 'mc-skill-finder', 'mc-portal'];

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** The autoloader's hash as the build recorded it (the README's `integrity`). */
const integrity = JSON.parse(await readFile(`${ROOT}dist/cdn/integrity.json`, 'utf8').catch(() => '{}')) as Record<string, string>;

function hostPage(body: string, lang = 'en'): string {
  // The autoloader as the README shows it (with its integrity hash), then again (as careless pages do): harmless.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>Autoloader host</title>
<script type="module" src="${AUTOLOADER}" integrity="${integrity[`${version}/autoloader.js`]}" crossorigin="anonymous"></script>
<script type="module" src="${AUTOLOADER}?copy=2"></script>
</head><body><main><h1>Careers</h1>${body}</main></body></html>`;
}

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
  /** File names requested under the versioned CDN folder, in order. */
  cdnFiles: string[];
}

/** The chunk files of `tag` (or `fr`, the French strings) among `files`. */
function chunksOf(files: string[], name: string): string[] {
  return files.filter((f) => f.startsWith(`${name}-`) && /^[\w.-]+-[\w-]{8}\.js$/.test(f));
}

describe('CDN autoloader under a strict CSP', () => {
  let server: StaticServer;
  let browser: Browser;
  let built: string[];

  before(async () => {
    for (const file of [AUTOLOADER, SAMPLE]) {
      try {
        await access(ROOT + file.slice(1));
      } catch {
        assert.fail(`${file} is missing: run \`npm run build\` and \`npm run sample-index\` before the e2e tests`);
      }
    }
    built = await readdir(ROOT + CDN.slice(1));
    for (const name of [...ELEMENT_TAGS, 'fr']) assert.equal(chunksOf(built, name).length, 1, `one chunk for ${name} in ${CDN}`);
    server = await startStaticServer({ '/dist/': ROOT + 'dist', '/demo/': ROOT + 'demo' });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(html: string): Promise<Watched> {
    const page = await browser.newPage();
    const watched: Watched = { page, violations: [], errors: [], cdnFiles: [] };
    await page.exposeFunction('reportViolation', (v: string) => watched.violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    page.on('pageerror', (e) => watched.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') watched.errors.push(m.text());
    });
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(CDN)) watched.cdnFiles.push(path.slice(CDN.length));
      else if (path.startsWith('/dist/')) watched.cdnFiles.push(path);
    });
    await page.route(`${server.origin}/host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': POLICY }, body: html }),
    );
    await page.goto(`${server.origin}/host.html`, { waitUntil: 'networkidle' });
    return watched;
  }

  it('every script of the versioned folder has its SRI hash in integrity.json', async () => {
    // Scripts only: the licence notices beside them are text a browser never runs.
    for (const name of built.filter((file) => file.endsWith('.js'))) {
      assert.equal(integrity[`${version}/${name}`], sri(await readFile(`${ROOT}${CDN.slice(1)}${name}`)), name);
    }
  });

  it('the autoloader is refused with a wrong hash, and exports VERSION', async () => {
    const watched = await open(
      hostPage('<mc-job-search></mc-job-search>')
        .replace(/integrity="[^"]+"/, `integrity="${sri(Buffer.from('other'))}"`)
        .replace(/<script[^>]*copy=2[^>]*><\/script>/, ''),
    );
    const { page } = watched;
    assert.ok(!loaded(watched).includes('mc-job-search'), 'nothing loads when the autoloader is refused');
    assert.ok(
      watched.errors.some((e) => /integrity/i.test(e)),
      watched.errors.join('\n'),
    );
    // Another URL for the same file: the browser keeps the refused one as failed.
    const exported = await page.evaluate(async (src) => ((await import(src)) as { VERSION: string }).VERSION, `${AUTOLOADER}?copy=3`);
    assert.equal(exported, version);
    await page.close();
  });

  /** The element chunks (by tag) and French strings requested so far. */
  function loaded(watched: Watched): string[] {
    return [...ELEMENT_TAGS, 'fr'].filter((name) => chunksOf(watched.cdnFiles, name).length > 0);
  }

  it('a page with only <mc-job-search> loads its chunk alone, and a person finds a job title', async () => {
    const watched = await open(hostPage(`<mc-job-search src="${SAMPLE}"></mc-job-search>`));
    const { page } = watched;
    await page.waitForFunction(() => customElements.get('mc-job-search') !== undefined);
    assert.deepEqual(loaded(watched), ['mc-job-search']);
    assert.ok(!watched.cdnFiles.some((f) => f.endsWith('microcred.js')), 'the single-file bundle is not loaded');
    const input = page.locator('mc-job-search input[role=combobox]');
    await input.click();
    await input.pressSequentially('registred nurse', { delay: 20 });
    const option = page.locator('mc-job-search [role=option]').first();
    await option.waitFor({ timeout: 10_000 });
    assert.match(await option.innerText(), /registered nurse/i);
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    // Still only the job search's chunk: typing and the index load nothing of the others.
    assert.deepEqual(loaded(watched), ['mc-job-search']);

    // An element added later brings its own chunk, once.
    await page.evaluate((src) => {
      const lmi = document.createElement('mc-labour-market');
      lmi.setAttribute('src', src);
      lmi.setAttribute('code', '31301');
      lmi.setAttribute('region', 'ER3530');
      document.querySelector('main')!.append(lmi);
    }, SAMPLE);
    await page.waitForFunction(() => (document.querySelector('mc-labour-market')?.shadowRoot?.childNodes.length ?? 0) > 0);
    assert.deepEqual(loaded(watched), ['mc-job-search', 'mc-labour-market']);
    assert.equal(chunksOf(watched.cdnFiles, 'mc-labour-market').length, 1);
    assert.equal(chunksOf(watched.cdnFiles, 'mc-job-search').length, 1, 'loaded once although the autoloader runs twice');

    // The labour market's whole index brings the ranking and labour-market chunks when it is
    // assembled (load.ts imports them then): wait until nothing more is fetched.
    for (let count = -1; count !== watched.cdnFiles.length;) {
      count = watched.cdnFiles.length;
      await page.waitForTimeout(500);
    }
    // An unknown mc-* tag is ignored: nothing requested, nothing logged.
    const before = watched.cdnFiles.length;
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('mc-not-an-element')));
    await page.waitForTimeout(300);
    assert.equal(watched.cdnFiles.length, before);

    assert.deepEqual(watched.violations, []);
    assert.deepEqual(watched.errors, []);
    await page.close();
  });

  it('a chunk that fails to load is reported in the console, saying to reload, and a reload loads it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    let refusing = true;
    const chunk = chunksOf(built, 'mc-job-search')[0]!;
    // The job search's chunk fails (a flaky connection) until the connection is back, whatever
    // number of requests the browser makes for it meanwhile (a preload, a retry of its own).
    await page.route(`${server.origin}${CDN}${chunk}`, (route) => (refusing ? route.abort('connectionreset') : route.continue()));
    await page.route(`${server.origin}/host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': POLICY },
        body: hostPage(`<mc-job-search src="${SAMPLE}"></mc-job-search>`),
      }),
    );
    await page.goto(`${server.origin}/host.html`, { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => customElements.get('mc-job-search') === undefined), true);
    assert.ok(
      errors.some((e) => e.includes('could not load <mc-job-search>')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.includes('reload the page to try again')),
      errors.join('\n'),
    );
    // Chromium 150 keeps the failed module as failed for the page's life (a new tag tries again
    // in the browsers that fetch it anew): the connection back, a reload brings the element.
    refusing = false;
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('mc-job-search') !== undefined);
    assert.equal(await page.locator('mc-job-search input[role=combobox]').count(), 1, 'the job search upgrades');
    await page.close();
  });

  it('the French strings load only when an element shows French', async () => {
    const watched = await open(hostPage(`<mc-job-search src="${SAMPLE}"></mc-job-search>`));
    const { page } = watched;
    await page.locator('mc-job-search label').waitFor();
    assert.ok(!loaded(watched).includes('fr'), 'an English page does not load the French strings');
    await page.evaluate(() => {
      const search = document.createElement('mc-job-search');
      search.setAttribute('lang', 'fr');
      search.id = 'fr';
      document.querySelector('main')!.append(search);
    });
    await page.locator('#fr label').getByText(fr.search.labelCurrent).waitFor({ timeout: 10_000 });
    assert.ok(loaded(watched).includes('fr'));
    assert.deepEqual(watched.violations, []);
    assert.deepEqual(watched.errors, []);
    await page.close();
  });

  it('a French page loads the French strings with the element', async () => {
    const watched = await open(hostPage(`<mc-job-search src="${SAMPLE}"></mc-job-search>`, 'fr'));
    await watched.page.locator('mc-job-search label').getByText(fr.search.labelCurrent).waitFor({ timeout: 10_000 });
    assert.deepEqual(loaded(watched), ['mc-job-search', 'fr']);
    assert.deepEqual(watched.violations, []);
    assert.deepEqual(watched.errors, []);
    await watched.page.close();
  });

  it('a portal page loads the portal with the elements it renders, and not the skill finder', async () => {
    const watched = await open(hostPage(`<mc-portal src="${SAMPLE}"></mc-portal>`));
    const { page } = watched;
    await chooseNurseInPortal(page);
    // The elements it shows after a choice load on demand (elements/mc-portal/children.ts): the choice still shows programs.
    await page.locator('mc-portal mc-recommendations mc-program-card').first().waitFor({ timeout: 10_000 });
    const requested = loaded(watched);
    for (const tag of ['mc-portal', 'mc-job-search', 'mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-inquiry-form']) {
      assert.ok(requested.includes(tag), `${tag} loaded: ${requested.join(', ')}`);
    }
    assert.ok(!requested.includes('mc-skill-finder'));
    assert.ok(!requested.includes('fr'));
    assert.deepEqual(watched.violations, []);
    assert.deepEqual(watched.errors, []);
    await page.close();
  });
});
