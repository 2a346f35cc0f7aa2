/**
 * The employer page's promise, end to end: an inquiry sent offline is saved on the device
 * ("It will be sent … the next time you open this page online"); the person closes the tab,
 * later opens the page online and does nothing, and the inquiry reaches the demo server once,
 * the page saying so on its first screen. Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

const ORGANIZATION = 'Northwind Outbox Test';
let demo: DemoInBrowser | undefined;

before(async () => {
  demo = await startDemoInBrowser();
});

after(async () => {
  await demo?.close();
});

/** How many inquiries of ORGANIZATION the demo server has stored. */
async function stored(): Promise<number> {
  const text = await readFile(join(demo!.dataDir, 'inquiries.jsonl'), 'utf8').catch(() => '');
  const ids = new Set<string>();
  for (const line of text.split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as { id?: string; inquiry?: { organization?: string } };
    if (record.inquiry?.organization === ORGANIZATION && record.id) ids.add(record.id);
  }
  return ids.size;
}

/** Picks a skill, ticks the first program and fills the employer inquiry, up to Send. */
async function fillInquiry(page: Page): Promise<void> {
  const input = page.locator('mc-skill-finder input[role=combobox]');
  await input.click();
  await input.pressSequentially('Troubleshooting', { delay: 10 });
  await page.locator('mc-skill-finder [role=option]').first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('mc-skill-finder input[type=checkbox][data-program]').first().check();
  await page.locator('mc-skill-finder [part=bar] button:not(.link)').click();
  const form = page.locator('mc-inquiry-form');
  await form.locator('[name=organization]').fill(ORGANIZATION);
  await form.locator('[name=contactName]').fill('Sam Roy');
  await form.locator('[name=email]').fill('sam@example.org');
  await form.locator('[name=employees]').fill('12');
  await form.locator('[name=message]').fill('Evening sessions for our technicians?');
  await form.locator('[name=consent]').check();
}

describe('an inquiry saved offline on the employer page', () => {
  it('is sent once, without the person doing anything, the next time the page is opened online, and the page says so', async () => {
    const context: BrowserContext = await demo!.browser.newContext();
    const url = `${demo!.demo.url}/demo/employer.html`;
    const first = await context.newPage();
    await first.goto(url);
    await fillInquiry(first);
    await context.setOffline(true);
    await first.locator('mc-inquiry-form button[type=submit]').click();
    const status = first.locator('mc-inquiry-form [part=status]');
    await status.filter({ hasText: 'Saved on this device' }).waitFor({ timeout: 10_000 });
    assert.match((await status.textContent())!, /the next time you open this page online/);
    await first.close();
    assert.equal(await stored(), 0, 'nothing reached the server while offline');

    await context.setOffline(false);
    const second = await context.newPage();
    await second.goto(url);
    const notice = second.locator('mc-skill-finder [part=outbox] [role=status]');
    await notice.filter({ hasText: 'was sent' }).waitFor({ timeout: 15_000 });
    assert.match(
      (await notice.textContent())!,
      // To whoever runs the page's endpoint, as the page names it, which routes it to the program's institution.
      /the inquiry you saved on this device on .+ was sent to the person who started the microcred-widgets demo on this computer, to be passed on to Niagara Escarpment Trades Academy \(fictional\)\. It is no longer kept on this device\./,
    );
    assert.equal(await stored(), 1);
    // A second tab opened now finds nothing left to send.
    const third = await context.newPage();
    await third.goto(url);
    await third.locator('mc-skill-finder [part=heading]').waitFor();
    await third.waitForTimeout(1000);
    assert.equal(await stored(), 1, 'sent once');
    assert.equal(
      await second.evaluate(() => document.querySelector('mc-skill-finder')!.shadowRoot!.querySelector('mc-inquiry-form')),
      null,
      'no form was opened',
    );
    await context.close();
  });
});
