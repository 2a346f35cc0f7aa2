/**
 * The wage chart in forced colours (Windows contrast themes), light and dark: every label
 * and bar stands out from the background the theme paints behind it. Chromium does not
 * force SVG fills, so the bars' own colours are what a person sees; the labels are HTML
 * text, which the theme colours. So do the words a suggestion matched, which Chromium
 * paints in the theme's highlight text colour (<mark>). Needs `npm run build` and
 * `npm run sample-index` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Wages</title>
<script type="module" src="/dist/cdn/microcred.js"></script></head>
<body><main><mc-labour-market src="/demo/data/sample/index.json" code="72106"></mc-labour-market></main></body>
</html>`;

const SEARCH = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Search</title>
<script type="module" src="/dist/cdn/microcred.js"></script></head>
<body><main><mc-job-search src="/demo/data/sample/index.json"></mc-job-search></main></body>
</html>`;

/**
 * In the page: the first background the theme paints behind `box` (through shadow roots, else
 * the page's), and the `property` (text `color`, SVG `fill`) of what `selector` matches in it.
 */
function coloursIn(box: Element, { selector, property }: { selector: string; property: 'color' | 'fill' }) {
  let at: Element | null = box;
  let background = 'rgba(0, 0, 0, 0)';
  while (at && /rgba\(.*, 0\)$/.test(background)) {
    background = getComputedStyle(at).backgroundColor;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  if (/rgba\(.*, 0\)$/.test(background)) background = getComputedStyle(document.documentElement).backgroundColor;
  return { background, colours: [...box.querySelectorAll(selector)].map((t) => getComputedStyle(t)[property]) };
}

/** WCAG relative luminance contrast of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('forced colours: the wage chart and the suggestions', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startStaticServer({ '/dist/': ROOT + 'dist', '/demo/': ROOT + 'demo' }, { '/wages.html': PAGE, '/search.html': SEARCH });
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`keeps labels at 4.5:1 and bars at 3:1 against a ${scheme} contrast theme`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await page.goto(`${server.origin}/wages.html`);
      await page.locator('mc-labour-market [part=chart] .label').first().waitFor();
      const chart = page.locator('mc-labour-market [part=chart]');
      const seen = {
        ...(await chart.evaluate(coloursIn, { selector: '.label, .value', property: 'color' } as const)),
        bars: (await chart.evaluate(coloursIn, { selector: '.bar', property: 'fill' } as const)).colours,
      };
      await page.close();
      assert.ok(seen.colours.length >= 6 && seen.bars.length === 3, JSON.stringify(seen));
      for (const fill of seen.colours) assert.ok(contrast(fill, seen.background) >= 4.5, `label ${fill} on ${seen.background}`);
      for (const fill of seen.bars) assert.ok(contrast(fill, seen.background) >= 3, `bar ${fill} on ${seen.background}`);
    });
  }

  for (const scheme of ['dark', 'light'] as const) {
    it(`shows the words a suggestion matched at 4.5:1 against a ${scheme} contrast theme`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await page.goto(`${server.origin}/search.html`);
      await page.locator('mc-job-search input').pressSequentially('support worker');
      await page.locator('mc-job-search [role=option] mark').first().waitFor();
      const seen = await page
        .locator('mc-job-search [role=option]')
        .first()
        .evaluate(coloursIn, { selector: 'mark', property: 'color' } as const);
      await page.close();
      assert.ok(seen.colours.length > 0, JSON.stringify(seen));
      for (const fill of seen.colours) assert.ok(contrast(fill, seen.background) >= 4.5, `matched words ${fill} on ${seen.background}`);
    });
  }
});
