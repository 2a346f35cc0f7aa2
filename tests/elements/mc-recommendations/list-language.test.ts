import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { EMPTY_FILTERS } from '../../../src/elements/mc-recommendations/filters.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

// A French reader is told once, above the list, that every program in it is taught in
// English, rather than finding out card by card. Welders' two programs are in English;
// registered nurses' three are one bilingual and two in English.
let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

async function make(occupation: string, lang: 'en' | 'fr'): Promise<McRecommendations> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-recommendations occupation=${occupation}></mc-recommendations></div>`);
  const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
  el.index = index;
  await settled(el);
  return el;
}
const notes = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll('.list-language')].map((p) => p.textContent!.trim());

describe('mc-recommendations: a list taught wholly in the other language says so', () => {
  it('on the French page, says once above the list that every program is in English', async () => {
    const el = await make('72106', 'fr');
    expect(notes(el)).to.deep.equal(['Tous les programmes de cette liste sont donnés en anglais.']);
    const note = el.shadowRoot!.querySelector('.list-language')!;
    expect(note.nextElementSibling?.getAttribute('part')).to.equal('list');
    await expect(el).to.be.accessible();
  });

  it('says nothing when a program is in the page’s language or in both', async () => {
    expect(notes(await make('31301', 'fr'))).to.deep.equal([]);
    expect(notes(await make('72106', 'en'))).to.deep.equal([]);
  });

  it('on the English page, says so of a list in French (the person filtered for French)', async () => {
    const el = await make('21232', 'en');
    expect(notes(el)).to.deep.equal([]);
    el.filters = { ...EMPTY_FILTERS, language: ['fr'] };
    await settled(el);
    expect(notes(el)).to.deep.equal(['All programs listed are taught in French.']);
  });
});
