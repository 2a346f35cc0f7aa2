// A reason quoting the program's words in the other language than the page: the sentence
// says they are English (or French) and each of them carries its `lang`, so a screen
// reader switches voice. On the sample index (built by `npm run sample-index`), as a
// French page shows it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-program-card.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { loadIndex, loadQuotes, recommend } from '../../../src/core/index.js';
import type { Recommendation } from '../../../src/core/model/loaded.js';
import { PROGRAMS } from '../../fixtures/index/index.js';

const SAMPLE = '/demo/data/sample/index.json';

async function card(rec: Recommendation, lang: string): Promise<McProgramCard> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-program-card .recommendation=${rec}></mc-program-card></div>`);
  const el = wrap.querySelector<McProgramCard>('mc-program-card')!;
  await el.updateComplete;
  return el;
}
const reasonOf = (el: McProgramCard) => el.shadowRoot!.querySelector<HTMLElement>('[part=reason] p:last-child')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const marked = (node: Element, lang: string) => [...node.querySelectorAll(`[lang="${lang}"]`)].map((span) => span.textContent);

describe('mc-program-card: the language of the words a reason quotes', () => {
  it('on a French page, says the welding course’s words are English and marks each lang="en"', async () => {
    const index = await loadIndex(SAMPLE, { lang: 'fr' });
    await loadQuotes(index, '72106');
    const rec = recommend(index, { occupation: '72106', lang: 'fr' }).find((r) => r.program.id === 'lp-weld-101')!;
    const el = await card(rec, 'fr');
    // The card is titled in French; its reason quotes a skill the program lists in English, as English.
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Soudage\u00a0: notions de base MIG et TIG');
    const reason = reasonOf(el);
    expect(words(reason).replace(/\u00a0/g, ' ')).to.equal(
      'Porte sur « welding » et « metal », des aspects de cette profession que le programme nomme en anglais. ' +
        'Compétences indiquées en anglais : « use welding equipment »',
    );
    expect(marked(reason, 'en')).to.deep.equal(['welding', 'metal', 'use welding equipment']);
    // No English word is left for a French voice: outside the lang="en" spans, the sentence is French.
    const outside = [...reason.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
    expect(outside).not.to.match(/welding|metal|equipment/i);
    await expect(el).to.be.accessible();
  });

  it('on an English page, the same reason reads as before, with no lang marks', async () => {
    const index = await loadIndex(SAMPLE, { lang: 'en' });
    await loadQuotes(index, '72106');
    const rec = recommend(index, { occupation: '72106', lang: 'en' }).find((r) => r.program.id === 'lp-weld-101')!;
    const reason = reasonOf(await card(rec, 'en'));
    expect(words(reason)).to.equal('About “welding” and “metal”, part of the work of this occupation. Skills it lists: “use welding equipment”');
    expect(reason.querySelectorAll('[lang]').length).to.equal(0);
  });

  it('marks French words lang="fr" on an English page, from the reason’s parts', async () => {
    const parts = [
      { text: 'About what the program calls “' },
      { text: 'soudage', lang: 'fr' as const },
      { text: '” in French, part of the work of this occupation.' },
    ];
    const rec: Recommendation = {
      program: PROGRAMS[0]!,
      score: 0.8,
      matchedSkills: [],
      gapSkills: [],
      reasons: [{ code: 'teaches-core', text: parts.map((p) => p.text).join(''), parts }],
    };
    const el = await card(rec, 'en');
    const reason = reasonOf(el);
    expect(words(reason)).to.equal('About what the program calls “soudage” in French, part of the work of this occupation.');
    expect(marked(reason, 'fr')).to.deep.equal(['soudage']);
    await expect(el).to.be.accessible();
  });
});
