/**
 * The demo's playground (demo/playground.html), as a developer uses it: the controls come
 * from the shipped editor data (dist/editor/web-types.json) and demo/examples.json, every
 * change rebuilds the element and the HTML to copy, and the element's events are logged.
 * Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

let browser: Browser;
let demo: DemoInBrowser['demo'];
let close: (() => Promise<void>) | undefined;

async function open(element: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(`${demo.url}/demo/playground.html?element=${element}`, { waitUntil: 'networkidle' });
  return { page, errors };
}

before(async () => {
  ({ demo, browser, close } = await startDemoInBrowser());
});

after(async () => {
  await close?.();
});

describe('the playground', () => {
  it('shows the element of the URL with its example, and the HTML that makes it', async () => {
    const { page, errors } = await open('mc-recommendations');
    const preview = page.locator('#preview mc-recommendations');
    assert.equal(await preview.getAttribute('occupation'), '72106');
    assert.equal(await preview.getAttribute('src'), '/demo/data/sample/index.json');
    await page.waitForFunction(() => (document.querySelector('#preview mc-recommendations')?.shadowRoot?.textContent ?? '').includes('Welders'));
    assert.match(
      (await page.locator('#snippet').textContent()) ?? '',
      /<mc-recommendations occupation="72106" region="ER3530" limit="5" src="[^"]+"><\/mc-recommendations>/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('every control has a label, and a changed attribute, language or colour remakes the element and the HTML', async () => {
    const { page, errors } = await open('mc-recommendations');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('#controls input, #controls select')].filter((c) => (c as HTMLInputElement).labels?.length === 0).map((c) => c.id),
    );
    assert.deepEqual(unlabelled, []);
    await page.getByLabel('limit', { exact: true }).fill('1');
    await page.getByLabel('limit', { exact: true }).press('Enter');
    await page.getByLabel('Language').selectOption('fr');
    await page.locator('#primary').evaluate((input: HTMLInputElement) => {
      input.value = '#7c2d12';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const preview = page.locator('#preview mc-recommendations');
    assert.equal(await preview.getAttribute('limit'), '1');
    assert.equal(await preview.getAttribute('lang'), 'fr');
    await page.waitForFunction(() => (document.querySelector('#preview mc-recommendations')?.shadowRoot?.textContent ?? '').includes('Soudeurs'));
    const snippet = (await page.locator('#snippet').textContent()) ?? '';
    assert.match(snippet, /limit="1"/);
    assert.match(snippet, /lang="fr"/);
    assert.match(snippet, /--mc-color-primary: #7c2d12;/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('in French, the example names who receives an inquiry by its French name, as a French page writes it; a name typed stays', async () => {
    const { page, errors } = await open('mc-portal');
    const owner = page.getByLabel('endpoint-owner', { exact: true });
    assert.equal(await owner.inputValue(), 'Lakeside Career Centre (fictional)');
    await page.locator('[data-lang-switch]').click();
    await page.waitForFunction(() => document.querySelector('#preview mc-portal')?.getAttribute('endpoint-owner') === 'Centre d’emploi Lakeside (fictif)');
    assert.match((await page.locator('#snippet').textContent()) ?? '', /endpoint-owner="Centre d’emploi Lakeside \(fictif\)"/);
    await owner.fill('Collège Boréal');
    await owner.press('Enter');
    await page.locator('[data-lang-switch]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await owner.inputValue(), 'Collège Boréal');
    const fresh = await open('mc-skill-finder');
    await fresh.page.goto(`${demo.url}/demo/playground.html?element=mc-skill-finder&lang=fr`, { waitUntil: 'networkidle' });
    assert.equal(await fresh.page.locator('#preview mc-skill-finder').getAttribute('endpoint-owner'), 'Centre d’emploi Lakeside (fictif)');
    assert.deepEqual([...errors, ...fresh.errors], []);
    await fresh.page.close();
    await page.close();
  });

  it('shows a program card from the sample data, with the script that gives it its program', async () => {
    const { page, errors } = await open('mc-program-card');
    const card = page.locator('#preview mc-program-card');
    await card.locator('[part~=title]').filter({ hasText: 'Welding Fundamentals: MIG and TIG' }).waitFor();
    const snippet = (await page.locator('#snippet').textContent()) ?? '';
    assert.match(
      snippet,
      /<mc-program-card><\/mc-program-card>\n<script type="module">\n {2}const element = document\.querySelector\('mc-program-card'\);\n {2}element\.program = \{\n {4}id: "lp-weld-101",/,
    );
    await card.getByRole('button', { name: /Ask about this program/ }).click();
    await page.waitForFunction(() => (document.querySelector('#log')?.textContent ?? '').includes('mc-inquire-request'));
    assert.match((await page.locator('#log').textContent()) ?? '', /mc-inquire-request \{ programId: "lp-weld-101", program: \{…\} \}/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers the values the manifest lists, and logs the events the element fires', async () => {
    const { page, errors } = await open('mc-job-search');
    const loading = await page.getByLabel('loading', { exact: true }).locator('option').allTextContents();
    assert.deepEqual(loading.slice(1), ['eager', 'visible', 'idle', 'focus']);
    const input = page.locator('#preview mc-job-search input');
    await input.fill('welder');
    await page.waitForTimeout(500);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#log')?.textContent ?? '').includes('mc-select'));
    assert.match((await page.locator('#log').textContent()) ?? '', /mc-select \{ code: "72106", role: "current" \}/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
