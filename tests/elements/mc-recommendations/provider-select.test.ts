import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { EMPTY_FILTERS } from '../../../src/elements/mc-recommendations/filters.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

const select = (el: McRecommendations) => el.shadowRoot!.querySelector<HTMLSelectElement>('#provider')!;
const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];

/** The institutions of the programs with evidence for `code`, as the select lists them. */
const providersOf = (code: string) =>
  [...new Set((index.ranking.evidence.get(code) ?? []).map(([p]) => index.programs[p]!.provider))].sort((a, b) => a.localeCompare(b, 'en'));

describe('mc-recommendations: the institution select', () => {
  it('offers "any" then every institution of the programs that teach the occupation, keeps the choice across re-renders, and goes back to any', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    const providers = providersOf('31301');
    expect(providers.length).to.be.greaterThan(1);
    const options = () => [...select(el).options].map((o) => o.value);
    expect(options()).to.deep.equal(['', ...providers]);
    expect(select(el).value).to.equal('');
    expect([...select(el).options].every((o) => o.textContent!.trim() === (o.value || 'All institutions'))).to.equal(true);

    const chosen = providers[1]!;
    select(el).value = chosen;
    select(el).dispatchEvent(new Event('change'));
    await settled(el);
    expect(select(el).value).to.equal(chosen);
    for (const card of cards(el)) expect(card.recommendation!.program.provider).to.equal(chosen);
    // Another filter re-renders the panel: the institution stays chosen, listed once.
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('#sort')!;
    sort.value = 'hours';
    sort.dispatchEvent(new Event('change'));
    await settled(el);
    expect(options()).to.deep.equal(['', ...providers]);
    expect(select(el).value).to.equal(chosen);

    select(el).value = '';
    select(el).dispatchEvent(new Event('change'));
    await settled(el);
    expect(select(el).value).to.equal('');
    expect(new Set(cards(el).map((c) => c.recommendation!.program.provider)).size).to.be.greaterThan(1);
  });

  it('another occupation offers its own programs’ institutions and hour limits; a filter set before stays offered, to be undone', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    const nurses = providersOf('31301');
    const other = nurses.find((p) => !providersOf('21232').includes(p))!;
    expect(other, 'an institution with nursing programs only').to.be.a('string');
    select(el).value = other;
    select(el).dispatchEvent(new Event('change'));
    await settled(el);
    el.occupation = '21232';
    await settled(el);
    const options = () => [...select(el).options].map((o) => o.value);
    expect(options()).to.deep.equal(['', ...providersOf('21232'), other], 'the one chosen after those of the programs');
    expect(select(el).value).to.equal(other);
    select(el).value = '';
    select(el).dispatchEvent(new Event('change'));
    await settled(el);
    expect(select(el)?.value ?? '').to.equal('');
    if (select(el)) expect(options()).to.deep.equal(['', ...providersOf('21232')]);
    const hours = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#max-hours option')].map((o) => Number(o.value)).filter((h) => h > 0);
    const longest = Math.max(...(index.ranking.evidence.get('21232') ?? []).map(([p]) => index.programs[p]!.hours ?? 0));
    expect(hours.every((h) => h < longest)).to.equal(true);
  });

  it('in French, names each institution by its French name, English ones marked lang="en", in the order of the names shown; the choice filters by the institution', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-recommendations occupation="31301"></mc-recommendations></div>`);
    const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
    el.index = index;
    await settled(el);
    const options = [...select(el).options].slice(1);
    const shown = options.map((o) => [o.value, o.textContent, o.getAttribute('lang')]);
    expect(shown).to.deep.include(['Other University', 'Université Autre', null]);
    expect(shown).to.deep.include(['Sample College', 'Sample College', 'en']);
    expect(options.map((o) => o.value).sort()).to.deep.equal(providersOf('31301').sort());
    const names = options.map((o) => o.textContent!);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    select(el).value = 'Other University';
    select(el).dispatchEvent(new Event('change'));
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(card.recommendation!.program.provider).to.equal('Other University');
    expect(el.filters.provider).to.equal('Other University');
  });

  it('names the host’s own institution (provider) in the page’s language where it says what that institution has', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="fr"><mc-recommendations occupation="31301" provider="Other University"></mc-recommendations></div>`,
    );
    const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
    el.index = index;
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(card.recommendation!.program.provider).to.equal('Other University');
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.contain('Université Autre');
    expect(notice.textContent).not.to.contain('Other University');
    expect(notice.querySelector('[lang="en"]')).to.equal(null);
    // Without a French name: the English one, marked.
    el.provider = 'Sample College';
    await settled(el);
    const english = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect([...english.querySelectorAll('[lang="en"]')].map((n) => n.textContent)).to.include('Sample College');
  });

  it('two elements on a page each get their own options', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mc-recommendations occupation="31301"></mc-recommendations><mc-recommendations occupation="31301"></mc-recommendations></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll<McRecommendations>('mc-recommendations')] as [McRecommendations, McRecommendations];
    a.index = index;
    b.index = index;
    await settled(a);
    await settled(b);
    expect(select(a).options.length).to.equal(select(b).options.length);
    expect(select(a).options[1]).not.to.equal(select(b).options[1]);
  });
});

describe('mc-recommendations: a filter the programs offer no choice for', () => {
  it('stays in the panel, checked, and the empty state names it, when set by a link', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="72106"></mc-recommendations>`);
    el.index = index;
    const languages = new Set((index.ranking.evidence.get('72106') ?? []).map(([p]) => index.programs[p]!.language));
    expect([...languages], 'welders’ programs are all in English').to.deep.equal(['en']);
    el.filters = { ...EMPTY_FILTERS, language: ['fr'] };
    await settled(el);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')];
    const french = boxes.find((box) => box.parentElement!.textContent!.trim() === 'French');
    expect(french?.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="state"]')!.textContent).to.contain('“Language of instruction”');
  });
});
