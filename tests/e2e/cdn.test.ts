/**
 * End to end through the CDN bundle only: a plain host page (with hostile CSS) loads
 * dist/cdn/microcred.js (twice, as careless pages do) and the sample index, a person
 * types a misspelled job title, picks the occupation with the keyboard, and sees
 * program cards and wages. Needs `npm run build` and `npm run sample-index` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openWatchedPage } from './browser.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = 'dist/cdn/microcred.js';
const SAMPLE = 'demo/data/sample/index.json';

const HOST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Career centre (test host)</title>
<style>
  /* A host stylesheet that would wreck unprotected widgets. */
  * { box-sizing: content-box; }
  input, button, select { font-size: 40px; background: #f0f; border: 0; display: inline; }
  ul, li { list-style: square; margin: 3em; }
  mark { background: yellow; }
</style>
<script type="module" src="/${BUNDLE}"></script>
<script type="module" src="/${BUNDLE}?loaded=twice"></script>
</head>
<body>
<main>
  <h1>Career centre</h1>
  <mc-portal src="/${SAMPLE}" region="ER3530"></mc-portal>
</main>
<script>
  window.seen = [];
  for (const type of ['mc-select', 'mc-recommend', 'mc-error', 'mc-no-match']) {
    document.addEventListener(type, (e) => window.seen.push({ type, detail: e.detail }));
  }
</script>
</body>
</html>`;

async function mustExist(path: string): Promise<void> {
  try {
    await access(ROOT + path);
  } catch {
    assert.fail(`${path} is missing: run \`npm run build\` and \`npm run sample-index\` before the e2e tests`);
  }
}

/** The element that has focus, looking through shadow roots. */
function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}` : '';
  });
}

describe('CDN bundle on a plain host page', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let consoleErrors: string[];

  before(async () => {
    await mustExist(BUNDLE);
    await mustExist(SAMPLE);
    server = await startStaticServer({ '/dist/': ROOT + 'dist', '/demo/': ROOT + 'demo' }, { '/host.html': HOST_PAGE });
    ({ browser, page, pageErrors, consoleErrors } = await openWatchedPage(`${server.origin}/host.html`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('defines every element once, even though the bundle is loaded twice', async () => {
    await page.waitForFunction(() => customElements.get('mc-portal') !== undefined);
    const defined = await page.evaluate(() =>
      ['mc-portal', 'mc-job-search', 'mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-skill-finder'].filter(
        (tag) => customElements.get(tag) !== undefined,
      ),
    );
    assert.deepEqual(defined, ['mc-portal', 'mc-job-search', 'mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-skill-finder']);
    // All from one copy of the bundle (one LitElement base class): elements of two copies
    // cannot share an index (each copy's core only knows its own title index).
    await page.waitForFunction(() => customElements.get('mc-inquiry-form') !== undefined);
    const bases = await page.evaluate(
      () =>
        new Set(
          ['mc-portal', 'mc-job-search', 'mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-skill-finder', 'mc-inquiry-form'].map((tag) =>
            Object.getPrototypeOf(customElements.get(tag)!),
          ),
        ).size,
    );
    assert.equal(bases, 1);
    assert.deepEqual(pageErrors, []);
  });

  it('finds "registred nurse", lets the person pick it with the keyboard, and shows programs and wages', async () => {
    // Keyboard only: the language toggle comes first, then the "I work as…" combobox.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await deepFocus(page), 'input[role=combobox]');
    await page.keyboard.type('registred nurse', { delay: 20 });
    const combobox = page.locator('mc-job-search[search-role=current] input[role=combobox]');
    await page.locator('mc-job-search[search-role=current] [role=option]').first().waitFor();
    assert.equal(await combobox.getAttribute('aria-expanded'), 'true');
    const firstOption = await page.locator('mc-job-search[search-role=current] [role=option]').first().innerText();
    assert.match(firstOption, /registered nurse/i);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // Programs with evidence for nursing, or the plain notice that this (sample) catalogue
    // has little for it in this region: never a blank list.
    const shown = page.locator('mc-program-card, mc-recommendations [part~=notice]').first();
    await shown.waitFor({ timeout: 10_000 });
    assert.ok((await page.locator('mc-program-card, mc-recommendations [part~=notice]').count()) > 0);

    const wageCells = page.locator('mc-labour-market [part~=wages] tbody td');
    await wageCells.first().waitFor();
    const wages = await wageCells.allInnerTexts();
    assert.ok(
      wages.some((w) => /^\$\d+\.\d\d$/.test(w.trim())),
      `wage cells: ${wages.join(' | ')}`,
    );
    assert.match(await page.locator('mc-labour-market [part~=sample]').innerText(), /Sample figures for demonstration, not real data/);

    const seen = await page.evaluate(() => (window as unknown as { seen: Array<{ type: string; detail: { code?: string; role?: string } }> }).seen);
    assert.deepEqual(
      seen.filter((e) => e.type === 'mc-select').map((e) => e.detail),
      [{ code: '31301', role: 'current' }],
    );
    assert.equal(seen.filter((e) => e.type === 'mc-recommend').length, 1);
    assert.equal(seen.filter((e) => e.type === 'mc-error').length, 0);
    // Focus moved to the results heading, so a screen reader hears what appeared.
    assert.match(await deepFocus(page), /^h\d$/);
  });

  it('switches to French without losing the chosen occupation', async () => {
    await page.locator('mc-portal [part~=lang-toggle]').click();
    await page.waitForFunction(() => document.querySelector('mc-portal')?.getAttribute('lang') === 'fr');
    const combobox = page.locator('mc-job-search[search-role=current] input[role=combobox]');
    await page.waitForFunction(
      () => {
        const input = document.querySelector('mc-portal')?.shadowRoot?.querySelector('mc-job-search')?.shadowRoot?.querySelector('input');
        return input?.value.startsWith('Infirmi');
      },
      undefined,
      { timeout: 10_000 },
    );
    assert.match(await combobox.inputValue(), /^Infirmi/);
    assert.match(await page.locator('mc-labour-market [part~=sample]').innerText(), /Données fictives/);
    assert.ok((await page.locator('mc-program-card, mc-recommendations [part~=notice]').count()) > 0);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
  });
});
