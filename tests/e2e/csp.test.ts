/**
 * Every demo page, served by the demo server with its strict Content Security Policy
 * (`script-src 'self'`, `style-src 'self'`, Trusted Types required), runs the CDN bundle
 * with zero policy violations and zero console errors, including while a person searches
 * for a job title and sends an inquiry. Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_CSP } from '../../src/server/demo-server.js';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';

const PAGES = [
  '/demo/index.html',
  '/demo/institution.html',
  '/demo/employer.html',
  '/demo/career-centre.html',
  '/demo/theming.html',
  '/demo/outcomes.html',
  '/demo/review.html',
  '/demo/playground.html',
  '/demo/privacy.html',
];

let browser: Browser;
let demo: DemoInBrowser['demo'];
let dataDir: string;
let close: (() => Promise<void>) | undefined;

interface Problems {
  violations: string[];
  console: string[];
}

async function open(path: string): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.newPage();
  const problems: Problems = { violations: [], console: [] };
  await page.exposeFunction('reportViolation', (v: string) => problems.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  page.on('pageerror', (e) => problems.console.push(`uncaught: ${e.message}`));
  const response = await page.goto(`${demo.url}${path}`, { waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200, path);
  assert.equal(response?.headers()['content-security-policy'], DEMO_CSP);
  return { page, problems };
}

before(async () => {
  ({ demo, browser, dataDir, close } = await startDemoInBrowser());
});

after(async () => {
  await close?.();
});

describe('strict CSP with Trusted Types', () => {
  it('the policy is enforced at all: an inline script is refused and reported', async () => {
    const { page, problems } = await open('/demo/index.html');
    await page
      .evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.append(s);
      })
      .catch(() => undefined);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected), undefined);
    assert.ok(problems.violations.length > 0, 'the CSP listener sees violations');
    await page.close();
  });

  for (const path of PAGES) {
    it(`${path}: elements render with no violation and no console error`, async () => {
      const { page, problems } = await open(path);
      const tags = await page.evaluate(() =>
        [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('MC-')).map((e) => e.tagName.toLowerCase()),
      );
      for (const tag of new Set(tags)) {
        const rendered = await page.evaluate((t) => [...document.querySelectorAll(t)].every((e) => (e.shadowRoot?.childNodes.length ?? 0) > 0), tag);
        assert.equal(rendered, true, `${tag} rendered into its shadow root`);
      }
      const search = page.locator('mc-job-search input').first();
      if ((await search.count()) > 0) {
        await search.fill('weldr');
        await page.waitForTimeout(500);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
      }
      assert.deepEqual(problems.violations, []);
      assert.deepEqual(problems.console, []);
      await page.close();
    });
  }

  it('an inquiry sent from a demo page reaches the endpoint under the CSP', async () => {
    const { page, problems } = await open('/demo/institution.html');
    const sent = await page.evaluate(async () => {
      const form = document.querySelector('mc-inquiry-form') as HTMLElement & {
        programs: unknown[];
        updateComplete: Promise<unknown>;
      };
      form.programs = [
        {
          id: 'csp-test',
          title: { en: 'CSP test program', fr: '' },
          provider: 'Lakeshore Polytechnic (fictional)',
          url: null,
          description: { en: '', fr: '' },
          skills: [],
          tagging: 'none',
          hours: null,
          costCad: null,
          delivery: null,
          language: null,
          region: null,
          osapEligible: null,
          credential: null,
        },
      ];
      await form.updateComplete;
      const status = await new Promise<string>((resolve) => {
        form.addEventListener('mc-inquire', (e) => resolve((e as CustomEvent<{ status: string }>).detail.status), {
          once: true,
        });
        const root = form.shadowRoot!;
        // No named inner functions: tsx would wrap them in a helper the page lacks.
        for (const [name, value] of [
          ['name', 'CSP Test'],
          ['email', 'csp@example.org'],
          ['message', 'Testing under a strict policy.'],
        ]) {
          const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
          input.value = value!;
          input.dispatchEvent(new Event('input'));
        }
        root.querySelector<HTMLInputElement>('[name="consent"]')!.click();
        setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(), 50);
      });
      return status;
    });
    assert.equal(sent, 'sent');
    const log = await readFile(join(dataDir, 'inquiries.jsonl'), 'utf8');
    assert.match(log, /csp@example\.org/);
    assert.deepEqual(problems.violations, []);
    assert.deepEqual(problems.console, []);
    await page.close();
  });

  it("the themed page puts its slotted text in the portal's language when the portal switches", async () => {
    const { page, problems } = await open('/demo/theming.html');
    const slotted = () =>
      page.evaluate(() => {
        const portal = document.querySelector('mc-portal')!;
        return [...portal.querySelectorAll('[slot]')].map((el) => `${el.getAttribute('slot')}:${el.getAttribute('lang')}`).sort();
      });
    await page.waitForFunction(() => document.querySelector('mc-portal')?.shadowRoot?.querySelector('[part=lang-toggle]'));
    assert.deepEqual(await slotted(), ['footer:en', 'heading:en', 'intro:en', 'recommendations-empty:en']);
    await page.evaluate(() => document.querySelector('mc-portal')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=lang-toggle]')!.click());
    await page.waitForFunction(() => document.querySelector('mc-portal [slot=heading]')?.getAttribute('lang') === 'fr');
    assert.deepEqual(await slotted(), ['footer:fr', 'heading:fr', 'intro:fr', 'recommendations-empty:fr']);
    assert.deepEqual(problems.violations, []);
    assert.deepEqual(problems.console, []);
    await page.close();
  });
});
