// WCAG 3.1.2 Language of Parts in the portal, on the sample index (built by `npm run
// sample-index`): data scientists (21211) and database analysts (21223) share "data analytics"
// and "machine learning", skills ESCO gives no French label. The related list's "Partage 2
// compétences clés : « data analytics » et « machine learning »" marks them lang="en"; nothing
// English-only in the index is left unmarked on the French page, results included.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import { loadIndex } from '../../../src/core/index.js';
import { englishOnly, unmarkedForeign } from '../../fixtures/browser/foreign-text.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

const root = (el: McPortal) => el.shadowRoot!;

async function portal(lang: 'en' | 'fr', current: string, target = ''): Promise<McPortal> {
  const el = await fixture<McPortal>(html`<mc-portal lang=${lang} src=${SAMPLE} current=${current} target=${target}></mc-portal>`);
  await waitUntil(() => root(el).querySelector('[part~=related] .shares'), 'related list', LOAD);
  return el;
}

/** The "shares" sentence beside database analysts (21223), the one that names "data analytics". */
function shares(el: McPortal): Element {
  const all = [...root(el).querySelectorAll('[part~=related] .shares')];
  return all.find((node) => node.textContent!.includes('data analytics'))!;
}
const marked = (node: Element) => [...node.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent]);

describe('mc-portal: skills with no French label in the related list', () => {
  it('French page: the shared skills named in English are marked lang="en", the sentence around them French', async () => {
    const el = await portal('fr', '21211');
    const sentence = shares(el);
    expect(sentence.textContent).to.match(/^Partage \d+ compétences clés/);
    expect(marked(sentence)).to.deep.equal([
      ['en', 'data analytics'],
      ['en', 'machine learning'],
    ]);
  });

  it('English page: nothing marked', async () => {
    const el = await portal('en', '21211');
    expect(shares(el).textContent).to.contain('machine learning');
    expect(marked(shares(el))).to.deep.equal([]);
  });

  it('French page, the related list and then the results: no English-only text of the index unmarked, but in a live region', async () => {
    const index = await loadIndex(SAMPLE, { lang: 'fr' });
    const unmarked = (el: McPortal) => unmarkedForeign(el, englishOnly(index)).filter((u) => u.readAs !== 'live region');
    const related = await portal('fr', '21211');
    expect(unmarked(related)).to.deep.equal([]);
    const el = await portal('fr', '21211', '21223');
    const cards = () => [...(root(el).querySelector('mc-recommendations')?.shadowRoot?.querySelectorAll<HTMLElement>('mc-program-card') ?? [])];
    await waitUntil(() => cards().length > 0 && cards().every((c) => c.shadowRoot?.querySelector('[part=title]')), 'cards', LOAD);
    expect(unmarked(el)).to.deep.equal([]);
  });
});
