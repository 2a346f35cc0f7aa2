/**
 * The institution's inbox end to end: the real inquiry server, started as a program with
 * a token file and a temporary data folder on a free port, takes an inquiry; a person
 * opens /admin/ in Chromium (under the page's strict CSP), signs in with the token, sees
 * the inquiry, switches the page to French, deletes it after confirming, and the API no
 * longer lists it. Started with `--index`, the page names the inquiry's program by its title
 * and institution and its occupation by its title, in English and in French. Needs
 * `npm run build` first (the page's script is dist/admin/inbox.js).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ADMIN_CSP } from '../../src/server/admin-page.js';
import { learner } from '../fixtures/core/inquiries.js';
import { PROGRAMS, indexFiles, sampleProgram } from '../fixtures/index/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'e2e-admin-token-5d1f0c9a7b3e2468';

let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
/** The same, started with `--index`. */
let indexed: { child: ChildProcess; url: string };

/** A program with a French title and a French institution name, in the index `--index` reads. */
const WELDING = sampleProgram('e2e-welding', {
  title: { en: 'Test welding for beginners', fr: 'Soudage d’essai pour débutants' },
  provider: 'Test Northern College',
  providerFr: 'Collège du Nord d’essai',
});

/** Starts `src/server/inquiry-server.ts` and resolves with the URL it prints. */
function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/inquiry-server.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /inquiry endpoint on (http:\/\/[\d.]+:\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

function listed(): Promise<{ inquiries: Array<{ id: string; inquiry: { name?: string } }> }> {
  return fetch(`${url}/api/inquiries`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json());
}

before(async () => {
  try {
    await access(join(ROOT, 'dist/admin/inbox.js'));
  } catch {
    assert.fail('dist/admin/inbox.js is missing: run `npm run build` before the e2e tests');
  }
  dir = await mkdtemp(join(tmpdir(), 'mc-e2e-admin-'));
  await writeFile(join(dir, 'token'), `${TOKEN}\n`, { mode: 0o600 });
  ({ child: server, url } = await startServer(['--port', '0', '--data-dir', join(dir, 'data'), '--admin-token-file', join(dir, 'token')]));
  await mkdir(join(dir, 'index'));
  for (const [name, bytes] of indexFiles({ programs: [...PROGRAMS, WELDING] }).files) await writeFile(join(dir, 'index', name), bytes);
  const indexArgs = ['--index', join(dir, 'index'), '--data-dir', join(dir, 'data-indexed'), '--admin-token-file', join(dir, 'token')];
  indexed = await startServer(['--port', '0', ...indexArgs]);
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  for (const child of [server, indexed?.child]) {
    if (!child || child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the inbox page on the real server', () => {
  it('signs in, shows the inquiry, switches to French, deletes it, and the API no longer has it', async () => {
    const sent = await fetch(`${url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-${Date.now()}` },
      body: JSON.stringify({ ...learner, name: 'Test Learner E2E', message: 'Test message: is there an evening cohort?' }),
    });
    assert.equal(sent.status, 201);
    assert.equal((await listed()).inquiries.length, 1);

    const page = await browser.newPage();
    const problems: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));

    const response = await page.goto(`${url}/admin/`, { waitUntil: 'networkidle' });
    assert.equal(response?.status(), 200);
    assert.equal(response?.headers()['content-security-policy'], ADMIN_CSP);

    // The outcomes report beside the inbox waits for the same sign-in.
    await page.getByText('Sign in with the admin token to see the outcomes report.').waitFor();

    // A wrong token first: refused, said plainly.
    await page.getByLabel('Admin token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Token not accepted').waitFor();

    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByLabel('Admin token').press('Enter');
    await page.getByRole('heading', { name: 'Inquiries', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Test Learner E2E', level: 3 }).waitFor();
    assert.ok(await page.getByText('Test message: is there an evening cohort?').isVisible());
    // One sign-in for the page: the report reads with the inbox's token (no counts yet).
    await page.getByRole('heading', { name: 'Outcomes', level: 2 }).waitFor();
    await page.getByText('No data yet.').waitFor();

    // The page's toggle switches the whole page, the inbox included, and keeps the session.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Boîte de réception de l’établissement', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Demandes de renseignements', level: 2 }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');

    await page.getByRole('button', { name: 'Supprimer la demande envoyée par Test Learner E2E' }).click();
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.getByText('La demande envoyée par Test Learner E2E a été supprimée.').waitFor();
    await page.getByText('Aucune demande pour l’instant').waitFor();

    assert.deepEqual((await listed()).inquiries, []);
    // Signing out of the inbox signs the report out too.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Connectez-vous avec le jeton d’administration pour voir le rapport des résultats.').waitFor();
    // The browser logs the wrong token's 401 itself; nothing else went wrong.
    assert.deepEqual(problems, ['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    await page.close();
  });
});

describe('the inbox page on a server given the index (--index)', () => {
  it('names the program by its title and institution and the occupation by its title, in English and in French', async () => {
    const sent = await fetch(`${indexed.url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-titles-${Date.now()}` },
      body: JSON.stringify({ ...learner, name: 'Test Learner Titles', programIds: ['e2e-welding'], occupation: '72106' }),
    });
    assert.equal(sent.status, 201);

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const indexRequests: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/admin/index/')) indexRequests.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${indexed.url}/admin/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByLabel('Admin token').press('Enter');
    await page.getByRole('heading', { name: 'Test Learner Titles', level: 3 }).waitFor();

    const item = page.locator('mc-admin-inbox [part=item]');
    const fact = (label: string) => item.locator('.fact', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await fact('Programs').getByText('Test welding for beginners (Test Northern College)').waitFor();
    assert.equal(await fact('Occupation').textContent(), 'Welders and related machine operators (NOC\u00a072106)');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Demandes de renseignements', level: 2 }).waitFor();
    await fact('Programmes').getByText('Soudage d’essai pour débutants (Collège du Nord d’essai)').waitFor();
    await fact('Profession').getByText('(CNP\u00a072106)').waitFor();
    assert.equal(await fact('Profession').textContent(), 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser (CNP\u00a072106)');
    // Read from this server, under the page's policy; nothing refused or broken on the way.
    assert.ok(indexRequests.includes('200 /admin/index/index.json'), indexRequests.join(', '));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
