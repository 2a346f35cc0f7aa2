// WCAG 3.1.2 Language of Parts, on the repository's sample index (built by `npm run
// sample-index` before the browser lane): ESCO gives "machine learning" no French label, so a
// French page shows it in English. Wherever the finder shows it (the suggestion, the chip, its
// remove button's name, the cards' "covers the skills you picked") the element holding it says
// lang="en", so a screen reader reads it with an English voice; an English page marks nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { loadIndex } from '../../../src/core/index.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';
import { englishOnly, unmarkedForeign } from '../../fixtures/browser/foreign-text.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };
const ML = 'esco:machine-learning';

async function finder(lang: 'en' | 'fr'): Promise<{ wrap: HTMLElement; el: McSkillFinder }> {
  resetIndexSource({ cache: new MemoryIndexCache() });
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-skill-finder src=${SAMPLE}></mc-skill-finder></div>`);
  const el = wrap.querySelector<McSkillFinder>('mc-skill-finder')!;
  await waitUntil(() => el.shadowRoot!.querySelector('input[role=combobox]'), 'picker ready', LOAD);
  return { wrap, el };
}

const $ = (el: McSkillFinder, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const cards = (el: McSkillFinder) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
const marked = (root: ParentNode) => [...root.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent!.trim()]);

async function chosen(el: McSkillFinder, skills: string[]): Promise<void> {
  el.skills = skills;
  await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.shadowRoot?.querySelector('[part=reason]')), 'cards', LOAD);
}

describe('mc-skill-finder: a skill with no French label is marked lang="en"', () => {
  afterEach(() => resetIndexSource());

  it('French page: the suggestion names it in an English span, the rest of the option French', async () => {
    const { el } = await finder('fr');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'machine' });
    await waitUntil(() => $(el, '[role=option]'), 'options', LOAD);
    const option = [...el.shadowRoot!.querySelectorAll('[role=option]')].find((o) => o.textContent!.includes('machine learning'))!;
    expect(marked(option)).to.deep.equal([['en', 'machine learning']]);
    // A suggestion with a French label is not marked.
    const french = [...el.shadowRoot!.querySelectorAll('[role=option]')].filter((o) => !o.textContent!.includes('machine learning'));
    for (const o of french) expect(marked(o)).to.deep.equal([]);
  });

  it('French page: the chip, its remove button’s name and the cards’ reasons say it in English, nothing left unmarked', async () => {
    const { wrap, el } = await finder('fr');
    await chosen(el, [ML, 'esco:data-analytics']);
    const chipsList = $(el, '[part=chips]')!;
    expect([...chipsList.querySelectorAll('li > span')].map((s) => [s.getAttribute('lang'), s.textContent])).to.deep.equal([
      ['en', 'machine learning'],
      ['en', 'data analytics'],
    ]);
    // The remove button is named by its own words, where the English label keeps its lang; no aria-label (which cannot).
    const remove = chipsList.querySelector('button')!;
    expect(remove.hasAttribute('aria-label')).to.equal(false);
    expect(marked(remove)).to.deep.equal([['en', 'machine learning']]);
    expect(await accessibleNames('button')).to.include('Retirer machine learning');
    const rvMl = cards(el).find((c) => c.recommendation!.program.id === 'rv-ml')!;
    const reason = rvMl.shadowRoot!.querySelector('[part=reason] p:last-child')!;
    expect(reason.textContent!.replace(/\s+/g, ' ')).to.contain('Couvre');
    expect(marked(reason)).to.deep.equal([['en', 'machine learning']]);
    // Everywhere in the element, cards included: each English-only text of the index is in an
    // English element, or in the live region, which says strings (docs/cross-language.md).
    const index = await loadIndex(SAMPLE, { lang: 'fr' });
    const unmarked = unmarkedForeign(wrap, englishOnly(index)).filter((u) => u.readAs !== 'live region');
    expect(unmarked).to.deep.equal([]);
  });

  it('English page: the same skill is in the page’s language, nothing marked', async () => {
    const { el } = await finder('en');
    await chosen(el, [ML]);
    expect(marked($(el, '[part=chips]')!)).to.deep.equal([]);
    const rvMl = cards(el).find((c) => c.recommendation!.program.id === 'rv-ml')!;
    expect(marked(rvMl.shadowRoot!.querySelector('[part=reason]')!)).to.deep.equal([]);
    expect(await accessibleNames('button')).to.include('Remove machine learning');
  });
});
