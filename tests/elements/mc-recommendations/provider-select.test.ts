import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

const select = (el: McRecommendations) => el.shadowRoot!.querySelector<HTMLSelectElement>('#provider')!;
const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];

describe('mc-recommendations: the institution select', () => {
  it('offers "any" then every institution of the catalogue, keeps the choice across re-renders, and goes back to any', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    const providers = [...new Set(index.programs.map((p) => p.provider))].sort((a, b) => a.localeCompare(b, 'en'));
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
