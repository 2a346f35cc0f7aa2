// A page's `provider` may name its institution by either name the catalogue gives it: the
// French one (`provider_fr`) selects the same programs as the English `provider`, which the
// filters keep using. A name of neither shows nothing, and the developer is told in the console.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { captureWarnings } from '../../fixtures/browser/warnings.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});
const warnings = captureWarnings();
/** The warnings about `provider` (the element also warns while it has no index yet). */
const told = () => warnings.list.filter((w) => w.includes('provider='));

/** Nursing programs (31301) on a page in `lang`, restricted to `provider`. */
async function shown(provider: string, lang = 'fr'): Promise<McRecommendations> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-recommendations occupation="31301" provider=${provider}></mc-recommendations></div>`);
  const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
  el.index = index;
  await settled(el);
  return el;
}

const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((c) => c.recommendation!.program);

describe('mc-recommendations: provider by the institution’s French name', () => {
  it('the French name shows the institution’s programs, as its English name does, named in French, with no warning', async () => {
    const english = cards(await shown('Other University'));
    expect(english.length).to.be.greaterThan(0);
    for (const lang of ['fr', 'en']) {
      const el = await shown('Université Autre', lang);
      expect(cards(el).map((p) => p.id)).to.deep.equal(english.map((p) => p.id));
      for (const program of cards(el)) expect(program.provider).to.equal('Other University');
      // The institution is fixed, as with its English name: no institution select.
      expect(el.shadowRoot!.querySelector('#provider')).to.equal(null);
    }
    const fr = await shown('Université Autre');
    expect(fr.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Université Autre');
    expect(told()).to.deep.equal([]);
  });

  it('a name of no institution (not written exactly) shows no program and warns once, naming the index’s institutions', async () => {
    const el = await shown('Universite Autre');
    expect(cards(el)).to.deep.equal([]);
    expect(told()).to.have.length(1);
    expect(told()[0]).to.contain(
      '<mc-recommendations> provider="Universite Autre" (or the provider of the <mc-portal> around it) names no institution of its index',
    );
    expect(told()[0]).to.contain('Other University');
    el.occupation = '21232';
    await settled(el);
    expect(told(), 'once per name').to.have.length(1);
    el.provider = 'Nowhere College';
    await settled(el);
    expect(told()).to.have.length(2);
    expect(told()[1]).to.contain('provider="Nowhere College"');
  });
});
