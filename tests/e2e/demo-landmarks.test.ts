/**
 * What a keyboard and screen-reader user meets first on every demo page: a skip link, the
 * first thing Tab reaches, to the page's main content; and no section of the page's own,
 * named for screen readers only, around a widget, which is a region already (a screen
 * reader would read two regions, under two names, for one thing). Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

let browser: Browser;
let demo: DemoInBrowser['demo'];
let close: (() => Promise<void>) | undefined;

/** Every demo page a person opens; the index and the privacy notice are plain pages of text. */
const PAGES = readdirSync(new URL('../../demo/', import.meta.url)).filter((name) => name.endsWith('.html') && !['index.html', 'privacy.html'].includes(name));

before(async () => {
  ({ demo, browser, close } = await startDemoInBrowser());
});

after(async () => {
  await close?.();
});

describe('the demo pages’ landmarks', () => {
  for (const file of PAGES) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${file} (${lang}): a skip link first, to the main content, and no region of its own around a widget`, async () => {
        const p = await browser.newPage();
        await p.goto(`${demo.url}/demo/${file}${lang === 'fr' ? '?lang=fr' : ''}`, { waitUntil: 'networkidle' });
        await p.keyboard.press('Tab');
        const first = await p.evaluate(() => {
          const a = document.activeElement as HTMLAnchorElement | null;
          const target = a?.hash ? document.querySelector(a.hash) : null;
          return { text: a?.innerText.trim(), target: target?.localName ?? null };
        });
        assert.deepEqual(first, { text: lang === 'fr' ? 'Passer au contenu' : 'Skip to content', target: 'main' });
        // The widgets are regions named by their headings. A page's section named by a heading
        // of its own (the playground's "Preview") is one a sighted person sees too; one named
        // by aria-label alone around a widget only says the widget's name again.
        const wrapping = await p.evaluate(() =>
          [...document.querySelectorAll('section[aria-label], [role=region][aria-label]')]
            .filter((region) => [...region.querySelectorAll('*')].some((el) => el.localName.startsWith('mc-')))
            .map((region) => region.getAttribute('aria-label') ?? region.id),
        );
        assert.deepEqual(wrapping, []);
        await p.close();
      });
    }
  }
});
