// What a miss loads (the French labels, the other English names) comes the way the index came,
// on the repository's sample index loaded through `src` (built by `npm run sample-index` before
// the browser lane): through the host's own fetch (`resetIndexSource({ fetch })`), on a server
// that answers only the requests carrying its header; and through the device cache, so a
// returning visitor offline finds a skill by the names a miss loaded on an earlier visit.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import { MemoryIndexCache, openIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';
import { finder, LOAD, note, options, type } from '../../fixtures/browser/skill-finder.js';
import { hostOnlyServer } from '../../fixtures/browser/host-fetch.js';

const isIndexFile = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input).includes('/demo/data/sample/');

const FIRST_AID = 'first aid (found by its French name “prodiguer les premiers soins”)';

/** Types « premiers soins », then "CPR": a miss's French labels and other English names find them. */
async function expectFoundByOtherNames(el: McSkillFinder): Promise<void> {
  const log = listenToLiveRegion(el);
  await type(el, 'premiers soins');
  // Said once every load of the miss has ended, well or not (and what loaded is kept).
  await waitUntil(() => log.said.some((s) => s.endsWith('found.') || s.includes('could not be loaded')), 'miss settled', LOAD);
  log.stop();
  expect(note(el)).to.equal(null);
  expect(options(el)).to.deep.equal([FIRST_AID]);
  await sendKeys({ press: 'Escape' });
  await sendKeys({ press: 'Escape' });
  await type(el, 'CPR');
  expect(options(el)).to.deep.equal(['resuscitation (also called “CPR”)', 'first aid (also called “perform CPR”)']);
}

describe('mc-skill-finder: what a miss loads comes the way the index came', () => {
  const real = window.fetch;
  afterEach(() => {
    window.fetch = real;
    resetIndexSource();
  });

  it("goes through the host's fetch: on a server that refuses requests without the host's header, « premiers soins » and « CPR » find their skills", async () => {
    // The index's server answers only the requests the host's fetch made (with its header).
    const server = hostOnlyServer();
    await expectFoundByOtherNames(await finder('en', { cache: new MemoryIndexCache(), fetch: server.fetch }));
    expect(server.seen).to.include.members(['index.json', 'labels.fr.txt', 'names.en.txt']);
  });

  it('is kept on the device: a returning visitor offline finds « premiers soins » and « CPR » as on the visit whose miss loaded them', async () => {
    const name = `mc-finder-miss-${Date.now()}`;
    await expectFoundByOtherNames(await finder('en', { cache: await openIndexCache({ name }) }));

    // The next visit: a new page over the same device cache, with the network down.
    window.fetch = (input, init) => (isIndexFile(input) ? Promise.reject(new TypeError('Failed to fetch')) : real(input, init));
    const cache = await openIndexCache({ name });
    expect(cache.persistent, 'IndexedDB should be usable in Chromium').to.equal(true);
    await expectFoundByOtherNames(await finder('en', { cache }));
  });
});
