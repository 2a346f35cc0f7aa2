// How strong the evidence is and the rest of a series, on recommendations built by hand:
// the card shows what the core hands it, whatever the ranking does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { Recommendation } from '../../../src/core/model/loaded.js';
import type { Program } from '../../../src/core/index-format/schema.js';
import { PROGRAMS } from '../../fixtures/index/index.js';

const program = (over: Partial<Program> = {}): Program => ({ ...PROGRAMS[0]!, ...over });
const part = (n: number, over: Partial<Program> = {}): Program =>
  program({
    id: `series-${n}`,
    title: { en: `Nursing practice, part ${n}`, fr: `Pratique infirmière, partie ${n}` },
    url: `https://example.org/series/${n}`,
    ...over,
  });

const rec = (over: Partial<Recommendation> = {}): Recommendation => ({
  program: program(),
  score: 0.8,
  matchedSkills: [],
  gapSkills: [],
  reasons: [{ code: 'evidence', text: 'Teaches patient care, part of nurses’ work: “Nursing practice refresher”' }],
  ...over,
});
const SERIES = [part(2), part(3, { url: 'http://example.org/series/3' }), part(4, { title: { en: 'Charting, part 4', fr: '' } })];

async function card(r: Recommendation, lang = 'en'): Promise<McProgramCard> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-program-card .recommendation=${r}></mc-program-card></div>`);
  const el = wrap.querySelector<McProgramCard>('mc-program-card')!;
  await el.updateComplete;
  return el;
}
const $ = (el: McProgramCard, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: McProgramCard, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('mc-program-card: evidence strength and series', () => {
  describe('accessibility', () => {
    for (const lang of ['en', 'fr']) {
      it(`is accessible with a strength and an open series, in ${lang}`, async () => {
        const el = await card(rec({ strength: 'strong', series: SERIES }), lang);
        await expect(el).to.be.accessible();
        ($(el, 'details[part=series]') as HTMLDetailsElement).open = true;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('strength', () => {
    it('says in words, next to the reasons, how strong the match is', async () => {
      const strong = await card(rec({ strength: 'strong' }));
      const reason = $(strong, '[part=reason]')!;
      expect(words(reason.querySelector('.strength')!)).to.equal(
        'Strong match: its title or listed skills use this work’s words, and it covers at least one of its key skills.',
      );
      expect(reason.textContent).to.contain('Nursing practice refresher');
      const moderate = await card(rec({ strength: 'moderate' }));
      expect(words($(moderate, '[part=reason] .strength')!)).to.equal(
        'Partial match: it shows fewer signs of teaching this work, so read its description before you choose it.',
      );
    });

    it('shows no strength line when the core gives none (the employer search), and shows it without reasons', async () => {
      expect($(await card(rec()), '.strength')).to.equal(null);
      const bare = await card(rec({ strength: 'moderate', reasons: [] }));
      expect(words($(bare, '[part=reason]')!)).to.contain('Partial match');
    });
  });

  describe('series', () => {
    it('folds the other parts into a closed disclosure that names how many, linking only https pages', async () => {
      const el = await card(rec({ strength: 'strong', series: SERIES }));
      const details = $(el, 'details[part=series]') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(words(details.querySelector('summary')!)).to.equal('3 more courses in this series');
      const items = [...details.querySelectorAll('li')];
      expect(items.map((li) => li.querySelector('span')!.textContent)).to.deep.equal([
        'Nursing practice, part 2',
        'Nursing practice, part 3',
        'Charting, part 4',
      ]);
      const links = [...details.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/series/2', 'https://example.org/series/4']);
      for (const a of links) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.textContent).to.contain('(opens in a new tab)');
      }
      expect(items[1]!.querySelector('a')).to.equal(null);
      // The card's own link is still the one part=link names.
      expect($$(el, 'a[part=link]').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/programs/nursing-refresher']);
    });

    it('says "1 more course" for one, and shows no disclosure for none', async () => {
      expect(words($(await card(rec({ series: [part(2)] })), 'details > summary')!)).to.equal('1 more course in this series');
      expect($(await card(rec({ series: [] })), 'details')).to.equal(null);
      expect($(await card(rec()), 'details')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires mc-program-open with the id of the series course followed', async () => {
      const el = await card(rec({ series: SERIES }));
      const a = $(el, 'details a')!;
      a.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => a.click());
      const event = await oneEvent(el, 'mc-program-open');
      expect(event.detail).to.deep.equal({ programId: 'series-2' });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('opens the series from the keyboard', async () => {
      const el = await card(rec({ series: SERIES }));
      const details = $(el, 'details') as HTMLDetailsElement;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
    });
  });

  describe('French', () => {
    it('words the strength and the series in French, marking English titles', async () => {
      const el = await card(rec({ strength: 'strong', series: SERIES }), 'fr');
      expect(words($(el, '.strength')!)).to.equal(
        'Forte correspondance : son titre ou les compétences qu’il annonce reprennent le vocabulaire de cette profession, et il couvre au moins une de ses compétences clés.',
      );
      expect(words($(el, 'details > summary')!)).to.equal('3 autres cours de cette série');
      const titles = $$(el, 'details li > a > span:first-child, details li > span');
      expect(titles.map((s) => [s.textContent, s.getAttribute('lang')])).to.deep.equal([
        ['Pratique infirmière, partie 2', null],
        ['Pratique infirmière, partie 3', null],
        ['Charting, part 4', 'en'],
      ]);
      expect($(el, 'details a')!.textContent).to.contain('nouvel onglet');
      el.recommendation = rec({ strength: 'moderate', series: [part(2)] });
      await el.updateComplete;
      expect(words($(el, '.strength')!)).to.equal(
        'Correspondance partielle : avant de le choisir, lisez sa description, car rien n’indique clairement qu’il prépare à ce travail.',
      );
      expect(words($(el, 'details > summary')!)).to.equal('1 autre cours de cette série');
    });
  });
});
