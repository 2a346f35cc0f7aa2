/**
 * What a counsellor hands a client: the career-centre demo printed to PDF by Chromium (the
 * print stylesheet applies), each page rendered to PNG for review in docs/screenshots/.
 * Run the demo server first (`npm start`), then `npx tsx scripts/print-preview.ts [base URL]`
 * (default http://localhost:8000). Needs `pdftoppm` (Debian: poppler-utils). The view comes
 * from a shared link (the portal's url-state), in English and in French.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const base = process.argv[2] ?? 'http://localhost:8000';
const VIEW = 'mc-current=12200&mc-target=21211';

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const tmp = await mkdtemp(join(tmpdir(), 'mc-print-'));
try {
  for (const lang of ['en', 'fr'] as const) {
    const page = await browser.newPage();
    await page.goto(`${base}/demo/career-centre.html?${VIEW}&mc-lang=${lang}`);
    await page.locator('mc-program-card [part="title"]').first().waitFor({ timeout: 15_000 });
    await page.locator('mc-portal [part~="related"] li').first().waitFor({ timeout: 15_000 });
    const pdf = join(tmp, `${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'Letter', printBackground: false });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(tmp, lang)]);
    const pages = (await readdir(tmp)).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.png')).sort();
    for (const [i, file] of pages.entries()) {
      const out = join(OUT, `print-${lang}-${i + 1}.png`);
      await sharp(join(tmp, file)).png({ palette: true }).toFile(out);
      console.log(out);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}
