/** Debian's Chromium for the end-to-end tests, with a page that records what went wrong. */
import assert from 'node:assert/strict';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer } from '../../src/server/demo-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface WatchedPage {
  browser: Browser;
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console messages of type error. */
  consoleErrors: string[];
}

/** Launches Chromium and opens `url` in a 1024x800 page, recording errors from the start. */
export async function openWatchedPage(url: string): Promise<WatchedPage> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const watched: WatchedPage = { browser, page, pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (e) => watched.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  await page.goto(url);
  return watched;
}

/**
 * Types a misspelled "registered nurse" into the portal's current-job search under `scope`
 * (a CSS selector, empty for the page), picks the first option with the keyboard, and
 * waits until the labour-market heading shows the choice took effect.
 */
export async function chooseNurseInPortal(page: Page, scope = ''): Promise<void> {
  const input = page.locator(`${scope} mc-job-search[search-role=current] input[role=combobox]`.trim());
  await input.click();
  await input.pressSequentially('registred nurse', { delay: 20 });
  await page.locator(`${scope} mc-job-search[search-role=current] [role=option]`.trim()).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator(`${scope} mc-labour-market [part~=heading]`.trim()).first().waitFor({ timeout: 10_000 });
}

/** The demo server on a free port with its inquiries in a temporary folder, and Chromium. */
export interface DemoInBrowser {
  demo: Awaited<ReturnType<typeof startDemoServer>>;
  browser: Browser;
  /** Where the demo server keeps what it receives (inquiries.jsonl). */
  dataDir: string;
  /** Closes both and removes the temporary folder. */
  close(): Promise<void>;
}

/** `indexDir`: an index served in place of the sample, as MC_INDEX_DIR does. */
export async function startDemoInBrowser(opts: { indexDir?: string } = {}): Promise<DemoInBrowser> {
  for (const file of ['dist/cdn/microcred.js', 'demo/data/sample/index.json']) {
    try {
      await access(join(ROOT, file));
    } catch {
      assert.fail(`${file} is missing: run \`npm run build\` and \`npm run sample-index\` before the e2e tests`);
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mc-demo-'));
  const demo = await startDemoServer({ port: 0, dataDir, ...opts });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  return {
    demo,
    browser,
    dataDir,
    async close() {
      await browser.close();
      await demo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
