// A skill typed by another of its English names ("CPR" for resuscitation), on the repository's
// sample index loaded through `src` (built by `npm run sample-index` before the browser lane):
// the names load only at a miss, once, as the French names do; the suggestion says the name
// that found it; a failed load keeps the no-match note and says what was not searched.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { holdFetches, listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';
import { cardIds, chips, fetchedFile, finder, input, LOAD, note, options, type } from '../../fixtures/browser/skill-finder.js';

async function clear(el: McSkillFinder): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await sendKeys({ press: 'Escape' });
  await el.updateComplete;
}

describe('mc-skill-finder: a skill typed by another of its English names', () => {
  // Past Chromium's default 250 resource entries, the names' fetch would go unrecorded.
  before(() => performance.setResourceTimingBufferSize(10_000));
  afterEach(() => resetIndexSource());

  it('English page: nothing is fetched while skills are found; "CPR" loads the names once, says so, offers resuscitation also called “CPR”, and picking it shows its programs', async () => {
    const el = await finder('en');
    const fetched = fetchedFile('names.en.txt');
    await type(el, 'first aid');
    expect(options(el)[0]).to.equal('first aid');
    await clear(el);
    await type(el, 'welding');
    expect(options(el)[0]).to.equal('use welding equipment');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await clear(el);
    expect(fetchedFile('names.en.txt')).to.equal(fetched, 'no miss, no names');
    const log = listenToLiveRegion(el);
    const release = holdFetches(1000);
    try {
      await type(el, 'CPR');
      expect(note(el)).to.equal('No skill matches “CPR” in English. Searching the French names and the other English names of skills…');
      await liveRegionShown(el);
      await expect(el).to.be.accessible();
      await waitUntil(() => options(el).length > 0, 'other names loaded', LOAD);
    } finally {
      release();
    }
    expect(options(el)).to.deep.equal(['resuscitation (also called “CPR”)', 'first aid (also called “perform CPR”)']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => log.said.includes('2 skills found.'), 'count said after the pause', LOAD);
    expect(log.said.filter((s) => s.startsWith('Searching'))).to.have.length(1);
    expect(log.insertedFilled).to.deep.equal([]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.skills).to.deep.equal(['esco:resuscitation']);
    expect(chips(el)).to.deep.equal(['resuscitation']);
    await waitUntil(() => cardIds(el).length > 0, 'cards', LOAD);
    expect(cardIds(el)).to.include('ns-first-aid');
    await waitUntil(() => log.said.some((s) => s.startsWith('resuscitation added.')), 'pick said', LOAD);
    // Once per index: another miss loads nothing more, and finds by the names at once.
    await type(el, 'bookkeeping');
    expect(options(el)).to.deep.equal(['Accounting (also called “bookkeeping”)']);
    expect(fetchedFile('names.en.txt')).to.equal(fetched + 1);
    log.stop();
  });

  it('English page: when the names cannot load, the no-match note stays and says they were not searched; a search begun anew tries again', async () => {
    const el = await finder('en');
    const log = listenToLiveRegion(el);
    const real = window.fetch;
    window.fetch = (request, init) => (String(request).endsWith('/names.en.txt') ? Promise.resolve(new Response('', { status: 503 })) : real(request, init));
    try {
      await type(el, 'CPR');
      await waitUntil(() => note(el)?.includes('could not be loaded'), 'failure said', LOAD);
    } finally {
      window.fetch = real;
    }
    // The French names loaded: both languages' names were searched, not the other English ones.
    expect(note(el)).to.equal(
      'No skill matches “CPR”, in English or in French. Try a shorter or more general word. ' +
        'The other English names of skills (such as “CPR”) could not be loaded, so they were not searched.',
    );
    expect(options(el)).to.deep.equal([]);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('CPR');
    await waitUntil(() => log.said.some((s) => s.endsWith('so they were not searched.')), 'failure announced', LOAD);
    await expect(el).to.be.accessible();
    input(el).select();
    await sendKeys({ press: 'Backspace' });
    await type(el, 'CPR');
    await waitUntil(() => options(el).length === 2, 'names loaded on the second try', LOAD);
    expect(options(el)[0]).to.equal('resuscitation (also called “CPR”)');
    log.stop();
  });

  it('French page: "CPR" loads the English names at its miss and offers resuscitation, found by its English name', async () => {
    const el = await finder('fr');
    await type(el, 'CPR');
    await waitUntil(() => options(el).length > 0, 'English names loaded', LOAD);
    expect(options(el)).to.deep.equal([
      'resuscitation (trouvée par son nom anglais « CPR »)',
      'prodiguer les premiers soins (trouvée par son nom anglais « perform CPR »)',
    ]);
    expect(el.shadowRoot!.querySelector('[role=option] .found [lang]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
});
