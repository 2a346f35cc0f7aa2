/**
 * An index the browser refuses to let the page read is named as what it is: a host page
 * whose CSP `connect-src` forbids the index's origin, or an index server on another origin
 * that sends no CORS headers, gives `mc-error` with code `index-blocked` and a hint for the
 * developer naming the cause; the person reads "The training list could not be loaded on
 * this page", not "check your connection". Offline and a server that is down stay
 * `network`. Through the CDN bundle; needs `npm run build` and `npm run sample-index`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = 'dist/cdn/microcred.js';

/** A host page with `<mc-job-search src>`; `csp` goes in a meta tag when given. */
function hostPage(src: string, lang: 'en' | 'fr', csp?: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}
<link rel="icon" href="data:,">
<title>Host</title>
<script>
  window.seen = [];
  window.violations = [];
  document.addEventListener('mc-error', (e) => window.seen.push(e.detail));
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.blockedURI));
</script>
<script type="module" src="/${BUNDLE}"></script>
</head>
<body>
<main><mc-job-search src="${src}"></mc-job-search></main>
</body>
</html>`;
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise<void>((ok) => server.close(() => ok()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Seen {
  code: string;
  message: string;
  hint?: string;
}

let browser: Browser;
let context: BrowserContext;
let data: StaticServer;
let host: StaticServer;
let down: number;

before(async () => {
  for (const file of [BUNDLE, 'demo/data/sample/index.json']) {
    try {
      await access(ROOT + file);
    } catch {
      assert.fail(`${file} is missing: run \`npm run build\` and \`npm run sample-index\` before the e2e tests`);
    }
  }
  // Another origin (another port), which sends no Access-Control-Allow-Origin.
  data = await startStaticServer({ '/data/': `${ROOT}demo/data/sample` });
  down = await closedPort();
  const index = `${data.origin}/data/index.json`;
  host = await startStaticServer(
    { '/dist/': `${ROOT}dist`, '/data/': `${ROOT}demo/data/sample` },
    {
      '/csp.html': hostPage(index, 'en', "connect-src 'self'"),
      '/csp-fr.html': hostPage(index, 'fr', "connect-src 'self'"),
      '/cors.html': hostPage(index, 'en'),
      '/down.html': hostPage(`http://127.0.0.1:${down}/data/index.json`, 'en'),
      '/same-origin.html': hostPage('/data/index.json', 'en', "connect-src 'self'"),
    },
  );
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  await host?.close();
  await data?.close();
});

/** Opens `path` on the host and waits for the first `mc-error`, and the text the element shows. */
async function firstError(path: string, opts: { offline?: boolean } = {}): Promise<{ detail: Seen; shown: string; violations: string[] }> {
  context = await browser.newContext();
  const page = await context.newPage();
  if (opts.offline) {
    // The page and the bundle load, then the network goes; the element is added after.
    await page.goto(`${host.origin}${path}`.replace(/\/[^/]*$/, '/same-origin.html'));
    await page.waitForFunction(() => customElements.get('mc-job-search') !== undefined);
    await context.setOffline(true);
    await page.evaluate((src) => {
      document.querySelector('mc-job-search')!.remove();
      const el = document.createElement('mc-job-search');
      el.setAttribute('src', src);
      (window as unknown as { seen: unknown[] }).seen.length = 0;
      document.querySelector('main')!.append(el);
    }, `${data.origin}/data/index.json`);
  } else {
    await page.goto(`${host.origin}${path}`);
  }
  await page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length > 0, null, { timeout: 15_000 });
  const detail = (await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen[0]))!;
  const shown = await page
    .locator('mc-job-search [role="alert"]')
    .first()
    .textContent({ timeout: 5_000 })
    .catch(() => '');
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  await context.close();
  return { detail, shown: shown ?? '', violations };
}

describe('an index the browser blocks', () => {
  it('the page’s CSP connect-src forbids it: index-blocked, the hint names the CSP, the person is not told to check the connection', async () => {
    const { detail, shown, violations } = await firstError('/csp.html');
    assert.ok(violations.length > 0, 'the CSP did block the index');
    assert.equal(detail.code, 'index-blocked');
    assert.equal(detail.message, 'The training list could not be loaded on this page. Tell the site owner.');
    assert.match(detail.hint ?? '', /Content-Security-Policy/);
    assert.ok(detail.hint?.includes(`add ${data.origin} to its connect-src`), detail.hint);
    assert.match(shown, /The training list could not be loaded on this page\./);
    assert.doesNotMatch(shown, /connection/i);
  });

  it('in French, the person reads it in French', async () => {
    const { detail, shown } = await firstError('/csp-fr.html');
    assert.equal(detail.code, 'index-blocked');
    assert.match(shown, /La liste des programmes n’a pas pu être chargée sur cette page\./);
  });

  it('the index server sends no CORS headers: index-blocked, the hint names CORS and the header to send', async () => {
    const { detail, shown, violations } = await firstError('/cors.html');
    assert.deepEqual(violations, []);
    assert.equal(detail.code, 'index-blocked');
    assert.match(detail.hint ?? '', /CORS/);
    assert.ok(detail.hint?.includes(`Access-Control-Allow-Origin: ${host.origin}`), detail.hint);
    assert.match(shown, /The training list could not be loaded on this page\./);
  });

  it('a server that is down is still the network', async () => {
    const { detail, shown } = await firstError('/down.html');
    assert.equal(detail.code, 'network');
    assert.match(shown, /Check your connection/);
  });

  it('offline is still the network', async () => {
    const { detail } = await firstError('/cors.html', { offline: true });
    assert.equal(detail.code, 'network');
  });
});
