// WCAG 3.1.2 Language of Parts in the catalogue review, on the sample index: a program with no
// French title ("Pipe Welding Certification Prep") and a skill with no French label ("machine
// learning") are shown in English on a French page, marked lang="en" where they are shown and
// in the names of the buttons that name them, which are the buttons' own words: an aria-label
// cannot carry a language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-catalogue-review.js';
import type { McCatalogueReview } from '../../../src/elements/mc-catalogue-review/mc-catalogue-review.js';
import { loadIndex } from '../../../src/core/index.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';
import { englishOnly, unmarkedForeign } from '../../fixtures/browser/foreign-text.js';

const SAMPLE = '/demo/data/sample/index.json';
const PIPE = 'Pipe Welding Certification Prep';
const CATALOGUE = [
  'id,title_en,title_fr,provider,provider_fr,skills,language',
  `lp-weld-201,${PIPE},,Lakeshore Polytechnic (fictional),Polytechnique Lakeshore (fictive),machine learning;use welding equipment,en`,
  'lp-weld-101,Welding Fundamentals: MIG and TIG,Soudage : notions de base MIG et TIG,Lakeshore Polytechnic (fictional),Polytechnique Lakeshore (fictive),use welding equipment,en',
].join('\n');

async function review(lang: 'en' | 'fr'): Promise<{ wrap: HTMLElement; el: McCatalogueReview }> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
  const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
  await waitUntil(() => el.shadowRoot!.querySelector('input[type=file]'), 'index loaded', { timeout: 8000 });
  const field = el.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([CATALOGUE], 'programs.csv', { type: 'text/csv' }));
  field.files = files.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => el.shadowRoot!.querySelector('[data-action=not-for]'), 'reach worked out', { timeout: 10000 });
  await el.updateComplete;
  return { wrap, el };
}

const program = (el: McCatalogueReview, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-program="${id}"]`)!;
const marked = (root: Element) => [...root.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent!.trim()]);
const skill = (el: McCatalogueReview, id: string, label: string) =>
  [...program(el, id).querySelectorAll('.skill')].find((li) => li.querySelector('.label')!.textContent === label)!;

describe('mc-catalogue-review: English words on a French page carry lang="en"', () => {
  it('the title and skill, shown and in the buttons’ names; a French title is not marked', async () => {
    const { wrap, el } = await review('fr');
    const pipe = program(el, 'lp-weld-201');
    expect(pipe.querySelector('[part=program-title]')!.getAttribute('lang')).to.equal('en');
    // The list of its skills is named by that heading, not by an aria-label holding the title.
    const list = pipe.querySelector('ul.skills')!;
    expect(list.hasAttribute('aria-label')).to.equal(false);
    expect(list.getAttribute('aria-labelledby')).to.equal(pipe.querySelector('[part=program-title]')!.id);
    const ml = skill(el, 'lp-weld-201', 'machine learning');
    expect(ml.querySelector('.label')!.getAttribute('lang')).to.equal('en');
    const accept = ml.querySelector('[data-action=accept]')!;
    expect(accept.hasAttribute('aria-label')).to.equal(false);
    expect(marked(accept)).to.deep.equal([
      ['en', 'machine learning'],
      ['en', PIPE],
    ]);
    expect(marked(pipe.querySelector('[data-action=add]')!)).to.deep.equal([['en', PIPE]]);
    expect(marked(pipe.querySelector('[data-action=not-for]')!)).to.deep.equal([['en', PIPE]]);
    const names = await accessibleNames('button');
    expect(names).to.include(`Accepter machine learning pour le programme «\u00a0${PIPE}\u00a0»`);
    expect(names).to.include(`Ajouter une compétence au programme «\u00a0${PIPE}\u00a0»`);
    // The French title and label: nothing marked.
    const weld = program(el, 'lp-weld-101');
    expect(marked(weld.querySelector('[data-action=accept]')!)).to.deep.equal([]);
    expect(weld.querySelector('[part=program-title]')!.hasAttribute('lang')).to.equal(false);
    const index = await loadIndex(SAMPLE, { lang: 'fr' });
    expect(unmarkedForeign(wrap, englishOnly(index)).filter((u) => u.readAs !== 'live region')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an English page marks nothing, and names the buttons as before', async () => {
    const { el } = await review('en');
    expect(marked(program(el, 'lp-weld-201'))).to.deep.equal([]);
    expect(await accessibleNames('button')).to.include(`Accept machine learning for ${PIPE}`);
  });
});
