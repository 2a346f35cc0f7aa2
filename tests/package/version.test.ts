/**
 * Versioning a host can pin: `VERSION` at run time is package.json's version, the CDN
 * bundle sits at `dist/cdn/<version>/`, its SRI hash (printed by the build, kept in
 * dist/cdn/integrity.json) is what a browser accepts, and the CHANGELOG has the version.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../src/index.js';
import { openWatchedPage, type WatchedPage } from '../e2e/browser.js';
import { startStaticServer, type StaticServer } from '../e2e/static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(await readFile(ROOT + 'package.json', 'utf8')) as { version: string };
const PINNED = `cdn/${version}/microcred.js`;

async function dist(path: string): Promise<Buffer> {
  try {
    return await readFile(ROOT + 'dist/' + path);
  } catch {
    assert.fail(`dist/${path} is missing: run \`npm run build\` before the package tests`);
  }
}

describe('versioning', () => {
  it('exports VERSION, equal to package.json version', () => {
    assert.equal(VERSION, version);
  });

  it('has a CHANGELOG entry for this version', async () => {
    const changelog = await readFile(ROOT + 'CHANGELOG.md', 'utf8');
    assert.match(changelog, new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm'));
  });

  it('builds the CDN bundle at a versioned path, with its SRI hash recorded', async () => {
    const pinned = await dist(PINNED);
    assert.ok(pinned.equals(await dist('cdn/microcred.js')), 'the versioned copy is the bundle');
    const integrity = JSON.parse((await dist('cdn/integrity.json')).toString()) as Record<string, string>;
    assert.equal(integrity[`${version}/microcred.js`], `sha384-${createHash('sha384').update(pinned).digest('base64')}`);
  });

  it('records the SRI hash of every script of dist/cdn, the catalogue review’s included', async () => {
    const integrity = JSON.parse((await dist('cdn/integrity.json')).toString()) as Record<string, string>;
    const scripts = (await readdir(ROOT + 'dist/cdn')).filter((name) => name.endsWith('.js'));
    assert.deepEqual(scripts.sort(), ['catalogue-review.js', 'microcred.js']);
    for (const name of scripts) {
      assert.equal(
        integrity[name],
        `sha384-${createHash('sha384')
          .update(await dist(`cdn/${name}`))
          .digest('base64')}`,
        name,
      );
    }
  });

  describe('in a browser', () => {
    let server: StaticServer;
    let watched: WatchedPage;

    before(async () => {
      server = await startStaticServer({ '/dist/': ROOT + 'dist' }, { '/blank.html': '<!doctype html><title>blank</title>' });
      watched = await openWatchedPage(`${server.origin}/blank.html`);
    });

    after(async () => {
      await watched?.browser.close();
      await server?.close();
    });

    it('loads the pinned file with its integrity hash, refuses it with another, and it exports VERSION', async () => {
      const integrity = JSON.parse((await dist('cdn/integrity.json')).toString()) as Record<string, string>;
      // A refused URL stays refused for the page's life (Chromium 150): each attempt its own URL.
      const load = (hash: string, query: string) =>
        watched.page.evaluate(
          ([src, hash]) =>
            new Promise<string>((done) => {
              const script = Object.assign(document.createElement('script'), { type: 'module', src, integrity: hash, crossOrigin: 'anonymous' });
              script.onload = () => done('loaded');
              script.onerror = () => done('refused');
              document.head.append(script);
            }),
          [`/dist/${PINNED}${query}`, hash] as const,
        );
      assert.equal(await load(`sha384-${createHash('sha384').update('something else').digest('base64')}`, '?attempt=1'), 'refused');
      assert.equal(await load(integrity[`${version}/microcred.js`]!, ''), 'loaded');
      const exported = await watched.page.evaluate(async (src) => ((await import(src)) as { VERSION: string }).VERSION, `/dist/${PINNED}`);
      assert.equal(exported, version);
    });
  });
});
