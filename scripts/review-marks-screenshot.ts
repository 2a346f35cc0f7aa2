/**
 * The catalogue review with the learners' marks read: a catalogue, then an outcomes report's
 * CSV or JSON in the "Learners' marks" field, the "Show" filter on the programs learners
 * marked, and the card of the program with the most marks photographed, "Marked not relevant
 * by N learners" beside its occupation. By default the repository's invented sample: the
 * sample index, `sample/programs.csv` and the sample outcomes report that
 * scripts/outcomes-sample.ts writes (no real learner marked anything in them).
 *
 *   npx tsx scripts/review-marks-screenshot.ts [--index DIR] [--catalogue FILE] [--marks FILE] [--out PNG]
 *
 * Needs `npm run build` (the page loads dist/cdn/catalogue-review.js) and Debian's Chromium.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewDemo, saveCardShot } from './review-page.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string', default: 'demo/data/sample' },
    catalogue: { type: 'string', default: 'sample/programs.csv' },
    marks: { type: 'string', default: 'demo/outcomes-sample/outcomes.csv' },
    out: { type: 'string', default: 'docs/screenshots/review-marks.png' },
  },
});

const demo = await reviewDemo(values.index);
try {
  const page = await demo.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${demo.origin}/demo/review.html`);
  const review = page.locator('mc-catalogue-review');
  const catalogue = review.locator('#mc-catalogue-review-file');
  await catalogue.waitFor({ timeout: 60_000 });
  await catalogue.setInputFiles(resolve(values.catalogue));
  await review.locator('[part=gaps]').waitFor({ timeout: 300_000 });
  await review.locator('#mc-catalogue-review-marks').setInputFiles(resolve(values.marks));
  await review.locator('[part=marks] .note, [part=marks] [role=alert]').first().waitFor({ timeout: 60_000 });
  const error = review.locator('[part=marks] [role=alert]');
  if ((await error.count()) > 0) throw new Error(`${values.marks}: ${await error.innerText()}`);
  console.log(await review.locator('[part=marks] .note').innerText());
  await review.locator('select').selectOption('marked');
  const card = review.locator('[part=program]').first();
  if ((await card.locator('.learner-marks').count()) === 0) throw new Error('no program of the catalogue has a mark on an occupation it lists');
  await saveCardShot(card, values.out);
} finally {
  await demo.close();
}
