/**
 * The WCAG 2.2 AA checks axe cannot make, over the demo's main flows in English and French:
 * reflow at 320 px (1.4.10), text at 200 % (1.4.4), the text-spacing overrides (1.4.12),
 * forced colours light and dark (1.4.11), target size (2.5.8) and focus under a sticky header
 * (2.4.11). Starts nothing itself: run the demo first (`npm start`), then
 * `npx tsx scripts/a11y-audit.ts [base URL]` (default http://localhost:8000). Writes a PNG of
 * every state under every condition to var/a11y/ (to look at: colours and focus rings are
 * judged by eye) and prints what the probes found; exit code 1 when a check failed.
 * `A11Y=reflow,spacing` runs only those conditions, `A11Y_FLOWS=portal` only that flow and
 * `A11Y_LANGS=fr` only French; `A11Y_STICKY='header { position: sticky; top: 0 }'` shows the
 * sticky header without the host page's fix (docs/embedding.md). `A11Y_VERBOSE=1` also lists
 * the small targets that pass by spacing and the boxes that scroll sideways on purpose.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { SPACING_CSS, focusCovered, injectEverywhere, probe, type Finding } from './a11y-probe.js';

const OUT = join(import.meta.dirname, '..', 'var', 'a11y');
const TIMEOUT = 15_000;
/** A host page's sticky header, the case WCAG 2.4.11 is about, with the fix docs/embedding.md gives. */
const STICKY = process.env.A11Y_STICKY ?? 'header { position: sticky; top: 0; z-index: 10; } html { scroll-padding-top: 10rem; }';

interface Condition {
  name: string;
  context: BrowserContextOptions;
  /** CSS for the page alone (what a page or a user stylesheet reaches). */
  pageCss?: string;
  /** CSS for the page and every shadow root. */
  deepCss?: string;
}

