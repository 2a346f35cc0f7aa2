// A skill typed in words no label holds all of ("occupational health and safety"), on the
// repository's sample index loaded through `src`: each suggestion says the word it was found
// without, the pause says so, a screen reader hears it in the option, and such a search is a
// miss for what loads at one (the other names might hold every word).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';
import { cardIds, chips, fetchedFile, finder, LOAD, options, type } from '../../fixtures/browser/skill-finder.js';

describe('mc-skill-finder: a query no skill has every word of', () => {
  before(() => performance.setResourceTimingBufferSize(10_000));
  afterEach(() => resetIndexSource());

  it('English page: offers the skills found without one word, says which, loads what a miss loads, and a pick finds programs', async () => {
    const el = await finder('en');
    const fetched = fetchedFile('names.en.txt');
    const log = listenToLiveRegion(el);
    await type(el, 'occupational health and safety');
    await waitUntil(() => fetchedFile('names.en.txt') > fetched, 'a miss: the other names load', LOAD);
    await waitUntil(() => log.said.some((s) => s.startsWith('No skill has every word typed.')), 'said after the pause', LOAD);
    expect(options(el)[0]).to.equal('health and safety regulations (without “occupational”)');
    expect(log.said.at(-1)).to.equal(
      `No skill has every word typed. ${options(el).length} skill${options(el).length === 1 ? '' : 's'} found without “occupational”.`,
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.skills).to.deep.equal(['esco:health-and-safety-regulations']);
    expect(chips(el)).to.deep.equal(['health and safety regulations']);
    await waitUntil(() => cardIds(el).length > 0, 'cards', LOAD);
  });

  it('French page: the word is said in French typography', async () => {
    const el = await finder('fr');
    const log = listenToLiveRegion(el);
    await type(el, 'occupational health and safety');
    await waitUntil(() => log.said.some((s) => s.startsWith('Aucune compétence n’a tous les mots tapés.')), 'said after the pause', LOAD);
    // Found by its English name, without one of the words: both said.
    const found = [...el.shadowRoot!.querySelectorAll('[role=option]:first-child .found')].map((f) => f.textContent!.trim());
    expect(found).to.deep.equal(['(trouvée par son nom anglais «\u00a0health and safety regulations\u00a0»)', '(sans\u00a0«\u00a0occupational\u00a0»)']);
  });

  it('a label holding every typed word says nothing more', async () => {
    const el = await finder('en');
    await type(el, 'planning youth');
    expect(options(el)).to.deep.equal(['plan youth activities']);
  });
});
