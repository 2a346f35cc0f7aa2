// The notice for a catalogue that has little or nothing for an occupation. The fixture's
// evidence decides how many programs the core returns (nurses 15 with the nursing modules, welders 2, retail 1), and a
// thinner catalogue gives none, so these tests do not depend on which program ranks where.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { recommend } from '../../../src/core/rank/rank.js';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, partialOnlyFor, withNursingModules, withoutProgramsFor } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

let index: LoadedIndex;
let withoutWelding: LoadedIndex;
let partialNursing: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
  withoutWelding = await loadedIndex({ programs: withoutProgramsFor('72106', withNursingModules()) });
  partialNursing = await loadedIndex({ programs: partialOnlyFor('31301', withNursingModules()) });
});

async function make(occupation: string, opts: { lang?: string; from?: string; data?: LoadedIndex } = {}): Promise<McRecommendations> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${opts.lang ?? 'en'}><mc-recommendations occupation=${occupation} .from=${opts.from ?? null}></mc-recommendations></div>`,
  );
  const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
  el.index = opts.data ?? index;
  await settled(el);
  return el;
}
const $ = (el: McRecommendations, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const notice = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll('[part~=notice] p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
const cardCount = (el: McRecommendations) => el.shadowRoot!.querySelectorAll('mc-program-card').length;

async function choose(el: McRecommendations, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settled(el);
}

describe('mc-recommendations: a catalogue with little for the occupation', () => {
  describe('accessibility', () => {
    it('with no program, and with fewer than five', async () => {
      await expect(await make('72106', { data: withoutWelding })).to.be.accessible();
      await expect(await make('72106')).to.be.accessible();
      await expect(await make('72106', { lang: 'fr' })).to.be.accessible();
    });
  });

  describe('notice', () => {
    it('with no program, says the catalogue has none and points to what else the page offers', async () => {
      const el = await make('72106', { data: withoutWelding });
      expect(cardCount(el)).to.equal(0);
      expect($(el, '[part=list]')).to.equal(null);
      expect(notice(el)).to.deep.equal(['This catalogue has no program that teaches the core skills of Welders and related machine operators.']);
    });

    it('a move with no program still shows the plan, below the notice, in en and fr', async () => {
      // Family physicians have no program here; from practical nurses, medication administration carries over.
      const el = await make('31102', { from: '32101' });
      expect(cardCount(el)).to.equal(0);
      expect(notice(el)[0]).to.equal(
        'No program in this catalogue teaches what General practitioners and family physicians need beyond Licensed practical nurses yet.',
      );
      const plan = $(el, '[part=plan]')!;
      expect(plan, 'the plan').to.exist;
      const items = (sel: string) => [...plan.querySelectorAll(`${sel} > li`)].map((li) => li.textContent!.trim());
      expect(items('ul.plan-have')).to.deep.equal(['Medication administration']);
      expect(items('ul.plan-need')).to.have.members(['Clinical judgement', 'Health assessment', 'Pathology']);
      const words = plan.textContent!.replace(/\s+/g, ' ');
      expect(words).to.contain('No recommended program in English or French covers the key skills you need.');
      expect(words, 'no list follows').to.not.contain('The full list of programs follows.');
      expect($(el, '[part~=notice]')!.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
      const fr = await make('31102', { from: '32101', lang: 'fr' });
      expect($(fr, '[part=plan] #plan-have')!.textContent!.trim()).to.equal('Compétences que vous avez sans doute déjà');
      // The occupation alone, with no program: no plan, as before (its key skills are no move's).
      expect($(await make('31102'), '[part=plan]')).to.equal(null);
    });

    it('with fewer than five, says how few above the list and shows only those', async () => {
      const el = await make('72106');
      expect(cardCount(el)).to.equal(2);
      expect(notice(el)).to.deep.equal([
        'This catalogue has little for Welders and related machine operators: only 2 programs show signs of teaching its core skills.',
        'Each program below says how well it matches and which key skills it covers. A partial match may teach only part of this work, or something else that uses the same words.',
      ]);
      const box = $(el, '[part=notice]')!;
      expect(box.compareDocumentPosition($(el, '[part=list]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(notice(await make('64100'))[0]).to.equal(
        'This catalogue has little for Retail salespersons and visual merchandisers: only 1 program shows signs of teaching its core skills.',
      );
    });

    it('words a move between occupations as such', async () => {
      const el = await make('33102', { from: '31301' });
      expect(cardCount(el)).to.equal(1);
      expect(notice(el)[0]).to.equal(
        'This catalogue has little for the move from Registered nurses and registered psychiatric nurses to Nurse aides, orderlies and patient service associates: only 1 program shows signs of teaching the skills it takes.',
      );
    });

    it('shows no notice with five programs or more', async () => {
      const el = await make('31301');
      expect(cardCount(el)).to.be.greaterThan(4);
      expect($(el, '[part~=notice]')).to.equal(null);
    });

    it('with five programs or more, all partial matches, says none is a strong match', async () => {
      const el = await make('31301', { data: partialNursing });
      expect(cardCount(el)).to.be.greaterThan(4);
      const strengths = [...el.shadowRoot!.querySelectorAll('mc-program-card')].map(
        (c) => (c as HTMLElement & { recommendation: { strength?: string } }).recommendation.strength,
      );
      expect(strengths.every((s) => s === 'moderate')).to.equal(true);
      const found = Number(/\d+/.exec($(el, '[part=heading]')!.textContent!)![0]);
      expect(found).to.be.greaterThan(cardCount(el) - 1);
      // Then, once ranked, the related occupations with a strong match (below).
      expect(notice(el).slice(0, 2)).to.deep.equal([
        `No program in this catalogue is a strong match for Registered nurses and registered psychiatric nurses: all ${found} found are partial matches.`,
        'Each program below says how well it matches and which key skills it covers. A partial match may teach only part of this work, or something else that uses the same words.',
      ]);
      // Read right after the heading, before the plan that suggests some of these programs.
      const box = $(el, '[part=notice]')!;
      expect($(el, '[part=heading]')!.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(box.compareDocumentPosition($(el, '[part=plan]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('words a move between occupations with partial matches only as such', async () => {
      const el = await make('31301', { from: '32101', data: partialNursing });
      expect(cardCount(el)).to.be.greaterThan(0);
      expect(notice(el)[0]).to.match(
        /^No program in this catalogue is a strong match for the move from Licensed practical nurses to Registered nurses and registered psychiatric nurses: (the one found is a partial match|all \d+ found are partial matches)\.$/,
      );
    });

    it('with partial matches only, names related occupations that have a strong match here, with how many', async () => {
      const el = await make('31301', { data: partialNursing });
      await waitUntil(() => $(el, '[part~=nearby]'), 'related occupations', { timeout: 5000 });
      expect($(el, '#nearby-label')!.textContent).to.equal('Programs in this catalogue for related occupations:');
      const items = [...el.shadowRoot!.querySelectorAll('[part~=nearby] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items.length).to.be.within(1, 3);
      for (const item of items) expect(item).to.match(/\(\d+ strong match(es)?\)/);
      const strong = (code: string) => recommend(partialNursing, { occupation: code, lang: 'en', limit: 50 }).filter((r) => r.strength === 'strong').length;
      const named = [...el.shadowRoot!.querySelectorAll('[part~=nearby] button')].map(
        (b) => [...partialNursing.occupations.values()].find((o) => o.title.en === b.textContent!.trim())!.code,
      );
      for (const [k, code] of named.entries()) expect(items[k]).to.contain(`(${strong(code)} strong match`);
      await expect(el).to.be.accessible();
    });

    it('shows no notice when the person’s filters narrowed the list: the catalogue has more', async () => {
      const el = await make('31301');
      await choose(el, '#max-cost', '0');
      expect(cardCount(el)).to.be.within(1, 4);
      expect($(el, '[part~=notice]')).to.equal(null);
      await choose(el, '#max-hours', '10');
      expect(cardCount(el)).to.equal(0);
      expect($(el, '[part~=notice]')).to.equal(null);
      expect($(el, '[part=state]')!.textContent).to.contain('No programs match these filters');
    });
  });

  describe('French', () => {
    it('words the notice in French, with plurals', async () => {
      expect(notice(await make('72106', { lang: 'fr' }))).to.deep.equal([
        'Ce catalogue offre peu pour la profession « Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser » : seulement 2 programmes semblent enseigner ses compétences principales.',
        'Chaque programme ci-dessous indique à quel point il correspond et quelles compétences clés il couvre. Une correspondance partielle peut n’enseigner qu’une partie de ce travail, ou autre chose qui emploie les mêmes mots.',
      ]);
      expect(notice(await make('64100', { lang: 'fr' }))[0]).to.contain('seulement 1 programme semble enseigner ses compétences principales');
      expect(notice(await make('31301', { lang: 'fr', data: partialNursing }))[0]).to.match(
        /^Aucun programme de ce catalogue ne correspond fortement à la profession « .+ » : les \d+ programmes trouvés ne sont que des correspondances partielles\.$/,
      );
      expect(notice(await make('72106', { lang: 'fr', data: withoutWelding }))).to.deep.equal([
        'Ce catalogue n’a aucun programme qui enseigne les compétences principales de la profession « Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser ».',
      ]);
    });
  });
});