const CONDITIONS: Condition[] = [
  { name: 'plain', context: { viewport: { width: 1280, height: 900 } } },
  { name: 'reflow', context: { viewport: { width: 320, height: 640 } } },
  { name: 'text200', context: { viewport: { width: 1280, height: 900 } }, pageCss: 'html { font-size: 200% !important; }' },
  { name: 'spacing', context: { viewport: { width: 1280, height: 900 } }, deepCss: SPACING_CSS },
  { name: 'spacing320', context: { viewport: { width: 320, height: 640 } }, deepCss: SPACING_CSS },
  { name: 'forced-dark', context: { viewport: { width: 1280, height: 900 }, forcedColors: 'active', colorScheme: 'dark' } },
  { name: 'forced-light', context: { viewport: { width: 1280, height: 900 }, forcedColors: 'active', colorScheme: 'light' } },
  { name: 'dark', context: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
  { name: 'sticky', context: { viewport: { width: 1280, height: 700 } }, pageCss: STICKY },
];

/** `keep`: a state that moving focus would end (an open list), so no tab walk. */
type Step = { state: string; run: (page: Page, fr: boolean) => Promise<void>; keep?: boolean };

/** Types into the combobox `input` as a person does, then moves down `moves` suggestions. */
async function suggest(page: Page, input: string, text: string, moves: number) {
  const field = page.locator(input).first();
  await field.click();
  await field.pressSequentially(text, { delay: 30 });
  await page.locator('[role="option"]').first().waitFor({ timeout: TIMEOUT });
  for (let i = 0; i < moves; i++) await field.press('ArrowDown');
  return field;
}

const pickTitle = async (page: Page, input: string, text: string) => (await suggest(page, input, text, 1)).press('Enter');

/** The list open on its second suggestion (the active option and the matched words in view). */
const listStep = (input: string, en: string, fr: string): Step => ({
  state: 'listbox',
  keep: true,
  run: async (page, isFr) => void (await suggest(page, input, isFr ? fr : en, 2)),
});

const cards = (page: Page) => page.locator('mc-program-card [part="title"]').first().waitFor({ timeout: TIMEOUT });

/** Fills every empty field of the open inquiry form with made-up details, ticks consent and sends. */
async function send(page: Page): Promise<void> {
  const form = page.locator('mc-inquiry-form:visible').first();
  for (const input of await form.locator('input:visible, textarea:visible').all()) {
    const type = (await input.getAttribute('type')) ?? 'text';
    if (type === 'checkbox') await input.check();
    else if ((await input.inputValue()) === '') await input.fill(type === 'email' ? 'sam@example.org' : type === 'number' ? '3' : 'Sam Test');
  }
  await form.locator('[part~="submit"]').click();
  await page
    .getByText(/inquiry was sent|demande a été envoyée/)
    .first()
    .waitFor({ timeout: TIMEOUT });
}

const openInquiry = async (page: Page) => {
  await page.locator('mc-program-card button').first().click();
  await page.locator('mc-inquiry-form input:visible').first().waitFor({ timeout: TIMEOUT });
};

const PORTAL_STEPS: Step[] = [
  { state: 'start', run: async () => {} },
  listStep('mc-portal mc-job-search >> nth=0 >> input', 'personal support worker', 'préposé aux bénéficiaires'),
  {
    state: 'results',
    run: async (page, fr) => {
      await page.locator('mc-portal mc-job-search >> nth=0 >> input').press('Enter');
      await pickTitle(page, 'mc-portal mc-job-search >> nth=1 >> input', fr ? 'infirmier autorisé' : 'registered nurse');
      await cards(page);
      await page.locator('mc-labour-market [part~="chart"]').first().waitFor({ timeout: TIMEOUT });
    },
  },
  { state: 'inquiry', run: openInquiry },
  { state: 'sent', run: send },
];

const FLOWS: Array<{ name: string; path: string; steps: Step[] }> = [
  { name: 'portal', path: '/demo/career-centre.html', steps: PORTAL_STEPS },
  // The portal in the dark theme a host page sets with the custom properties (docs/theming.md).
  { name: 'theming', path: '/demo/theming.html', steps: PORTAL_STEPS.slice(1, 4) },
  {
    name: 'employer',
    path: '/demo/employer.html',
    steps: [
      listStep('mc-skill-finder input[role="combobox"]', 'weld', 'soud'),
      {
        state: 'skills',
        run: async (page) => {
          await page.locator('mc-skill-finder input[role="combobox"]').press('Enter');
          await cards(page);
          const boxes = page.locator('mc-skill-finder label.check input');
          await boxes.nth(0).check();
          await boxes.nth(1).check();
        },
      },
      {
        state: 'review',
        run: async (page) => {
          await page.locator('mc-skill-finder [part="bar"] button:not(.link)').click();
          await page.locator('mc-inquiry-form input:visible').first().waitFor({ timeout: TIMEOUT });
        },
      },
      { state: 'sent', run: send },
    ],
  },
  {
    name: 'institution',
    path: '/demo/institution.html',
    steps: [
      {
        state: 'results',
        run: async (page, fr) => {
          await pickTitle(page, 'mc-job-search input', fr ? 'soudeur' : 'welder');
          await cards(page);
        },
      },
      { state: 'inquiry', run: openInquiry },
    ],
  },
];

/**
 * Runs `work` with the viewport as tall as the page (a modal dialog: as it is), so that what
 * renders only near the screen (program cards use content-visibility: auto) is laid out, in
 * the screenshot and for the probes.
 */
async function onTallViewport(page: Page, work: () => Promise<void>): Promise<void> {
  const size = page.viewportSize()!;
  if ((await page.locator('dialog[open]').count()) === 0) {
    for (let i = 0, height = 0; i < 4; i++) {
      const next = Math.min(16_000, await page.evaluate(() => document.documentElement.scrollHeight));
      if (next === height) break;
      height = next;
      await page.setViewportSize({ width: size.width, height });
      await page.waitForTimeout(200);
    }
  }
  await work();
  await page.setViewportSize(size);
}

/**
 * Tabs backwards through the page from its end (the focus a sticky header hides is the one
 * going up), noting focus that is hidden or has no outline.
 */
async function tabWalk(page: Page, where: string, problems: string[]): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Shift+Tab');
    const f = await page.evaluate(focusCovered);
    if (!f) break;
    const problem = f.covered ? 'focus hidden' : f.ring.startsWith('none') ? 'no focus outline' : '';
    if (!problem) continue;
    problems.push(`${where}: ${problem}: ${f.what}`);
    await page.screenshot({ path: join(OUT, `${where.replaceAll('/', '-')}-focus-${i}.png`) });
  }
}

