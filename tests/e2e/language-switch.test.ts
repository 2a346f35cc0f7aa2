/**
 * The demo pages' language switch (demo/lang.js), as a French speaker uses it on the
 * institution page: the button puts the page's own text, its title, its dialog and the
 * widgets in French, says so politely, keeps focus, and writes ?lang=fr, which opens the page
 * in French. Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

let browser: Browser;
let demo: DemoInBrowser['demo'];
let close: (() => Promise<void>) | undefined;

before(async () => {
  ({ demo, browser, close } = await startDemoInBrowser());
});

after(async () => {
  await close?.();
});

/** What a screen reader meets: the visible h1s and every visible text node's language. */
function page(p: Page) {
  return p.evaluate(() => {
    // No named inner functions: tsx would wrap them in a helper the page lacks.
    const mismatched: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text || !n.parentElement?.checkVisibility()) continue;
      if (n.parentElement!.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang && !n.parentElement!.closest('[data-lang-switch]'))
        mismatched.push(text);
    }
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent?.trim()),
      mismatched,
    };
  });
}

describe('the demo language switch', () => {
  it('puts the institution page, its dialog and its widgets in French, and back', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${demo.url}/demo/institution.html`, { waitUntil: 'networkidle' });
    const button = p.getByRole('button', { name: 'Français' });
    assert.equal(await button.getAttribute('lang'), 'fr');
    await button.focus();
    await p.keyboard.press('Enter');

    await p.waitForFunction(() => document.querySelector('[data-lang-status]')?.textContent === 'Page affichée en français.');
    const fr = await page(p);
    assert.equal(fr.lang, 'fr');
    assert.deepEqual(fr.h1, ['Des microcertifications pour l’emploi que vous visez']);
    assert.match(fr.title, /^Microcertifications – Polytechnique Lakeshore \(fictive, données d’exemple\)$/);
    assert.deepEqual(fr.mismatched, []);
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'English');
    assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('lang')), 'en');
    assert.equal(new URL(p.url()).searchParams.get('lang'), 'fr');
    await p.waitForFunction(() => (document.querySelector('mc-job-search')?.shadowRoot?.textContent ?? '').includes('Je veux devenir'));
    const dialogTitle = await p
      .locator('#inquiry-title')
      .evaluate((h) => [...h.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent));
    assert.deepEqual(dialogTitle, ['Écrire à Polytechnique Lakeshore']);
    assert.equal(await p.locator('#inquiry-close').getAttribute('aria-label'), 'Fermer');

    await p.getByRole('button', { name: 'English' }).click();
    await p.waitForFunction(() => document.querySelector('[data-lang-status]')?.textContent === 'Page now in English.');
    const en = await page(p);
    assert.equal(en.lang, 'en');
    assert.deepEqual(en.h1, ['Micro-credentials for the job you want']);
    assert.deepEqual(en.mismatched, []);
    assert.equal(new URL(p.url()).searchParams.get('lang'), null);
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('?lang=fr opens a page in French, saying nothing until the person switches', async () => {
    const p = await browser.newPage();
    await p.goto(`${demo.url}/demo/review.html?lang=fr`, { waitUntil: 'networkidle' });
    const fr = await page(p);
    assert.equal(fr.lang, 'fr');
    assert.deepEqual(fr.h1, ['Étiquetez vos programmes avant de les publier']);
    assert.deepEqual(fr.mismatched, []);
    assert.equal(await p.locator('[data-lang-status]').textContent(), '');
    await p.close();
  });

  it("the career centre's page and portal switch together, from either button, and ?mc-lang=fr still opens it in French", async () => {
    const p = await browser.newPage();
    await p.goto(`${demo.url}/demo/career-centre.html?mc-lang=fr`, { waitUntil: 'networkidle' });
    assert.deepEqual((await page(p)).h1, ['Planifiez votre prochaine étape']);
    await p.locator('mc-portal [part~=lang-toggle]').click();
    await p.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual((await page(p)).h1, ['Plan your next step']);
    await p.locator('[data-lang-switch]').click();
    await p.waitForFunction(() => document.querySelector('mc-portal')?.getAttribute('lang') === 'fr');
    assert.deepEqual((await page(p)).h1, ['Planifiez votre prochaine étape']);
    await p.close();
  });
});
