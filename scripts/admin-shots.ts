/**
 * What the screenshot scripts of the institution's pages share (screenshot-admin.ts,
 * screenshot-routing.ts): the browser, test inquiries sent to the running server, a page of
 * /admin/ that reports console errors and CSP violations, and signing in with a token.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export function launchShotBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
}

/** Sends `inquiries` to the server at `url`, calling `tick` before each (to move its clock). */
export async function seedInquiries(url: string, inquiries: readonly object[], tick: () => void): Promise<void> {
  for (const inquiry of inquiries) {
    tick();
    const res = await fetch(`${url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `screenshot-${crypto.randomUUID()}` },
      body: JSON.stringify(inquiry),
    });
    if (res.status !== 201) throw new Error(`seeding an inquiry: ${res.status} ${await res.text()}`);
  }
}

/** /admin/ of the server at `url` in a new context; console errors and CSP violations go to `problems`. */
export async function openAdminPage(
  browser: Browser,
  url: string,
  shot: { file: string; width?: number; lang: string },
  problems: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: shot.width ?? 1280, height: 900 },
    reducedMotion: 'reduce',
    locale: shot.lang === 'fr' ? 'fr-CA' : 'en-CA',
    timezoneId: 'America/Toronto',
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${shot.file}: console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${shot.file}: page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${url}/admin/`, { waitUntil: 'networkidle' });
  return { context, page };
}

/** Signs in to the inbox with `token` and waits for its first inquiry. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('mc-admin-inbox input[type=password]').fill(token);
  await page.locator('mc-admin-inbox input[type=password]').press('Enter');
  await page.locator('mc-admin-inbox .item').first().waitFor();
}
