// The related occupations the notice offers when the catalogue has little for the one
// chosen, on the repository's sample index as the institution demo page shows it (one
// institution, one region; built by `npm run sample-index` before the browser lane). That
// institution teaches trades, computing and business: nothing for nurses or their related
// occupations, nothing for carpenters but strong matches for welders and machinists, nothing
// for data scientists but a partial match for database analysts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import { EMPTY_FILTERS } from '../../../src/elements/mc-recommendations/filters.js';
import type { McSelectDetail } from '../../../src/elements/mc-job-search/mc-job-search.events.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';

const SAMPLE = '/demo/data/sample/index.json';
const PROVIDER = 'Lakeshore Polytechnic (fictional)';
const LOAD = { timeout: 8000 };
const DATA_SCIENTISTS = '21211';
const CARPENTERS = '72310';
const WELDERS = '72106';
const REGISTERED_NURSES = '31301';

async function make(occupation: string, lang = 'en'): Promise<McRecommendations> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}><mc-recommendations src=${SAMPLE} occupation=${occupation} provider=${PROVIDER} region="ER3530"></mc-recommendations></div>`,
  );
  const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=heading]'), 'results shown', LOAD);
  return el;
}

const $ = (el: McRecommendations, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
// Ordinary white space only: the French no-break spaces are part of what is checked.
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
const buttons = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=nearby] button')];
const heading = (el: McRecommendations) => text($(el, '[part=heading]'));

/** Waits for the notice's last sentence, or its list: the related occupations are ranked after the list shows. */
async function nearbyShown(el: McRecommendations): Promise<void> {
  await waitUntil(() => $(el, '[part~=nearby]') || el.shadowRoot!.querySelectorAll('[part~=notice] p').length > 1, 'nearby occupations', LOAD);
}

/** The strong matches among the cards shown, once every card's strength is known (the quotes). */
async function strongCards(el: McRecommendations): Promise<number> {
  const cards = () => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
  await waitUntil(() => cards().length > 0 && cards().every((c) => c.recommendation?.strength), 'the cards’ strengths', LOAD);
  return cards().filter((c) => c.recommendation!.strength === 'strong').length;
}

describe('mc-recommendations: related occupations the catalogue has more strong matches for', () => {
  it('with no program, names related occupations that have strong matches here, each a named button, accessibly', async () => {
    const el = await make(CARPENTERS);
    await nearbyShown(el);
    expect(heading(el)).to.equal('No programs for Carpenters');
    // Neutral: "has more strong matches" over "(1 strong match)" read as steering a career change.
    expect(text($(el, '#nearby-label'))).to.equal('Programs offered by Lakeshore Polytechnic (fictional) for related occupations:');
    expect($(el, '[part~=nearby] ul')!.getAttribute('aria-labelledby')).to.equal('nearby-label');
    const names = buttons(el).map((b) => text(b));
    expect(names).to.include('Welders and related machine operators');
    expect(names.length).to.be.within(1, 3);
    for (const b of buttons(el)) expect(b.getAttribute('aria-label')).to.equal(`Show programs for ${text(b)}`);
    const item = text(buttons(el)[0]!.closest('li'));
    expect(item).to.match(/\(\d+ strong match(es)?\) Shares \d+ key skills?(: |, including )/);
    await expect(el).to.be.accessible();
  });

  it('names only occupations with strong matches here, with as many as their page then shows', async () => {
    const el = await make(CARPENTERS);
    await nearbyShown(el);
    const offered = el.shadowRoot!.querySelectorAll('[part~=nearby] li');
    expect(offered.length).to.be.greaterThan(0);
    for (const li of offered) {
      const title = text(li.querySelector('button'));
      const promised = Number(/\((\d+) strong match(es)?\)/.exec(text(li))![1]);
      expect(promised, title).to.be.greaterThan(0);
      const code = [...(await indexOf(el)).occupations.values()].find((o) => o.title.en === title)!.code;
      expect(await strongCards(await make(code)), title).to.equal(promised);
    }
  });

  it('never counts a partial match: a related occupation with partial matches only is not offered', async () => {
    // Database analysts get one program here, a partial match: it may use their words in another sense.
    const el = await make(DATA_SCIENTISTS);
    await nearbyShown(el);
    expect(buttons(el)).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('[part~=notice] p')].map(text)).to.deep.equal([
      // The page's institution has none: the catalogue may have other institutions' programs.
      'Lakeshore Polytechnic (fictional) has no program in this catalogue that teaches the core skills of Data scientists.',
      'It has no strong match for related occupations either, such as Database analysts and data administrators.',
    ]);
  });

  it('choosing one, alone on the page, shows its programs, says so in the live region and focuses the heading', async () => {
    const el = await make(CARPENTERS);
    await nearbyShown(el);
    const button = buttons(el).find((b) => text(b) === 'Welders and related machine operators')!;
    const recommended = oneEvent(el, 'mc-recommend');
    setTimeout(() => button.click());
    const select = (await oneEvent(el, 'mc-select')) as CustomEvent<McSelectDetail>;
    expect(select.detail).to.deep.equal({ code: WELDERS, role: 'target' });
    expect(select.cancelable && select.bubbles && select.composed).to.equal(true);
    expect(((await recommended) as CustomEvent).detail).to.deep.equal({ occupation: WELDERS, count: 2 });
    await el.updateComplete;
    expect(el.occupation).to.equal(WELDERS);
    expect(heading(el)).to.equal('2 programs for Welders and related machine operators');
    expect(el.shadowRoot!.querySelectorAll('mc-program-card').length).to.equal(2);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'heading', 'focus on the new heading', LOAD);
    expect(text($(el, '[role=status][aria-live=polite]'))).to.equal('2 programs found; Lakeshore Polytechnic (fictional) has little for this occupation.');
  });

  it('leaves the choice to a host that cancels mc-select (as mc-portal does)', async () => {
    const el = await make(CARPENTERS);
    await nearbyShown(el);
    el.addEventListener('mc-select', (e) => e.preventDefault());
    buttons(el)[0]!.click();
    await el.updateComplete;
    expect(el.occupation).to.equal(CARPENTERS);
    expect(heading(el)).to.equal('No programs for Carpenters');
  });

  it('with no program and no strong match for related occupations either, says so, offers no button and no filter panel', async () => {
    const el = await make(REGISTERED_NURSES);
    await nearbyShown(el);
    expect([...el.shadowRoot!.querySelectorAll('[part~=notice] p')].map(text)).to.deep.equal([
      'Lakeshore Polytechnic (fictional) has no program in this catalogue that teaches the core skills of Registered nurses and registered psychiatric nurses.',
      'It has no strong match for related occupations either, such as Licensed practical nurses.',
    ]);
    expect(buttons(el)).to.have.length(0);
    // A boolean: a failing assertion that carries an element crashes the runner's reporting.
    expect(Boolean($(el, '[part=filters]')), 'a filter panel').to.equal(false);
    expect(text(el.shadowRoot!.querySelector('.root'))).to.not.contain('better served');
    await expect(el).to.be.accessible();
  });

  it('keeps the filters, and the way to clear them, when the person’s filters left no program', async () => {
    const el = await make('72106');
    expect(heading(el)).to.match(/^[1-4] programs? for Welders/);
    el.filters = { ...EMPTY_FILTERS, maxHours: 10, maxCost: 0 };
    await el.updateComplete;
    expect(heading(el)).to.match(/^No programs for Welders/);
    expect(Boolean($(el, '[part=filters]')), 'a filter panel').to.equal(true);
    expect(text($(el, '[part=state]'))).to.contain('Clear filters');
    expect(buttons(el)).to.have.length(0);
  });

  it('words it in French', async () => {
    const el = await make(CARPENTERS, 'fr');
    await nearbyShown(el);
    expect(text($(el, '#nearby-label'))).to.equal('Programmes offerts par Polytechnique Lakeshore (fictive) pour des professions apparentées\u00a0:');
    const welders = 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser';
    const button = buttons(el).find((b) => text(b) === welders)!;
    expect(button.getAttribute('aria-label')).to.equal(`Afficher les programmes pour la profession «\u00a0${welders}\u00a0»`);
    expect(text(button.closest('li'))).to.match(/\(2 fortes correspondances\) Partage \d+ compétences? clés?(\u00a0: |, dont )/);
    const nurses = await make(REGISTERED_NURSES, 'fr');
    await nearbyShown(nurses);
    const sentences = [...nurses.shadowRoot!.querySelectorAll('[part~=notice] p')].map(text);
    expect(sentences[1]).to.equal(
      'Il n’offre pas non plus de forte correspondance pour les professions apparentées, comme «\u00a0Infirmiers auxiliaires/infirmières auxiliaires\u00a0».',
    );
    expect(sentences.join(' ')).to.not.contain('mieux servies');
  });
});

/** The index the element loaded (the shared one from `src`). */
async function indexOf(el: McRecommendations) {
  const { requestIndex } = await import('../../../src/elements/shared/index-source.js');
  return (await requestIndex(el.src!, { lang: 'en' })).index;
}
