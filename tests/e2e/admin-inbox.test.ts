/**
 * The institution's inbox end to end: the real inquiry server, started as a program with
 * a token file and a temporary data folder on a free port, takes an inquiry; a person
 * opens /admin/ in Chromium (under the page's strict CSP), signs in with the token, sees
 * the inquiry, switches the page to French, deletes it after confirming, and the API no
 * longer lists it. Needs `npm run build` first (the page's script is dist/admin/inbox.js).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ADMIN_CSP } from '../../src/server/admin-page.js';
import { learner } from '../fixtures/core/inquiries.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'e2e-admin-token-5d1f0c9a7b3e2468';

let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

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
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
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
