import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { recommend } from '../../../src/core/rank/rank.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

async function make(template = html`<mc-recommendations occupation="31301"></mc-recommendations>`): Promise<McRecommendations> {
  const el = await fixture<McRecommendations>(template);
  el.index = index;
  await settled(el);
  return el;
}
const $ = (el: McRecommendations, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
const heading = (el: McRecommendations) => $(el, '[part=heading]')!.textContent!.trim();
const status = (el: McRecommendations) => $(el, '[role=status]')!.textContent!.trim();

async function choose(el: McRecommendations, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settled(el);
}
async function check(el: McRecommendations, labelText: string): Promise<void> {
  const label = [...el.shadowRoot!.querySelectorAll('label.check')].find((l) => l.textContent!.trim() === labelText)!;
  (label.querySelector('input') as HTMLInputElement).click();
  await settled(el);
}
/** The cards' strong matches come first, then the partial ones, each group by `sort`'s figure (unknown last). */
function expectStrongFirst(shown: readonly McProgramCard[], sort: 'hours' | 'cost'): void {
  const recs = shown.map((c) => c.recommendation!);
  const strengths = recs.map((r) => r.strength);
  const firstPartial = strengths.indexOf('moderate');
  expect(firstPartial, `${sort}: a partial match among the strong ones`).to.equal(strengths.lastIndexOf('strong') + 1);
  for (const group of [recs.slice(0, firstPartial), recs.slice(firstPartial)]) {
    const values = group.map((r) => (sort === 'hours' ? r.program.hours : r.program.costCad) ?? Infinity);
    expect(values, sort).to.deep.equal([...values].sort((a, b) => a - b));
  }
}
function total(occupation: string, from?: string): number {
  return recommend(index, { occupation, ...(from ? { from } : {}), lang: 'en', limit: 50 }).length;
}

describe('mc-recommendations', () => {
  describe('accessibility in every state', () => {
    it('prompt (no occupation)', async () => {
      const el = await make(html`<mc-recommendations></mc-recommendations>`);
      expect($(el, '[part=state]')!.textContent).to.contain('Choose an occupation');
      await expect(el).to.be.accessible();
    });
    it('results', async () => {
      await expect(await make()).to.be.accessible();
    });
    it('empty after filtering', async () => {
      const el = await make();
      await choose(el, '#max-cost', '0');
      await choose(el, '#max-hours', '10');
      await check(el, 'Hybrid');
      expect($(el, '[part=state]')!.textContent).to.contain('No programs match these filters');
      await expect(el).to.be.accessible();
    });
    it('no data source set by the page', async () => {
      const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
      expect($(el, '[part=state]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part=state]')!.textContent).to.contain('the src attribute');
      await expect(el).to.be.accessible();
    });
    it('pending, then error with Retry', async () => {
      const el = await fixture<McRecommendations>(
        html`<mc-recommendations occupation="31301" src="/tests/elements/mc-recommendations/no-such-index/index.json"></mc-recommendations>`,
      );
      expect($(el, '[part=state]')!.textContent).to.contain('Loading programs');
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '.state.error'), 'error state', { timeout: 5000 });
      expect($(el, '.state.error')!.getAttribute('role')).to.equal('alert');
      expect($(el, '.state.error button')!.textContent).to.contain('Retry');
      await expect(el).to.be.accessible();
    });
  });

  describe('results', () => {
    it('summarizes the count and occupation in a heading, then shows the first page of cards', async () => {
      const el = await make();
      const n = total('31301');
      expect(n).to.be.greaterThan(10);
      expect(heading(el)).to.equal(`${n} programs for Registered nurses and registered psychiatric nurses`);
      expect($(el, '[part=heading]')!.tagName).to.equal('H2');
      expect(cards(el)).to.have.length(10);
      expect(cards(el)[0]!.getAttribute('heading-level')).to.equal('3');
      expect($(el, '[part=more]')!.textContent).to.contain(`Showing 10 of ${n}`);
    });

    it('renders the first cards at once and the rest in later tasks, the list busy meanwhile', async () => {
      const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
      el.index = index;
      await el.updateComplete;
      expect(cards(el)).to.have.length(3);
      expect($(el, '[part=list]')!.getAttribute('aria-busy')).to.equal('true');
      await settled(el);
      expect(cards(el)).to.have.length(10);
      expect($(el, '[part=list]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('words gap mode as a move from one occupation to another', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
      const n = total('31301', '33102');
      expect(heading(el)).to.equal(
        `${n} program${n === 1 ? '' : 's'} to move from Nurse aides, orderlies and patient service associates to Registered nurses and registered psychiatric nurses`,
      );
    });

    it('says so for an unknown occupation code as <mc-labour-market> does: the errors’ wording, its box, mc-error once', async () => {
      // Its first render, before the index is set, reports no-source: left aside.
      const fired: Array<{ code: string; message: string; hint?: string }> = [];
      const el = await fixture<McRecommendations>(
        html`<mc-recommendations occupation="99999" @mc-error=${(e: CustomEvent) => (e.detail.code === 'no-source' ? null : fired.push(e.detail))}></mc-recommendations>`,
      );
      el.index = index;
      await settled(el);
      await aTimeout(0);
      const box = $(el, '[part=state]')!;
      const message = 'This occupation is not in the data this page uses. Choose another occupation, or tell the site owner.';
      expect(box.classList.contains('error')).to.be.true;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent!.trim()).to.equal(message);
      expect(box.querySelector('button'), 'no Retry: the index will not hold it later').to.equal(null);
      expect(fired.map((d) => [d.code, d.message])).to.deep.equal([['unknown-occupation', message]]);
      expect(fired[0]!.hint).to.contain('99999');
      // Re-rendering (the language, a filter) does not report it again; another unknown code does, a gap's `from` too.
      el.requestUpdate();
      await settled(el);
      await aTimeout(0);
      expect(fired).to.have.length(1);
      el.occupation = '31301';
      el.from = '88888';
      await settled(el);
      await aTimeout(0);
      expect(fired.map((d) => d.hint?.includes('88888'))).to.deep.equal([false, true]);
      await expect(el).to.be.accessible();
    });

    it('labels sample data', async () => {
      const el = await make();
      expect(el.shadowRoot!.textContent).to.contain('Sample programs from fictional institutions');
    });
  });

  describe('attributes', () => {
    it('provider restricts to one institution and hides that filter', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" provider="Bayview University (fictional)"></mc-recommendations>`);
      expect(cards(el).length).to.be.greaterThan(0);
      for (const card of cards(el)) expect(card.recommendation!.program.provider).to.equal('Bayview University (fictional)');
      expect($(el, '#provider')).to.equal(null);
    });

    it('limit sets the page size; heading-level the heading', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" limit="4" heading-level="3"></mc-recommendations>`);
      expect(cards(el)).to.have.length(4);
      expect($(el, '[part=heading]')!.tagName).to.equal('H3');
      expect(cards(el)[0]!.getAttribute('heading-level')).to.equal('4');
    });
  });

  describe('filters and sort', () => {
    it('narrows by maximum cost and announces the new count politely', async () => {
      const el = await make();
      await choose(el, '#max-cost', '0');
      const free = cards(el);
      expect(free.length).to.be.greaterThan(0);
      for (const card of free) expect(card.recommendation!.program.costCad).to.equal(0);
      expect(status(el)).to.equal(free.length === 1 ? '1 program matches.' : `${free.length} programs match.`);
    });

    it('narrows by delivery, language and OSAP together', async () => {
      const el = await make();
      await check(el, 'Online');
      await check(el, 'French');
      await check(el, 'OSAP eligible only');
      for (const card of cards(el)) {
        const p = card.recommendation!.program;
        expect(p.delivery).to.equal('online');
        expect(['fr', 'bilingual']).to.include(p.language);
        expect(p.osapEligible).to.equal(true);
      }
    });

    it('sorting by hours or cost lists the strong matches first, then the partial ones, each by the figure, and says so', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" limit="50"></mc-recommendations>`);
      for (const sort of ['hours', 'cost'] as const) {
        await choose(el, '#sort', sort);
        // The 25-hour, $350 partial match "n-01" is shorter and cheaper than most strong ones.
        expectStrongFirst(cards(el), sort);
      }
      expect(cards(el).at(-1)!.recommendation!.program.costCad, 'unknown cost last').to.equal(null);
      const hint = $(el, `#${$(el, '#sort')!.getAttribute('aria-describedby')}`)!;
      expect(hint.textContent!.trim()).to.equal('“Fewest hours” and “Lowest cost” list the strong matches first, then the partial matches.');
    });

    it('when the filters leave nothing, names the ones the person set, as the panel labels them', async () => {
      const el = await make();
      await check(el, 'OSAP eligible only');
      // No bilingual program says it is OSAP eligible.
      await check(el, 'English and French');
      const hint = () => [...$(el, '[part=state]')!.querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(hint()).to.deep.equal([
        'No programs match these filters.',
        'Change one of the filters you set (Language of instruction, OSAP eligible only), or clear the filters.',
      ]);
    });

    it('never advises a filter the page does not offer (a catalogue with one delivery and no costs)', async () => {
      const plain = await loadedIndex({
        programs: withNursingModules().map((p) => ({ ...p, delivery: 'online' as const, costCad: null, osapEligible: false })),
      });
      for (const lang of ['en', 'fr']) {
        const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-recommendations occupation="31301"></mc-recommendations></div>`);
        const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
        el.index = plain;
        await settled(el);
        expect($(el, '#max-cost'), 'no cost filter').to.equal(null);
        await check(el, lang === 'en' ? 'OSAP eligible only' : 'Admissibles au RAFEO seulement');
        const hint = $(el, '[part=state]')!.querySelectorAll('p')[1]!.textContent!.trim();
        expect(hint).to.equal(
          lang === 'en'
            ? 'Change the filter “OSAP eligible only”, or clear the filters.'
            : 'Modifiez le filtre «\u00a0Admissibles au RAFEO seulement\u00a0», ou effacez les filtres.',
        );
      }
    });

    it('sorting by hours or cost reorders the programs the ranking returned, and adds none', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" limit="50"></mc-recommendations>`);
      const ids = () => cards(el).map((c) => c.recommendation!.program.id);
      const ranked = recommend(index, { occupation: '31301', lang: 'en', limit: 50 }).map((r) => r.program.id);
      expect(ids()).to.deep.equal(ranked);
      // Shorter and cheaper than most nursing programs, but it teaches none of the work.
      expect(ranked).not.to.include('python-basics');
      for (const sort of ['hours', 'cost']) {
        await choose(el, '#sort', sort);
        expect(ids()).to.not.deep.equal(ranked);
        expect([...ids()].sort()).to.deep.equal([...ranked].sort());
      }
    });

    it('shows filters open on a wide viewport and collapsed on a phone-sized one, with the active count', async () => {
      const wide = await make();
      expect(($(wide, '[part=filters]') as HTMLDetailsElement).open).to.equal(true);
      await setViewport({ width: 360, height: 800 });
      try {
        const narrow = await make();
        const details = $(narrow, '[part=filters]') as HTMLDetailsElement;
        expect(details.open).to.equal(false);
        const summary = details.querySelector('summary')!;
        summary.focus();
        await sendKeys({ press: 'Enter' });
        await narrow.updateComplete;
        expect(details.open).to.equal(true);
        await choose(narrow, '#max-cost', '0');
        await check(narrow, 'Online');
        expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filter and sort programs (2 active)');
        expect(details.open).to.equal(true);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('suggests widening when nothing matches, and Clear filters restores the list', async () => {
      const el = await make();
      await choose(el, '#max-cost', '0');
      await choose(el, '#max-hours', '10');
      expect(cards(el)).to.have.length(0);
      expect($(el, '[part=state]')!.textContent).to.contain('Change one of the filters you set (Maximum hours, Maximum cost), or clear the filters.');
      ($(el, '[part=state] button') as HTMLButtonElement).click();
      await settled(el);
      expect(cards(el)).to.have.length(10);
    });
  });

  describe('events', () => {
    it('fires mc-recommend when a filter change shows recommendations', async () => {
      const el = await make();
      setTimeout(() => void choose(el, '#max-cost', '0'));
      const event = await oneEvent(el, 'mc-recommend');
      expect(event.detail).to.deep.equal({ occupation: '31301', count: cards(el).length });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires mc-recommend with from after choose()', async () => {
      const el = await make(html`<mc-recommendations></mc-recommendations>`);
      setTimeout(() => el.choose('31301', '33102'));
      const event = await oneEvent(el, 'mc-recommend');
      expect(event.detail).to.deep.equal({ occupation: '31301', from: '33102', count: total('31301', '33102') });
    });

    it('fires again when the person makes the same choice again, not for an unknown code', async () => {
      const el = await make(html`<mc-recommendations></mc-recommendations>`);
      let count = 0;
      el.addEventListener('mc-recommend', () => count++);
      el.choose('31301');
      await settled(el);
      el.choose('31301');
      await settled(el);
      expect(count).to.equal(2);
      el.choose('99999');
      await settled(el);
      el.occupation = '31301';
      await settled(el);
      expect(count).to.equal(2);
    });

    it('fires nothing on programmatic property sets', async () => {
      const el = await make(html`<mc-recommendations></mc-recommendations>`);
      let fired = 0;
      el.addEventListener('mc-recommend', () => fired++);
      el.occupation = '31301';
      await settled(el);
      el.from = '33102';
      el.provider = 'Bayview University (fictional)';
      await settled(el);
      await aTimeout(20);
      expect(cards(el).length).to.be.greaterThan(0);
      expect(fired).to.equal(0);
      // Nor is anything announced: only a person's filter change speaks.
      expect(status(el)).to.equal('');
    });

    it('shows an error instead of throwing into the page when ranking fails', async () => {
      // An index without its ranking structures makes the core throw; the element contains it.
      const broken = { ...index, ranking: undefined } as unknown as LoadedIndex;
      const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
      let detail: { code: string; message: string } | null = null;
      el.addEventListener('mc-error', (e) => (detail = e.detail));
      el.index = broken;
      await el.updateComplete;
      await aTimeout(0);
      const state = $(el, '[part=state]')!;
      expect(state.classList.contains('error')).to.equal(true);
      expect(state.getAttribute('role')).to.equal('alert');
      expect(detail).to.deep.equal({ code: 'unknown', message: state.textContent!.trim() });
      let again = 0;
      el.addEventListener('mc-error', () => again++);
      el.region = 'ER35';
      await el.updateComplete;
      await aTimeout(0);
      expect(again, 'reported once, not on every re-render').to.equal(0);
    });

    it('fires mc-error when the index cannot be loaded', async () => {
      const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
      setTimeout(() => {
        el.src = '/tests/elements/mc-recommendations/no-such-index/index.json';
      });
      const event = await oneEvent(el, 'mc-error');
      expect(event.detail.code).to.be.a('string');
      expect(event.detail.message).to.match(/\w+/);
    });
  });

  describe('keyboard', () => {
    it('filters work from the keyboard: Space on a checkbox, arrows on a select', async () => {
      const el = await make();
      const online = [...el.shadowRoot!.querySelectorAll('label.check')].find((l) => l.textContent!.trim() === 'Online')!;
      (online.querySelector('input') as HTMLInputElement).focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      for (const card of cards(el)) expect(card.recommendation!.program.delivery).to.equal('online');
      const sort = $(el, '#sort') as HTMLSelectElement;
      sort.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(sort.value).to.equal('hours');
      expectStrongFirst(cards(el), 'hours');
    });

    it('Show more reveals the next page and moves focus to its first program', async () => {
      const el = await make(html`<mc-recommendations occupation="31301" limit="5"></mc-recommendations>`);
      const more = $(el, '[part=more] button') as HTMLButtonElement;
      expect(more.textContent!.trim()).to.equal('Show 5 more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(cards(el)).to.have.length(10);
      await waitUntil(() => cards(el)[5]!.shadowRoot!.activeElement, 'focus on the sixth card');
      expect(cards(el)[5]!.shadowRoot!.activeElement!.getAttribute('part')).to.equal('title');
    });
  });

  describe('parts', () => {
    it('exposes heading, filters, list, card and more', async () => {
      const el = await make();
      for (const part of ['heading', 'filters', 'list', 'card', 'more']) expect($(el, `[part~=${part}]`), part).to.not.equal(null);
    });

    it('lets the page style the parts of the cards through card-* exported parts', async () => {
      const style = document.createElement('style');
      style.textContent = 'mc-recommendations::part(card-title) { color: rgb(200, 0, 0); }';
      document.head.append(style);
      try {
        const el = await make();
        await cards(el)[0]!.updateComplete;
        const title = cards(el)[0]!.shadowRoot!.querySelector('[part=title]')!;
        expect(getComputedStyle(title).color).to.equal('rgb(200, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('French', () => {
    it('renders the summary, filters and cards in French', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-recommendations occupation="31301"></mc-recommendations></div>`);
      const el = wrap.querySelector('mc-recommendations')!;
      el.index = index;
      await settled(el);
      const n = total('31301');
      expect(heading(el)).to.equal(
        `${n} programmes pour la profession «\u00a0Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées\u00a0»`,
      );
      expect($(el, '[part=filters] > summary')!.textContent!.trim()).to.equal('Filtrer et trier les programmes');
      expect(($(el, '#sort') as HTMLSelectElement).options[0]!.textContent!.trim()).to.equal('Pertinence');
      expect($(el, '#sort-hint')!.textContent!.trim()).to.equal(
        'Les tris «\u00a0Durée la plus courte\u00a0» et «\u00a0Coût le plus bas\u00a0» placent les fortes correspondances en premier, puis les correspondances partielles.',
      );
      // The hint names the orders by the labels the select offers, in quotes.
      const labels = [...($(el, '#sort') as HTMLSelectElement).options].slice(1).map((option) => option.textContent!.trim());
      for (const label of labels) expect($(el, '#sort-hint')!.textContent).to.contain(`«\u00a0${label}\u00a0»`);
      await cards(el)[0]!.updateComplete;
      expect(cards(el)[0]!.shadowRoot!.textContent).to.contain('Compétences clés à acquérir qu’il enseigne');
    });
  });
});
