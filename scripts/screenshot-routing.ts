/**
 * Screenshots of routing at /admin/: starts the reference inquiry server with the sample index
 * (`npm run sample-index`; served to the page, as `--index` does, for titles) and a token for
 * one fictional institution, sends it test inquiries
 * naming programs of several institutions (and one program id the index does not know), and
 * photographs, signed in as that institution, its inbox (deleting a shared inquiry) and
 * its outcomes report, then the operator's inbox. Writes docs/screenshots/routing-*.png and
 * reports console errors, CSP and axe violations (exit code 1 when there were any). Needs
 * `npm run build` first. `npx tsx scripts/screenshot-routing.ts`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInquiryServer } from '../src/server/inquiry-server.js';
import { loadProgramProviders } from '../src/server/routing.js';
import { launchShotBrowser, openAdminPage, seedInquiries, signIn } from './admin-shots.js';
import { audit, save } from './screenshots.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const INDEX = join(import.meta.dirname, '..', 'demo', 'data', 'sample');
const OPERATOR = 'screenshot-operator-token-5d1a8c';
const LAKESHORE = 'Lakeshore Polytechnic (fictional)';
const LAKESHORE_TOKEN = 'screenshot-lakeshore-token-2b9f4e';

/** Fabricated inquiries, named as test data so no one takes them for real people. */
const INQUIRIES = [
  {
    variant: 'employer',
    organization: 'Test Logistics Inc.',
    contactName: 'Test Employer Contact',
    email: 'test.employer@example.org',
    employees: 8,
    message: 'Test inquiry: could our team leads take these this spring?',
    programIds: ['lp-agile', 'rv-accessibility', 'retired-program-7'],
    consent: true,
    lang: 'en',
  },
  {
    variant: 'learner',
    name: 'Test Learner',
    email: 'test.learner@example.org',
    message: 'Test inquiry: is there an evening cohort?',
    programIds: ['lp-agile'],
    occupation: '21232',
    consent: true,
    lang: 'en',
  },
];

const dir = await mkdtemp(join(tmpdir(), 'mc-routing-shots-'));
let clock = Date.UTC(2026, 11, 1, 14, 5);
const server = await startInquiryServer({
  port: 0,
  dataDir: dir,
  allowOrigins: [],
  adminToken: OPERATOR,
  routing: { providers: await loadProgramProviders(INDEX), tokens: new Map([[LAKESHORE, LAKESHORE_TOKEN]]) },
  indexDir: INDEX,
  now: () => clock,
});
const browser = await launchShotBrowser();
const problems: string[] = [];
try {
  await seedInquiries(server.url, INQUIRIES, () => (clock += 47 * 60_000));
  const batch = {
    format: 'mc-analytics/2',
    page: `${server.url}/careers`,
    recommend: [['21232', 9]],
    programOpen: [
      ['lp-agile', 3],
      ['rv-accessibility', 2],
    ],
    inquire: [['sent', 1]],
    noMatch: [],
    overflow: 0,
  };
  const sent = await fetch(`${server.url}/api/analytics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
  if (sent.status !== 204) throw new Error(`seeding analytics: ${sent.status} ${await sent.text()}`);
  const shots: Array<{ file: string; token: string; lang: string; confirm?: boolean; report?: boolean }> = [
    { file: 'routing-institution-inbox.png', token: LAKESHORE_TOKEN, lang: 'en', confirm: true },
    { file: 'routing-institution-report.png', token: LAKESHORE_TOKEN, lang: 'fr', report: true },
    { file: 'routing-operator-inbox.png', token: OPERATOR, lang: 'en' },
  ];
  for (const shot of shots) {
    const { context, page } = await openAdminPage(browser, server.url, shot, problems);
    await signIn(page, shot.token);
    // The ids beside the titles show once the index is in.
    await page.locator('mc-admin-inbox .programs .id').first().waitFor();
    if (shot.confirm) {
      await page.locator('mc-admin-inbox .delete').nth(1).click();
      await page.locator('mc-admin-inbox .confirm').waitFor();
    }
    if (shot.report) {
      await page.locator('mc-outcomes-report [part=scope]').waitFor();
      await page.locator('mc-outcomes-report').scrollIntoViewIfNeeded();
    }
    await save(page, join(OUT, shot.file));
    await audit(page, shot.file, problems);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
