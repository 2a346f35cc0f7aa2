/**
 * Screenshots of the institution's inbox at /admin/: starts the reference inquiry server
 * itself (an admin token, a temporary data folder, a free port), sends it a few inquiries
 * that are plainly test data, signs in and photographs the list in English (1280 and
 * 320 px wide), with a deletion being confirmed, and in French. Writes
 * docs/screenshots/admin-inbox*.png and reports console errors, CSP violations and axe
 * violations (exit code 1 when there were any). Needs `npm run build` first.
 * `npx tsx scripts/screenshot-admin.ts`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInquiryServer } from '../src/server/inquiry-server.js';
import { launchShotBrowser, openAdminPage, seedInquiries, signIn } from './admin-shots.js';
import { audit, save } from './screenshots.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const TOKEN = 'screenshot-admin-token-7c2e9b41';

/** Fabricated inquiries, named as test data so no one takes them for real people. */
const INQUIRIES = [
  {
    variant: 'learner',
    name: 'Test Learner',
    email: 'test.learner@example.org',
    phone: '555-0142',
    message: 'Test inquiry: is there an evening cohort of the welding program this winter?\nI work days.',
    programIds: ['welding-1'],
    occupation: '72106',
    consent: true,
    lang: 'en',
  },
  {
    variant: 'employer',
    organization: 'Test Fabrication Ltd.',
    contactName: 'Test Employer Contact',
    email: 'test.employer@example.org',
    employees: 12,
    message: 'Test inquiry: could you train twelve of our welders on site, in French?',
    programIds: ['welding-1', 'blueprints'],
    consent: true,
    lang: 'fr',
  },
  {
    variant: 'learner',
    name: 'Test Apprenant',
    email: 'test.apprenant@example.org',
    message: 'Demande de test : le programme est-il offert en ligne?',
    programIds: ['blueprints'],
    consent: true,
    lang: 'fr',
  },
];

const dir = await mkdtemp(join(tmpdir(), 'mc-admin-shots-'));
let clock = Date.UTC(2026, 11, 1, 14, 5);
const server = await startInquiryServer({ port: 0, dataDir: dir, allowOrigins: [], adminToken: TOKEN, now: () => clock });
const browser = await launchShotBrowser();
const problems: string[] = [];
try {
  await seedInquiries(server.url, INQUIRIES, () => (clock += 47 * 60_000));
  const shots: Array<{ file: string; width: number; lang: string; confirm?: boolean }> = [
    { file: 'admin-inbox.png', width: 1280, lang: 'en' },
    { file: 'admin-inbox-320.png', width: 320, lang: 'en' },
    { file: 'admin-inbox-confirm.png', width: 1280, lang: 'en', confirm: true },
    { file: 'admin-inbox-fr.png', width: 1280, lang: 'fr' },
  ];
  for (const shot of shots) {
    const { context, page } = await openAdminPage(browser, server.url, shot, problems);
    await audit(page, `${shot.file} signed out`, problems);
    await signIn(page, TOKEN);
    if (shot.confirm) {
      await page.locator('mc-admin-inbox .delete').nth(1).click();
      await page.locator('mc-admin-inbox .confirm').waitFor();
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
