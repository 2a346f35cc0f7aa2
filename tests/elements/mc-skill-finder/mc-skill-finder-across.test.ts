// A skill typed in the other language, on the repository's sample index loaded through `src`
// (built by `npm run sample-index` before the browser lane): the French page finds "welding"
// by its English name; the English page loads the French names when « premiers soins » finds
// nothing in English, says so while they load, and says so when they cannot.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { holdFetches, listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';
import { cardIds, chips, fetchedFile, finder, input, LOAD, note, options, type } from '../../fixtures/browser/skill-finder.js';

describe('mc-skill-finder: a skill typed in the other language', () => {
  // Every source module the test page loads is a resource too: past Chromium's default 250
  // entries, the French labels' fetch would go unrecorded.
  before(() => performance.setResourceTimingBufferSize(10_000));
  afterEach(() => resetIndexSource());

  it('French page: « welding » offers the skill by its French label, found by its English name, and picking it shows its programs', async () => {
    const el = await finder('fr');
    const fetched = fetchedFile('labels.fr.txt');
    await type(el, 'welding');
    await waitUntil(() => options(el).length > 0, 'options', LOAD);
    expect(options(el)).to.deep.equal([
      'utiliser du matériel de soudure (trouvée par son nom anglais « use welding equipment »)',
      'inspecter des soudures (trouvée par son nom anglais « perform welding inspection »)',
    ]);
    const foreign = el.shadowRoot!.querySelector('[role=option] .found [lang]')!;
    expect(foreign.getAttribute('lang')).to.equal('en');
    expect(foreign.textContent).to.equal('use welding equipment');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.skills).to.deep.equal(['esco:use-welding-equipment']);
    expect(chips(el)).to.deep.equal(['utiliser du matériel de soudure']);
    await waitUntil(() => cardIds(el).length > 0, 'cards', LOAD);
    expect(cardIds(el)).to.include('lp-weld-101');
    // The French page holds the English names already: nothing more was downloaded.
    expect(fetchedFile('labels.fr.txt')).to.equal(fetched);
  });

  it('English page: « premiers soins » loads the French names, says so once, and offers first aid found by its French names', async () => {
    const el = await finder('en');
    const log = listenToLiveRegion(el);
    const release = holdFetches(1000);
    try {
      await type(el, 'premiers soins');
      expect(note(el)).to.equal('No skill matches “premiers soins” in English. Searching the French names and the other English names of skills…');
      await liveRegionShown(el);
      await expect(el).to.be.accessible();
      await waitUntil(() => options(el).length > 0, 'French names loaded', LOAD);
    } finally {
      release();
    }
    // "provide first aid" and "first aid" are one suggestion in English (skill-groups.ts).
    expect(options(el)).to.deep.equal(['first aid (found by its French name “prodiguer les premiers soins”)']);
    expect(el.shadowRoot!.querySelector('[role=option] .found [lang]')!.getAttribute('lang')).to.equal('fr');
    expect(input(el).value).to.equal('premiers soins');
    await waitUntil(() => log.said.includes('1 skill found.'), 'count said after the pause', LOAD);
    expect(log.said.filter((s) => s === 'Searching the French names and the other English names of skills…')).to.have.length(1);
    expect(log.insertedFilled).to.deep.equal([]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['first aid']);
    await waitUntil(() => cardIds(el).length > 0, 'cards', LOAD);
    // With the course tagged with its twin alone (« prodiguer les premiers soins »).
    expect(cardIds(el)).to.include.members(['ns-first-aid', 'dr-secourisme']);
    log.stop();
  });

  it('English page: when the French names cannot load, the no-match note stays, says so, and the text typed is kept', async () => {
    const el = await finder('en');
    const log = listenToLiveRegion(el);
    const real = window.fetch;
    window.fetch = (request, init) => (String(request).endsWith('/labels.fr.txt') ? Promise.resolve(new Response('', { status: 503 })) : real(request, init));
    try {
      await type(el, 'premiers soins');
      await waitUntil(() => note(el)?.includes('could not be loaded'), 'failure said', LOAD);
    } finally {
      window.fetch = real;
    }
    expect(note(el)).to.equal(
      'No skill matches “premiers soins”. On this page, skills are searched in English: try the English term, or a shorter or more general word. ' +
        'The French names of skills could not be loaded, so only the English ones were searched.',
    );
    expect(input(el).value).to.equal('premiers soins');
    expect(options(el)).to.deep.equal([]);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => log.said.some((s) => s.endsWith('only the English ones were searched.')), 'failure announced', LOAD);
    await expect(el).to.be.accessible();
    // A search begun anew tries again, and now finds them.
    input(el).select();
    await sendKeys({ press: 'Backspace' });
    await type(el, 'premiers soins');
    await waitUntil(() => options(el).length === 1, 'French names loaded on the second try', LOAD);
    log.stop();
  });

  it('English page: nothing more is downloaded while every skill typed is found, nor for a slip of two letters; the first miss loads the French names once', async () => {
    const el = await finder('en');
    const fetched = fetchedFile('labels.fr.txt');
    await type(el, 'first aid');
    expect(options(el)[0]).to.equal('first aid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardIds(el).length > 0, 'cards', LOAD);
    await type(el, 'zq');
    expect(note(el)).to.contain('No skill matches “zq”.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetchedFile('labels.fr.txt')).to.equal(fetched);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await type(el, 'soudure');
    await waitUntil(() => options(el).length > 0, 'found by the French names', LOAD);
    expect(options(el)[0]).to.equal('perform welding inspection (found by its French name “inspecter des soudures”)');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await type(el, 'tableur');
    await waitUntil(() => options(el).length > 0, 'found by another French label', LOAD);
    expect(options(el)).to.deep.equal(['use spreadsheets software (found by its French name “utiliser un logiciel de tableur”)']);
    expect(fetchedFile('labels.fr.txt')).to.equal(fetched + 1);
  });
});
