/**
 * The README's Content-Security-Policy, copied from it as written, on a host page that
 * loads the CDN bundle: with Trusted Types required and `trusted-types lit-html`, a
 * person finds and picks a job title with no violation and no error. Without `lit-html`
 * in the list nothing renders; with a second copy of Lit the README's `'allow-duplicates'`
 * is what keeps the page free of errors. Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chooseNurseInPortal } from './browser.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = '/dist/cdn/microcred.js';
const SAMPLE = '/demo/data/sample/index.json';

/** The policy in the README's ```http block, the same as in docs/embedding.md. */
async function readmePolicy(): Promise<string> {
  const policyIn = async (file: string) => /^```http\nContent-Security-Policy: (.+)\n```$/m.exec(await readFile(ROOT + file, 'utf8'))?.[1];
  const policy = await policyIn('README.md');
  assert.ok(policy, 'the README shows a Content-Security-Policy header in an ```http block');
  assert.equal(await policyIn('docs/embedding.md'), policy, 'docs/embedding.md shows the same policy');
  return policy;
}

function hostPage(bundles: number): string {
  const scripts = Array.from({ length: bundles }, (_, k) => `<script type="module" src="${BUNDLE}?copy=${k}"></script>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Trusted Types host</title>${scripts.join('')}</head>
<body><main><h1>Careers</h1><mc-portal src="${SAMPLE}" region="ER3530"></mc-portal></main></body></html>`;
}

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

describe('Trusted Types with the README policy', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    for (const file of [BUNDLE, SAMPLE]) {
      try {
        await access(ROOT + file.slice(1));
      } catch {
        assert.fail(`${file} is missing: run \`npm run build\` and \`npm run sample-index\` before the e2e tests`);
      }
    }
    server = await startStaticServer({ '/dist/': ROOT + 'dist', '/demo/': ROOT + 'demo' });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a host page served with `policy` as its Content-Security-Policy header. */
  async function open(policy: string, bundles = 1): Promise<Watched> {
    const page = await browser.newPage();
    const watched: Watched = { page, violations: [], errors: [] };
    await page.exposeFunction('reportViolation', (v: string) => watched.violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.sample}`);
      });
    });
    page.on('pageerror', (e) => watched.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') watched.errors.push(m.text());
    });
    await page.route(`${server.origin}/host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body: hostPage(bundles) }),
    );
    await page.goto(`${server.origin}/host.html`, { waitUntil: 'networkidle' });
    return watched;
  }

  it('names the lit-html policy in a trusted-types directive that requires Trusted Types', async () => {
    const policy = await readmePolicy();
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /(^|; )trusted-types [^;]*\blit-html\b/);
  });

  it('under it, a person finds and picks a job title with no violation and no error', async () => {
    const { page, violations, errors } = await open(await readmePolicy());
    await chooseNurseInPortal(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is enforced: without lit-html in the list the portal renders nothing, and the violation names lit-html', async () => {
    const policy = (await readmePolicy()).replace(/trusted-types [^;]*/, 'trusted-types some-other-policy');
    const { page, violations } = await open(policy);
    await page.waitForTimeout(500);
    const rendered = await page.evaluate(() => document.querySelector('mc-portal')?.shadowRoot?.childElementCount ?? 0);
    assert.equal(rendered, 0);
    assert.ok(
      violations.some((v) => /trusted-types.*lit-html/.test(v)),
      violations.join('\n'),
    );
    await page.close();
  });

  it("with a second copy of Lit on the page, 'allow-duplicates' keeps it free of errors", async () => {
    const policy = (await readmePolicy()).replace(/trusted-types [^;]*/, (d) => `${d} 'allow-duplicates'`);
    const strict = await open(await readmePolicy(), 2);
    assert.ok(strict.errors.length > 0, 'without allow-duplicates the second copy is refused');
    await strict.page.close();
    const { page, errors, violations } = await open(policy, 2);
    await page.waitForFunction(() => document.querySelector('mc-portal')?.shadowRoot?.querySelector('mc-job-search'));
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
    await page.close();
  });
});
