/**
 * What the scripts that drive the catalogue review demo page share: Coursera courses written
 * as the canonical catalogue CSV it reads, and the page served over an index in Chromium.
 */
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { chromium, type Browser, type Locator } from 'playwright-core';
import sharp from 'sharp';
import { CANONICAL_COLUMNS, type RawProgram } from '../src/core/catalogue/programs.js';
import { startStaticServer } from '../tests/e2e/static-server.js';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Coursera courses (as `readCoursera` reads the scrape) as a canonical catalogue CSV. The
 * scrape has no licence to redistribute: callers write it to a temporary folder only.
 */
export function courseraCanonicalCsv(programs: readonly RawProgram[]): string {
  const rows = programs.map((p) => {
    const row: Record<(typeof CANONICAL_COLUMNS)[number], string> = {
      id: p.id,
      title_en: p.title.en,
      title_fr: p.title.fr,
      provider: p.provider,
      provider_fr: p.providerFr ?? '',
      url: p.url ?? '',
      // The scrape's "what you will learn" text, which the canonical reader cuts to a description.
      description_en: p.taggingText ?? p.description.en,
      description_fr: '',
      skills: p.tags.join(';'),
      hours: p.hours === null ? '' : String(p.hours),
      cost_cad: p.costCad === null ? '' : String(p.costCad),
      delivery: p.delivery ?? '',
      language: p.language ?? '',
      region: p.region ?? '',
      osap_eligible: p.osapEligible === null ? '' : p.osapEligible ? 'yes' : 'no',
      credential: p.credential ?? '',
    };
    return CANONICAL_COLUMNS.map((c) => row[c]);
  });
  return stringify([[...CANONICAL_COLUMNS], ...rows]);
}

/**
 * The demo pages (with `dist/`, so `npm run build` first) served with the index in `indexDir`
 * in place of the sample, and Debian's Chromium (or `CHROME_PATH`). `close` stops both.
 */
export async function reviewDemo(indexDir: string): Promise<{ origin: string; browser: Browser; close(): Promise<void> }> {
  const server = await startStaticServer({
    '/demo/data/sample/': resolve(indexDir),
    '/demo/': join(ROOT, 'demo'),
    '/dist/': join(ROOT, 'dist'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A screenshot of one program's card of the review, as a small palette PNG at `out`. */
export async function saveCardShot(card: Locator, out: string): Promise<void> {
  await sharp(await card.screenshot())
    .png({ palette: true, colours: 128 })
    .toFile(resolve(out));
  console.log(`screenshot: ${out}`);
}
