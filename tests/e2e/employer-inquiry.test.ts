/**
 * The employer page's inquiry (demo/employer.html), as an employer uses it: who receives it is
 * named before sending, what they type survives "Back to programs" and the page's Français
 * switch, and the receipt gives the reference the demo server stored, with its privacy notice.
 * Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let browser: Browser;
let demo: DemoInBrowser['demo'];
let dataDir: string;
let close: (() => Promise<void>) | undefined;

before(async () => {
  ({ demo, browser, dataDir, close } = await startDemoInBrowser());
});

after(async () => {
  await close?.();
});

describe('the employer page’s inquiry', () => {
  it('every demo page names who runs its inquiry endpoint and links the demo’s privacy notice', async () => {
    const pages = (await readdir(join(ROOT, 'demo'))).filter((name) => name.endsWith('.html'));
    let widgets = 0;
    for (const page of pages) {
      const html = (await readFile(join(ROOT, 'demo', page), 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
      for (const [tag] of html.matchAll(/<mc-(?:inquiry-form|skill-finder|portal)\b[^>]*>/g)) {
        widgets++;
        assert.match(tag, /\sendpoint-owner="[^"]+"/, `${page}: ${tag}`);
        assert.match(tag, /\sprivacy-url="\/demo\/privacy\.html"/, `${page}: ${tag}`);
      }
    }
    assert.ok(widgets >= 4, `${widgets} widgets`);
  });

  it('names the recipient, keeps what was typed across Back and Français, and gives the stored reference on a receipt', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && m.text().includes('endpoint-owner'))) problems.push(m.text());
    });
    await page.goto(`${demo.url}/demo/employer.html`, { waitUntil: 'networkidle' });
    const skill = page.locator('mc-skill-finder input[role=combobox]');
    await skill.fill('welding');
    await page.locator('mc-skill-finder [role=option]').first().click();
    const boxes = page.locator('mc-skill-finder label.check input');
    await boxes.nth(1).waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Send one inquiry about 2 programs' }).click();

    const recipients = page.locator('mc-inquiry-form [part=recipients]');
    assert.match(
      (await recipients.textContent())!.replace(/\s+/g, ' '),
      /Received and kept by the microcred-widgets demo server on this computer Not sent to /,
    );
    await page.getByLabel('Organization').fill('Northwind Logistics');
    await page.getByLabel('Name of the person to contact').fill('Alex Tremblay');
    await page.getByLabel('Email').fill('alex@example.org');
    await page.getByLabel('Number of employees to train').fill('12');
    await page.getByLabel('Your question').fill('Evening classes for our drivers?');
    await page.getByLabel(/I agree that this recipient may keep my details/).check();

    await page.getByRole('button', { name: 'Back to programs' }).click();
    await page.getByRole('button', { name: 'Send one inquiry about 2 programs' }).click();
    assert.equal(await page.getByLabel('Organization').inputValue(), 'Northwind Logistics');

    await page.getByRole('button', { name: 'Français' }).click();
    const organisation = page.getByLabel('Organisation', { exact: true });
    await organisation.waitFor();
    assert.equal(await organisation.inputValue(), 'Northwind Logistics');
    assert.equal(await page.getByLabel('Votre question').inputValue(), 'Evening classes for our drivers?');
    const consent = page.getByLabel(/J’accepte que ce destinataire conserve mes renseignements/);
    assert.equal(await consent.isChecked(), true);
    assert.match((await consent.locator('xpath=..').textContent())!, /: le serveur de démo microcred-widgets sur cet ordinateur\./);

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const receipt = page.locator('mc-inquiry-form [part=receipt]');
    await receipt.waitFor();
    const stored = JSON.parse((await readFile(join(dataDir, 'inquiries.jsonl'), 'utf8')).trim().split('\n').at(-1)!) as { id: string };
    assert.match((await receipt.textContent())!, new RegExp(`Référence\\s*${stored.id}`));
    assert.match((await receipt.textContent())!, /Northwind Logistics/);
    const privacy = receipt.getByRole('link', { name: /^Avis sur la protection de vos renseignements personnels/ });
    assert.equal(await privacy.getAttribute('href'), `${demo.url}/demo/privacy.html?lang=fr`);
    await privacy.click();
    await page.waitForURL(/privacy\.html\?lang=fr$/);
    assert.equal(await page.locator('h1:visible').textContent(), 'Ce que devient une demande envoyée depuis ces démos');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
