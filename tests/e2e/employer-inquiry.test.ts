/**
 * The employer page's inquiry (demo/employer.html), as an employer uses it: who receives it is
 * named before sending (who keeps it, and the institutions the demo server routes it to), what
 * they type survives "Back to programs" and the page's Français switch, and the receipt gives
 * the reference the demo server stored, with those same institutions and its privacy notice.
 * Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Who runs the demo's endpoint, as the employer page names it: whom to ask to delete an inquiry. */
const OWNER = 'the person who started the microcred-widgets demo on this computer';

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

/** Fills the employer inquiry as Northwind Logistics, asking `question`, and ticks the consent (to several recipients). */
async function fillEmployer(page: Page, question: string): Promise<void> {
  await page.getByLabel('Organization').fill('Northwind Logistics');
  await page.getByLabel('Name of the person to contact').fill('Alex Tremblay');
  await page.getByLabel('Email').fill('alex@example.org');
  await page.getByLabel('Number of employees to train').fill('12');
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel(/I agree that these recipients may keep my details/).check();
}

describe('the employer page’s inquiry', () => {
  it('every demo page names who runs its inquiry endpoint, says it routes (the demo server does), and links the demo’s privacy notice', async () => {
    const pages = (await readdir(join(ROOT, 'demo'))).filter((name) => name.endsWith('.html'));
    let widgets = 0;
    for (const page of pages) {
      const html = (await readFile(join(ROOT, 'demo', page), 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
      for (const [tag] of html.matchAll(/<mc-(?:inquiry-form|skill-finder|portal)\b[^>]*>/g)) {
        widgets++;
        assert.match(tag, /\sendpoint-owner="[^"]+"/, `${page}: ${tag}`);
        // Without it the form would tell the person the institutions do not receive the inquiry.
        assert.match(tag, /\srouted[\s>]/, `${page}: ${tag}`);
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
      new RegExp(`Received and kept by ${OWNER} Passed on to Northern Shield College \\(fictional\\) and Lakeshore Polytechnic \\(fictional\\) `),
    );
    await fillEmployer(page, 'Evening classes for our drivers?');

    await page.getByRole('button', { name: 'Back to programs' }).click();
    await page.getByRole('button', { name: 'Send one inquiry about 2 programs' }).click();
    assert.equal(await page.getByLabel('Organization').inputValue(), 'Northwind Logistics');

    await page.getByRole('button', { name: 'Français' }).click();
    const organisation = page.getByLabel('Organisation', { exact: true });
    await organisation.waitFor();
    assert.equal(await organisation.inputValue(), 'Northwind Logistics');
    assert.equal(await page.getByLabel('Votre question').inputValue(), 'Evening classes for our drivers?');
    const consent = page.getByLabel(/J’accepte que ces destinataires conservent mes renseignements/);
    assert.equal(await consent.isChecked(), true);
    assert.match(
      (await consent.locator('xpath=..').textContent())!,
      /\u00a0: la personne qui a lancé la démo microcred-widgets sur cet ordinateur, Collège du Bouclier nordique \(fictif\) et Polytechnique Lakeshore \(fictive\)\./,
    );

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const receipt = page.locator('mc-inquiry-form [part=receipt]');
    await receipt.waitFor();
    const stored = JSON.parse((await readFile(join(dataDir, 'inquiries.jsonl'), 'utf8')).trim().split('\n').at(-1)!) as { id: string; routedTo: string[] };
    assert.match((await receipt.textContent())!, new RegExp(`Référence\\s*${stored.id}`));
    // What the receipt says is where the server sent it: routed to the two institutions it names.
    assert.deepEqual(stored.routedTo, ['Lakeshore Polytechnic (fictional)', 'Northern Shield College (fictional)']);
    assert.match(
      (await receipt.textContent())!.replace(/\s+/g, ' '),
      /Reçue et conservée par la personne qui a lancé la démo microcred-widgets sur cet ordinateur Transmise à Collège du Bouclier nordique \(fictif\) et Polytechnique Lakeshore \(fictive\) /,
    );
    assert.match((await receipt.textContent())!, /Northwind Logistics/);
    const privacy = receipt.getByRole('link', { name: /^Avis sur la protection de vos renseignements personnels/ });
    assert.equal(await privacy.getAttribute('href'), `${demo.url}/demo/privacy.html?lang=fr`);
    await privacy.click();
    await page.waitForURL(/privacy\.html\?lang=fr$/);
    assert.equal(await page.locator('h1:visible').textContent(), 'Ce que devient une demande envoyée depuis ces démos');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('once sent, the receipt says who keeps the inquiry and the institutions it was passed on to, as the server routed it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${demo.url}/demo/employer.html`, { waitUntil: 'networkidle' });
    await page.locator('mc-skill-finder input[role=combobox]').fill('welding');
    await page.locator('mc-skill-finder [role=option]').first().click();
    // Lakeshore's two welding programs and Northern Shield's one: two institutions, three programs.
    for (const title of ['Welding Upgrade: Flux-Cored Arc', 'Welding Fundamentals: MIG and TIG', 'Pipe Welding Certification Prep']) {
      await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    }
    await page.getByRole('button', { name: 'Send one inquiry about 3 programs' }).click();
    await fillEmployer(page, 'Can our welders start in May?');
    await page.getByRole('button', { name: 'Send inquiry' }).click();
    const receipt = page.locator('mc-inquiry-form [part=receipt]');
    await receipt.waitFor();
    const text = (await receipt.textContent())!.replace(/\s+/g, ' ');
    assert.ok(
      text.includes(
        `Received and kept by ${OWNER} Passed on to Northern Shield College (fictional) and Lakeshore Polytechnic (fictional) ` +
          'Each institution offering a program you chose can read the whole inquiry',
      ),
      text,
    );
    assert.ok(text.includes('contact the recipient named above under “Received and kept by” and give the reference'), text);
    const stored = JSON.parse((await readFile(join(dataDir, 'inquiries.jsonl'), 'utf8')).trim().split('\n').at(-1)!) as { id: string; routedTo: string[] };
    assert.ok(text.includes(stored.id));
    assert.deepEqual(stored.routedTo, ['Lakeshore Polytechnic (fictional)', 'Northern Shield College (fictional)']);
    await page.close();
  });
});
