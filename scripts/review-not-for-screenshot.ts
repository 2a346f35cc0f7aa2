/**
 * The catalogue review's "Not for this occupation" toggle, pressed, on a program whose words
 * take it to the wrong occupation: "Information Extraction from Free Text Data in Health"
 * (text mining), which a build from the real sources recommends first for mining engineers.
 * Serves the demo page with the index in `--index`, chooses a catalogue of three Coursera
 * courses (written to a temporary folder, removed afterwards: that list has no licence to
 * redistribute), presses the toggle and photographs the program's card.
 *
 *   npx tsx scripts/review-not-for-screenshot.ts --index DIR --coursera FILE [--out docs/screenshots/review-not-for.png]
 *
 * Needs `npm run build` (the page loads dist/cdn/microcred.js) and Debian's Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Diagnostics } from '../src/core/catalogue/diagnostics.js';
import { readCoursera } from '../src/cli/sources/coursera.js';
import { courseraCanonicalCsv, reviewDemo, saveCardShot } from './review-page.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    coursera: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshots/review-not-for.png' },
  },
});
if (!values.index || !values.coursera) {
  console.error('usage: npx tsx scripts/review-not-for-screenshot.ts --index DIR --coursera FILE [--out PNG]');
  process.exit(2);
}

const PROGRAM = 'Information Extraction from Free Text Data in Health';
const OCCUPATION = '21330';

const programs = readCoursera(resolve(values.coursera), new Diagnostics()).filter((p) => p.title.en === PROGRAM);
if (programs.length === 0) throw new Error(`${values.coursera}: no course titled "${PROGRAM}"`);
const tmp = mkdtempSync(join(tmpdir(), 'mc-review-not-for-'));
try {
  const catalogue = join(tmp, 'coursera-one.csv');
  writeFileSync(catalogue, courseraCanonicalCsv(programs));
  const demo = await reviewDemo(values.index);
  try {
    const page = await demo.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${demo.origin}/demo/review.html`);
    const field = page.locator('mc-catalogue-review input[type=file]');
    await field.waitFor({ timeout: 60_000 });
    await field.setInputFiles(catalogue);
    await page.locator('mc-catalogue-review [part=gaps]').waitFor({ timeout: 300_000 });
    const card = page.locator('mc-catalogue-review [part=program]').filter({ hasText: PROGRAM });
    const toggle = card.locator(`[data-action=not-for][data-occupation="${OCCUPATION}"]`);
    if ((await toggle.count()) === 0) throw new Error(`"${PROGRAM}" is not among the first programs of ${OCCUPATION} in this index`);
    await toggle.click();
    await saveCardShot(card, values.out);
  } finally {
    await demo.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