async function walk(browser: Browser, base: string, flow: (typeof FLOWS)[number], c: Condition, fr: boolean, problems: string[]) {
  // bypassCSP: the demo's CSP refuses inline styles, and the conditions add some.
  const context = await browser.newContext({ ...c.context, reducedMotion: 'reduce', bypassCSP: true });
  // tsx names nested functions through a helper of its own, absent from the page.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const lang = fr ? 'fr' : 'en';
  try {
    await page.goto(new URL(`${flow.path}${fr ? '?lang=fr' : ''}`, base).href, { waitUntil: 'networkidle' });
    if (c.pageCss) await page.addStyleTag({ content: c.pageCss });
    if (c.deepCss) await page.evaluate(injectEverywhere, c.deepCss);
    for (const step of flow.steps) {
      const where = `${flow.name}/${step.state}/${lang}/${c.name}`;
      await step.run(page, fr);
      await page.waitForTimeout(400);
      const file = join(OUT, `${flow.name}-${step.state}-${lang}-${c.name}.png`);
      // Under a sticky header the window stays its size: that is where focus can be hidden.
      if (c.name !== 'sticky')
        await onTallViewport(page, async () => {
          await page.screenshot({ path: file });
          if (!c.name.includes('forced') && c.name !== 'dark') report(where, c, await page.evaluate(probe), problems);
        });
      if (!step.keep && (c.name === 'sticky' || c.name === 'forced-dark')) await tabWalk(page, where, problems);
    }
  } catch (error) {
    problems.push(`${flow.name}/${lang}/${c.name}: ${(error as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(OUT, `${flow.name}-${lang}-${c.name}-FAILED.png`), fullPage: true }).catch(() => undefined);
  } finally {
    await context.close();
  }
}

/**
 * Target sizes count with no overrides (1280 and 320 px); text at 200 % may scroll sideways at
 * 1280 px. A box that scrolls sideways (the wage table's) is one on purpose: a note.
 */
function report(where: string, c: Condition, found: Finding[], problems: string[]): void {
  const verbose = Boolean(process.env.A11Y_VERBOSE);
  for (const f of found) {
    if (f.kind === 'target' && (!['plain', 'reflow'].includes(c.name) || (f.what.endsWith('passes)') && !verbose))) continue;
    if (f.kind === 'scrolls' && !verbose) continue;
    if (c.name === 'text200' && f.kind !== 'clipped' && f.kind !== 'target') continue;
    problems.push(`${where}: ${f.kind}: ${f.what}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const base = process.argv[2] ?? process.env.DEMO_URL ?? 'http://localhost:8000';
  const only = process.env.A11Y?.split(',');
  const flows = FLOWS.filter((f) => !process.env.A11Y_FLOWS || process.env.A11Y_FLOWS.split(',').includes(f.name));
  const langs = [false, true].filter((fr) => !process.env.A11Y_LANGS || process.env.A11Y_LANGS.includes(fr ? 'fr' : 'en'));
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const problems: string[] = [];
  try {
    for (const c of CONDITIONS.filter((x) => !only || only.includes(x.name)))
      for (const flow of flows) for (const fr of langs) await walk(browser, base, flow, c, fr, problems);
  } finally {
    await browser.close();
  }
  for (const p of [...new Set(problems)]) console.error(p);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
