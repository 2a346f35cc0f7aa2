/**
 * React 19, as a React developer starts: a Vite project that installs the packed package
 * by name, type-checks tests/package/react-app/app.tsx (typed props and events of
 * `microcred-widgets/react`), builds it with Vite, and runs it in Chromium: the portal
 * through the wrapper (src, typed onMcSelect) and as a bare `<mc-portal>` with the README's
 * `index` attribute, which React 19 sets as a property. A person picks a job title in each;
 * `onMcSelect` fires and nothing throws. Needs `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { access, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { openWatchedPage, type WatchedPage } from '../e2e/browser.js';
import { startStaticServer, type StaticServer } from '../e2e/static-server.js';
import { installConsumer, ROOT, run, type Consumer } from './consumer.js';

const SAMPLE = 'demo/data/sample/index.json';
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React host</title></head>
<body><div id="root"></div><script type="module" src="/src/app.tsx"></script></body>
</html>`;

describe('a React 19 app built with Vite', () => {
  let consumer: Consumer;
  let server: StaticServer;
  let watched: WatchedPage;

  before(async () => {
    try {
      await access(join(ROOT, SAMPLE));
    } catch {
      assert.fail(`${SAMPLE} is missing: run \`npm run sample-index\` before the package tests`);
    }
    consumer = await installConsumer(['react', 'react-dom', '@types/react', '@types/react-dom']);
    const { app } = consumer;
    await mkdir(join(app, 'src'));
    await copyFile(join(ROOT, 'tests/package/react-app/app.tsx'), join(app, 'src/app.tsx'));
    await writeFile(join(app, 'index.html'), INDEX_HTML);
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        include: ['src'],
      }),
    );
    // Vite from this repository, run on the consumer project: it resolves microcred-widgets and React from the project's node_modules.
    await build({ root: app, logLevel: 'error', build: { outDir: join(app, 'out') } });
    server = await startStaticServer({ '/demo/': join(ROOT, 'demo'), '/': join(app, 'out') });
    watched = await openWatchedPage(`${server.origin}/index.html`);
  });

  after(async () => {
    await watched?.browser.close();
    await server?.close();
    await consumer?.remove();
  });

  it('type-checks: the wrapper takes typed props and gives onMcSelect a typed detail', async () => {
    const result = await run(process.execPath, [TSC, '-p', consumer.app], { cwd: consumer.app }).catch((e: { stdout: string }) => e);
    assert.equal(result.stdout.trim(), '', `tsc reported errors:\n${result.stdout}`);
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
    await watched.page.keyboard.press('ArrowDown');
    await watched.page.keyboard.press('Enter');
  }

  it("Vite's bundle carries none of the package's Node file reading (its browser field)", async () => {
    const out = join(consumer.app, 'out/assets');
    const code = await Promise.all((await readdir(out)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(out, f), 'utf8')));
    assert.ok(
      code.some((c) => c.includes('mc-portal')),
      'the bundle holds the elements',
    );
    for (const c of code) assert.doesNotMatch(c, /getBuiltinModule/);
  });

  it('the wrapper passes src and calls onMcSelect with the typed detail', async () => {
    await choose('#wrapped');
    await watched.page.locator('#chosen', { hasText: '31301' }).waitFor({ timeout: 10_000 });
    const seen = await watched.page.evaluate(() => (window as unknown as { seen: { select: unknown[]; errors: unknown[] } }).seen);
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
