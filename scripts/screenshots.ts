/**
 * Screenshots of the demo pages after a person's interactions, for docs and review.
 * Starts nothing itself: run the demo server first (`npm start`), then
 * `npx tsx scripts/screenshots.ts [base URL]` (default http://localhost:8000). Writes PNGs
 * at 1280 and 320 px wide into docs/screenshots/ and reports any console error, page
 * error, CSP violation or axe-core (WCAG 2.2 AA and best-practice) violation it saw in each state it
 * photographed (exit code 1 when there were any). PNGs are palette
 * images (sharp) so each stays well under 300 KB. `SHOTS=outcomes-report,institution` takes
 * only those.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const WIDTHS = [1280, 320] as const;
/** Past this many pixels a page is cut: long lists make big files and say nothing more. */
const MAX_AREA = 1280 * 2600;
const TIMEOUT = 15_000;

type Flow = (page: Page) => Promise<void>;

interface Shot {
  name: string;
  path: string;
  flow: Flow;
  /** Widths to photograph (default 1280 and 320); with one, file names carry no width. */
  widths?: readonly number[];
  /** Extra steps after the first shot, each with its own file name suffix. */
  then?: Array<{ suffix: string; flow: Flow; /** A modal: photograph the viewport, not the page. */ viewport?: boolean }>;
}

/** Types into the combobox matched by `input` the way a person does, then picks the first option by keyboard. */
async function pickTitle(page: Page, input: string, text: string): Promise<void> {
  const field = page.locator(input).first();
  await field.click();
  await field.pressSequentially(text, { delay: 40 });
  await page.locator('[role="option"]').first().waitFor({ timeout: TIMEOUT });
  await field.press('ArrowDown');
  await field.press('Enter');
}

async function cardsShown(page: Page): Promise<void> {
  await page.locator('mc-program-card [part="title"]').first().waitFor({ timeout: TIMEOUT });
}

