/**
 * Screenshots of the plan above the recommendations (issue 11): a carpenter aiming at
 * welding, in English and French, at 1280 and 320 px, and the
 * target alone at 1280 px. Starts nothing itself: run the demo server first, then
 * `npx tsx scripts/plan-screenshots.ts [base URL]` (default http://localhost:8000).
 * Opens the career-centre page through its URL state, so no typing is needed.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const base = process.argv[2] ?? 'http://localhost:8000';
const shots: Array<{ name: string; query: string; widths: number[] }> = [
  { name: 'plan-gap', query: 'mc-current=72310&mc-target=72106&mc-lang=en', widths: [1280, 320] },
  { name: 'plan-gap-fr', query: 'mc-current=72310&mc-target=72106&mc-lang=fr', widths: [1280, 320] },
  { name: 'plan-target', query: 'mc-target=72106&mc-lang=en', widths: [1280] },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let failures = 0;
try {
  for (const shot of shots) {
    for (const width of shot.widths) {
      const page = await browser.newPage({ viewport: { width, height: 2600 } });
      page.on('pageerror', (e) => {
        failures++;
        console.error(`${shot.name}-${width}: ${e.message}`);
      });
      await page.goto(`${base}/demo/career-centre.html?${shot.query}`);
      // The plan, then the first card below it (locators pierce the open shadow roots).
      const plan = page.locator('mc-recommendations [part="plan"]');
      await plan.waitFor({ timeout: 20_000 });
      await page.locator('mc-program-card [part="title"]').first().waitFor({ timeout: 20_000 });
      const box = (await plan.boundingBox())!;
      const card = (await page.locator('mc-recommendations mc-program-card').first().boundingBox())!;
      const top = Math.max(0, box.y - 8);
      const clip = { x: 0, y: top, width, height: Math.min(2600, card.y + card.height - top + 8) };
      const png = await page.screenshot({ clip, fullPage: true });
      const file = join(OUT, `${shot.name}-${width}.png`);
      await sharp(png).png({ palette: true, colours: 128 }).toFile(file);
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failures > 0 ? 1 : 0);
