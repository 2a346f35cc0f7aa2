/**
 * The institution page over an index without its institution (MC_INDEX_DIR): it says so,
 * naming an institution the index has, and shows every institution's programs; over the
 * sample, which has its institution, it says nothing and keeps to its programs. Needs
 * `npm run build` and `npm run sample-index`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoInBrowser, type DemoInBrowser } from './browser.js';
import { PROGRAMS, indexFiles } from '../fixtures/index/index.js';

const PROVIDER = 'Lakeshore Polytechnic (fictional)';
let ownIndex: string;
let own: DemoInBrowser | undefined;
let sample: DemoInBrowser | undefined;

before(async () => {
  ownIndex = await mkdtemp(join(tmpdir(), 'mc-own-index-'));
  for (const [name, bytes] of indexFiles({ sample: false }).files) await writeFile(join(ownIndex, name), bytes);
  [own, sample] = await Promise.all([startDemoInBrowser({ indexDir: ownIndex }), startDemoInBrowser()]);
});

after(async () => {
  await Promise.all([own?.close(), sample?.close()]);
  await rm(ownIndex, { recursive: true, force: true });
});

async function open({ browser, demo }: DemoInBrowser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${demo.url}/demo/institution.html`);
  return page;
}

describe('the institution page and the index’s institutions', () => {
  it('over an index without its institution: a note naming it and one the index has, and no provider filter', async () => {
    const page = await open(own!);
    const note = page.locator('#index-note');
    await note.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await note.locator('[data-provider]').first().textContent(), PROVIDER);
    const example = await note.locator('[data-provider-sample]').first().textContent();
    assert.ok(
      PROGRAMS.some((p) => p.provider === example),
      `${example} is an institution of the index`,
    );
    assert.equal(await page.locator('mc-recommendations').getAttribute('provider'), null);
  });

  it('over the sample: no note, and the page keeps to its institution', async () => {
    const page = await open(sample!);
    const providers = await page.evaluate(() => document.querySelector('mc-recommendations')!.catalogueProviders());
    assert.ok(providers?.includes(PROVIDER));
    // The page's own check asked first: its answer is in by the next task.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    assert.equal(await page.locator('#index-note').isHidden(), true);
    assert.equal(await page.locator('mc-recommendations').getAttribute('provider'), PROVIDER);
  });
});