const SHOTS: Shot[] = [
  {
    name: 'outcomes-report',
    path: '/demo/outcomes.html',
    widths: [1280],
    flow: async (page) => {
      await page.locator('mc-outcomes-report svg[role="img"]').waitFor({ timeout: TIMEOUT });
      // Occupation names come from the sample index, which loads after the report.
      await page.locator('mc-outcomes-report tbody th', { hasText: 'Welders' }).waitFor({ timeout: TIMEOUT });
    },
    then: [
      {
        suffix: 'fr',
        flow: async (page) => {
          await page.locator('[data-lang-switch]').click();
          await page.locator('mc-outcomes-report h2', { hasText: 'Résultats' }).waitFor({ timeout: TIMEOUT });
        },
      },
    ],
  },
  {
    name: 'institution',
    path: '/demo/institution.html',
    flow: async (page) => {
      await pickTitle(page, 'mc-job-search input', 'welder');
      await cardsShown(page);
    },
    then: [
      {
        suffix: 'inquiry',
        viewport: true,
        flow: async (page) => {
          await page.locator('mc-program-card button').first().click();
          await page.locator('dialog[open] mc-inquiry-form input').first().waitFor({ timeout: TIMEOUT });
        },
      },
      {
        suffix: 'unrelated',
        flow: async (page) => {
          await page.keyboard.press('Escape');
          await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: TIMEOUT });
          // The second card marked "Not relevant to this job": folded, with Undo focused.
          await page.locator('mc-program-card').nth(1).locator('button.unrelated').click();
          await page.locator('mc-program-card[unrelated]').waitFor({ timeout: TIMEOUT });
        },
      },
    ],
  },
  {
    name: 'employer',
    path: '/demo/employer.html',
    flow: async (page) => {
      await pickTitle(page, 'mc-skill-finder input[role="combobox"]', 'weld');
      await pickTitle(page, 'mc-skill-finder input[role="combobox"]', 'blueprint');
      await cardsShown(page);
      const boxes = page.locator('mc-skill-finder input[type="checkbox"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
    },
    then: [
      {
        suffix: 'review',
        flow: async (page) => {
          await page.locator('mc-skill-finder [part="bar"] button:not(.link)').click();
          await page.locator('mc-skill-finder [part="review"]').waitFor({ timeout: TIMEOUT });
        },
      },
    ],
  },
  {
    name: 'career-centre',
    path: '/demo/career-centre.html',
    flow: async (page) => {
      await pickTitle(page, 'mc-portal mc-job-search >> nth=0 >> input', 'personal support worker');
      await pickTitle(page, 'mc-portal mc-job-search >> nth=1 >> input', 'registred nurse');
      await cardsShown(page);
    },
    then: [
      {
        suffix: 'fr',
        flow: async (page) => {
          await page.locator('mc-portal button[lang="fr"], mc-portal [part~="lang-toggle"]').first().click();
          await page
            .locator('mc-portal[lang="fr"], html[lang="fr"]')
            .first()
            .waitFor({ timeout: TIMEOUT })
            .catch(() => undefined);
          await cardsShown(page);
        },
      },
    ],
  },
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let axeSource: string | null = null;

/** axe-core over the page as it stands (evaluated through the debugger, outside the page's CSP). */
export async function audit(page: Page, where: string, problems: string[]): Promise<void> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: tags });
    return result.violations.map(
      (v) =>
        `${v.id} at ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, AXE_TAGS);
  for (const violation of found) problems.push(`${where}: axe: ${violation}`);
}

export async function save(page: Page, file: string, viewport = false): Promise<void> {
  // Let focus rings, live regions and late renders settle.
  await page.waitForTimeout(400);
  const { width, height: viewportHeight } = page.viewportSize()!;
  let raw: Buffer;
  if (viewport) raw = await page.screenshot();
  else {
    // The whole page as a person sees it while scrolling: with the viewport as tall as the
    // page, content that renders only near the screen (program cards use
    // content-visibility: auto) is on screen. Cards then take their real height, so
    // measure again until the page stops growing.
    const maxHeight = Math.floor(MAX_AREA / width);
    let height = 0;
    for (let i = 0; i < 4; i++) {
      const next = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
      if (next === height) break;
      height = next;
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
    }
    raw = await page.screenshot();
    await page.setViewportSize({ width, height: viewportHeight });
  }
  // A 256-colour palette keeps interface screenshots legible at a fraction of the size.
  const png = await sharp(raw).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
  await writeFile(file, png);
  console.log(`wrote ${file} (${Math.round(png.length / 1024)} KB)`);
}

async function run(browser: Browser, base: string, shot: Shot, width: number, problems: string[]): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const where = `${shot.name}@${width}`;
  const named = (suffix: string) => join(OUT, `${shot.name}${suffix}${shot.widths?.length === 1 ? '' : `-${width}`}.png`);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${where}: console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where}: page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  try {
    await page.goto(new URL(shot.path, base).href, { waitUntil: 'networkidle' });
    await shot.flow(page);
    await save(page, named(''));
    await audit(page, where, problems);
    for (const step of shot.then ?? []) {
      await step.flow(page);
      await save(page, named(`-${step.suffix}`), step.viewport);
      await audit(page, `${where} ${step.suffix}`, problems);
    }
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message.split('\n')[0]}`);
    await save(page, join(OUT, `${shot.name}-${width}-FAILED.png`)).catch(() => undefined);
  } finally {
    await context.close();
  }
}

/** Takes every screenshot against `base`; returns the problems seen (empty when clean). */
export async function takeScreenshots(base = 'http://localhost:8000'): Promise<string[]> {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  const problems: string[] = [];
  try {
    const only = process.env.SHOTS?.split(',');
    for (const shot of SHOTS.filter((s) => !only || only.includes(s.name))) {
      for (const width of shot.widths ?? WIDTHS) await run(browser, base, shot, width, problems);
    }
  } finally {
    await browser.close();
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const problems = await takeScreenshots(process.argv[2] ?? process.env.DEMO_URL ?? 'http://localhost:8000');
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
