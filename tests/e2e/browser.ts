/** Debian's Chromium for the end-to-end tests, with a page that records what went wrong. */
import { chromium, type Browser, type Page } from 'playwright-core';

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
