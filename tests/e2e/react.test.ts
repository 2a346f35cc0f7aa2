/**
 * React 19 in Chromium: tests/e2e/react/app.tsx, bundled with esbuild, renders the portal
 * through `microcred-widgets/react` (src, typed onMcSelect) and as a bare `<mc-portal>`
 * with the README's `index` attribute, which React 19 sets as a property. A person picks
 * a job title in each; `onMcSelect` fires and nothing throws. Needs `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openWatchedPage, type WatchedPage } from './browser.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'demo/data/sample/index.json';

const HOST_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React host</title>
<script type="module" src="/app/app.js"></script></head>
<body><div id="root"></div></body>
</html>`;

describe('React 19', () => {
  let out: string;
  let server: StaticServer;
  let watched: WatchedPage;

  before(async () => {
    try {
      await access(ROOT + SAMPLE);
    } catch {
      assert.fail(`${SAMPLE} is missing: run \`npm run sample-index\` before the e2e tests`);
    }
    out = await mkdtemp(join(tmpdir(), 'mc-react-'));
    await build({
      entryPoints: [join(ROOT, 'tests/e2e/react/app.tsx')],
      outfile: join(out, 'app.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      tsconfig: join(ROOT, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"' },
      // package.json's sideEffects names dist/define/*.js, not the src/ files bundled here.
      ignoreAnnotations: true,
      logLevel: 'error',
    });
    server = await startStaticServer({ '/demo/': ROOT + 'demo', '/app/': out }, { '/react.html': HOST_PAGE });
    watched = await openWatchedPage(`${server.origin}/react.html`);
  });

  after(async () => {
    await watched?.browser.close();
    await server?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  /** Types a misspelled title into the portal's first job search and picks the first option. */
  async function choose(section: string): Promise<void> {
    const { page } = watched;
    const input = page.locator(`${section} mc-job-search[search-role=current] input[role=combobox]`);
    await input.click();
    await input.pressSequentially('registred nurse', { delay: 20 });
    const option = page.locator(`${section} mc-job-search[search-role=current] [role=option]`).first();
    await option.waitFor({ timeout: 10_000 });
    assert.match(await option.innerText(), /registered nurse/i);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }

  it('the wrapper passes src and calls onMcSelect with the typed detail', async () => {
    const { page } = watched;
    await choose('#wrapped');
    await page.locator('#chosen', { hasText: '31301' }).waitFor({ timeout: 10_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: { select: unknown[]; errors: unknown[] } }).seen);
    assert.deepEqual(seen.select, [{ code: '31301', role: 'current' }]);
    assert.deepEqual(seen.errors, []);
  });

  it('a bare <mc-portal index="..."> loads the index React sets as a property, and throws nothing', async () => {
    await choose('#bare');
    await watched.page.locator('#bare mc-labour-market [part~=heading]').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(watched.pageErrors, []);
    assert.deepEqual(watched.consoleErrors, []);
  });
});
