/**
 * `files.browser.ts` stands in for `files.ts` in browser bundles (the package's `browser`
 * field): it must export the same names, or a bundle importing a name only `files.ts` has
 * would fail to build or break in a page. In a page, `files.ts` behaves as the stand-in does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as browser from '../../../src/core/load/files.browser.js';
import * as node from '../../../src/core/load/files.js';

describe('files.browser.ts', () => {
  it('exports exactly the names files.ts exports', () => {
    assert.deepEqual(Object.keys(browser).sort(), Object.keys(node).sort());
  });

  it('reads nothing: not Node, no location on disk, no file URL read', async () => {
    assert.equal(browser.inNode(), false);
    assert.equal(await browser.resolveNodeLocation('./index'), null);
    assert.equal(browser.readsFromDisk('file:///srv/index.json'), false);
    await assert.rejects(browser.readFileUrl('file:///srv/index.json', undefined), /only in Node/);
  });
});
