import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { findPrograms } from '../../../src/core/rank/rank-find.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { holdFetches, liveRegionShown } from '../../fixtures/browser/live-region.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

/** Cards appear a few per task (the list is aria-busy meanwhile): wait for all. */
async function settled(el: McSkillFinder): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') !== 'true', 'all cards rendered');
}

async function make(template = html`<mc-skill-finder></mc-skill-finder>`): Promise<McSkillFinder> {
  const el = await fixture<McSkillFinder>(template);
  el.index = index;
  await el.updateComplete;
  return el;
}
const $ = (el: McSkillFinder, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: McSkillFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const input = (el: McSkillFinder) => $(el, 'input[role=combobox]') as HTMLInputElement;
const options = (el: McSkillFinder) => $$(el, '[role=option]').map((o) => o.textContent!.trim());
const chips = (el: McSkillFinder) => $$(el, '[part=chips] li > span').map((s) => s.textContent!.trim());
const cards = (el: McSkillFinder) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
const live = (el: McSkillFinder) => $(el, 'p[role=status]')!.textContent!.trim();

async function type(el: McSkillFinder, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}
async function press(el: McSkillFinder, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}
async function pick(el: McSkillFinder, text: string): Promise<void> {
  await type(el, text);
  await press(el, 'ArrowDown');
  await press(el, 'Enter');
  await settled(el);
}
async function select(el: McSkillFinder, n: number): Promise<void> {
  for (const box of $$(el, 'input[type=checkbox]').slice(0, n)) (box as HTMLInputElement).click();
  await el.updateComplete;
}

describe('mc-skill-finder', () => {
  describe('accessibility in every state', () => {
    it('start (prompt)', async () => {
      const el = await make();
      expect($(el, '[part=state]')!.textContent).to.contain('Choose one or more skills');
      await expect(el).to.be.accessible();
    });
    it('suggestions open', async () => {
      const el = await make();
      await type(el, 'care');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'ArrowDown');
      await expect(el).to.be.accessible();
    });
    it('no matching skill', async () => {
      const el = await make();
      await type(el, 'zzzq');
      expect(el.shadowRoot!.textContent).to.contain('No skill matches “zzzq”');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });
    it('results with chips and a selection', async () => {
      const el = await make();
      await pick(el, 'patient');
      await select(el, 2);
      await expect(el).to.be.accessible();
    });
    it('review before sending', async () => {
      const el = await make();
      await pick(el, 'patient');
      await select(el, 2);
      ($(el, '[part=bar] button:not(.link)') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('no data source set by the page', async () => {
      const el = await fixture<McSkillFinder>(html`<mc-skill-finder></mc-skill-finder>`);
      expect($(el, '[part=state]')!.textContent).to.contain('the src attribute');
      await expect(el).to.be.accessible();
    });
    it('pending, then error with Retry', async () => {
      // The missing index's 404 can come back within a frame, before the live region, empty for
      // a frame, may speak: held back so the pending state lasts.
      const release = holdFetches(500);
      try {
        const el = await fixture<McSkillFinder>(html`<mc-skill-finder src="/tests/elements/mc-skill-finder/missing/index.json"></mc-skill-finder>`);
        expect($(el, '[part=state]')!.textContent).to.contain('Loading');
        await liveRegionShown(el);
        // Said by the element's live region (a role="status" box inserted already filled goes unheard);
        // the other, the notice of inquiries saved on this device, is silent here.
        expect($$(el, '[role=status]').map((s) => s.textContent!.trim())).to.deep.equal(['', 'Loading…']);
        expect($(el, '[part=outbox] [role=status]')!.textContent!.trim()).to.equal('');
        expect($(el, '[part=state]')!.hasAttribute('role')).to.equal(false);
        await waitUntil(() => $(el, '.state.error'), 'error state', { timeout: 5000 });
        expect($(el, '.state.error button')!.textContent).to.contain('Retry');
        await expect(el).to.be.accessible();
      } finally {
        release();
      }
    });
  });

  describe('skill picker (combobox)', () => {
    it('suggests vocabulary skills by word starts, accent-free', async () => {
      const el = await make();
      await type(el, 'infec');
      expect(options(el)).to.deep.equal(['Infection control']);
      input(el).value = '';
      await type(el, 'CARE');
      expect(options(el)).to.include.members(['Patient care', 'Personal care']);
    });

    it('once typing pauses, says how many skills it suggests, or the note under the field when none matches', async () => {
      const el = await make();
      await type(el, 'care');
      expect(live(el), 'nothing while typing').to.equal('');
      await waitUntil(() => live(el) !== '', 'said after the pause', { timeout: 2000 });
      expect(live(el)).to.equal(`${options(el).length} skills found.`);
      input(el).value = '';
      await type(el, 'zzzq');
      await waitUntil(() => live(el).startsWith('No skill'), 'said after the pause', { timeout: 2000 });
      // The test index holds the French labels too: both languages were searched.
      expect(live(el)).to.equal('No skill matches “zzzq”, in English or in French. Try a shorter or more general word.');
    });

    it('suggests skills some program teaches before those none does', async () => {
      const el = await make();
      await type(el, 'pat');
      expect(options(el)).to.deep.equal(['Patient care', 'Pathology']);
    });

    it('Down/Up move the active option; Enter adds it as a chip and announces it', async () => {
      const el = await make();
      await type(el, 'care');
      await press(el, 'ArrowDown');
      const first = $$(el, '[role=option]')[0]!;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(first.id);
      expect(first.getAttribute('aria-selected')).to.equal('true');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowUp');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(first.id);
      const label = first.textContent!.trim();
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal([label]);
      expect(input(el).value).to.equal('');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(live(el)).to.match(new RegExp(`^${label} added\\. 1 skill chosen\\. (1 program matches|\\d+ programs match)\\.$`));
    });

    it('Escape closes the list, then clears the text', async () => {
      const el = await make();
      await type(el, 'weld');
      await press(el, 'Escape');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('weld');
      await press(el, 'Escape');
      expect(input(el).value).to.equal('');
    });

    it('does not suggest a skill already chosen', async () => {
      const el = await make();
      await pick(el, 'welding');
      await type(el, 'weld');
      expect(options(el)).to.not.include('Welding');
    });

    it('removes a chip with its button, announces it and keeps focus sensible', async () => {
      const el = await make();
      await pick(el, 'patient');
      await pick(el, 'infection');
      const remove = $(el, '[part=chips] button') as HTMLButtonElement;
      expect(await accessibleNames('button')).to.include.members(['Remove Patient care', 'Remove Infection control']);
      remove.focus();
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal(['Infection control']);
      const left = findPrograms(index, { skills: ['sample:infection-control'], lang: 'en', limit: 100 }).length;
      expect(live(el)).to.equal(`Patient care removed. 1 skill chosen. ${left === 1 ? '1 program matches' : `${left} programs match`}.`);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-skill')).to.equal('sample:infection-control');
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });
  });

  describe('results', () => {
    it('lists the core findPrograms results with how many chosen skills each covers', async () => {
      const el = await make();
      await pick(el, 'patient');
      await pick(el, 'medication');
      const expected = findPrograms(index, { skills: ['sample:patient-care', 'sample:medication'], lang: 'en', limit: 100 });
      expect($(el, '[part=subheading]')!.textContent).to.equal(`${expected.length} programs teach at least one of these skills`);
      expect(cards(el).map((c) => c.recommendation!.program.id)).to.deep.equal(expected.slice(0, 12).map((r) => r.program.id));
      await cards(el)[0]!.updateComplete;
      expect(cards(el)[0]!.shadowRoot!.querySelector('[part=reason]')!.textContent).to.contain('2 skills');
      expect(cards(el)[0]!.hasAttribute('no-inquire')).to.equal(true);
      // What a card does not cover is the employer's chosen skills, not a job's key skills.
      const partial = cards(el).find((c) => c.recommendation!.gapSkills.length > 0)!;
      await partial.updateComplete;
      const gapLabel = partial.shadowRoot!.querySelector('ul.gap')!.getAttribute('aria-labelledby')!;
      expect(partial.shadowRoot!.getElementById(gapLabel)!.textContent).to.equal('Skills you chose that its description does not name');
    });

    it('presets from the skills property without firing anything', async () => {
      const el = await make();
      let fired = 0;
      for (const name of ['mc-recommend', 'mc-select', 'mc-inquire', 'mc-error']) el.addEventListener(name, () => fired++);
      el.skills = ['sample:welding'];
      await settled(el);
      expect(chips(el)).to.deep.equal(['Welding']);
      expect(cards(el).length).to.be.greaterThan(0);
      expect(fired).to.equal(0);
    });
  });

  describe('selection and the inquiry', () => {
    it('counts selected programs and names each checkbox after its program', async () => {
      const el = await make();
      await pick(el, 'patient');
      const box = $$(el, 'input[type=checkbox]')[0]!;
      const title = cards(el)[0]!.recommendation!.program.title.en;
      expect(box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Select ${title}`);
      await select(el, 3);
      expect($(el, '[part=bar] .count')!.textContent).to.equal('3 selected');
      expect(live(el)).to.equal('3 selected');
    });

    it('shows the programs by institution and what the inquiry holds, before sending', async () => {
      const el = await make();
      await pick(el, 'patient');
      await select(el, 3);
      const chosen = cards(el)
        .slice(0, 3)
        .map((c) => c.recommendation!.program);
      const providers = [...new Set(chosen.map((p) => p.provider))].sort();
      const inquire = $(el, '[part=bar] button:not(.link)') as HTMLButtonElement;
      expect(inquire.textContent!.trim()).to.equal('Send one inquiry about 3 programs');
      inquire.click();
      await el.updateComplete;
      const review = $(el, '[part=review]')!;
      expect(el.shadowRoot!.activeElement).to.equal(review.querySelector('[part=subheading]'));
      // Who receives it is the form's to say (it knows the endpoint): the panel only groups the programs.
      expect(review.querySelector('[part=subheading]')!.textContent).to.equal('Review your inquiry');
      expect($(el, '[part=review] > p')!.textContent).to.equal('The programs you chose, by institution:');
      expect([...review.querySelectorAll('.provider')].map((p) => p.textContent)).to.deep.equal(providers);
      for (const p of chosen) expect(review.textContent).to.contain(p.title.en);
      expect(review.textContent).to.contain('Nothing else from this page is sent');
      // Without the inquiry form on the page, the element says how to proceed instead.
      if (!customElements.get('mc-inquiry-form')) expect(review.textContent).to.contain('not available on this page');
      ($(el, '[part=review] button.secondary') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part=review]')).to.equal(null);
      expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('subheading');
      expect($(el, '[part=bar] .count')!.textContent).to.equal('3 selected');
    });

    it('words the review the same whatever the endpoint and the number of institutions: no recipient said outside the form', async () => {
      for (const template of [
        html`<mc-skill-finder routed></mc-skill-finder>`,
        html`<mc-skill-finder routed endpoint-owner="Lakeside Career Centre"></mc-skill-finder>`,
        html`<mc-skill-finder endpoint-owner="Lakeside Career Centre"></mc-skill-finder>`,
      ]) {
        for (const count of [1, 3]) {
          const el = await make(template);
          await pick(el, 'patient');
          await select(el, count);
          ($(el, '[part=bar] button:not(.link)') as HTMLButtonElement).click();
          await el.updateComplete;
          expect($(el, '[part=review] > p')!.textContent!.trim()).to.equal('The programs you chose, by institution:');
        }
      }
    });

    it('asks to select programs first when none is selected', async () => {
      const el = await make();
      await pick(el, 'patient');
      ($(el, '[part=bar] button:not(.link)') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part=review]')).to.equal(null);
      expect(live(el)).to.equal('Select the programs you want to ask about.');
    });
  });

  describe('events', () => {
    it('fires mc-error when the index cannot be loaded', async () => {
      const el = await fixture<McSkillFinder>(html`<mc-skill-finder></mc-skill-finder>`);
      setTimeout(() => {
        el.src = '/tests/elements/mc-skill-finder/missing/index.json';
      });
      const event = await oneEvent(el, 'mc-error');
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('parts', () => {
    it('exposes heading, input, listbox, option, chips, bar, list and review', async () => {
      const el = await make();
      await pick(el, 'patient');
      await type(el, 'care');
      await select(el, 1);
      for (const part of ['heading', 'input', 'listbox', 'option', 'chips', 'bar', 'list']) expect($(el, `[part~=${part}]`), part).to.not.equal(null);
    });
  });

  describe('French', () => {
    it('suggests French labels and words everything in French', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-skill-finder></mc-skill-finder></div>`);
      const el = wrap.querySelector('mc-skill-finder')!;
      el.index = index;
      await el.updateComplete;
      expect($(el, '[part=heading]')!.textContent).to.equal('Trouver des programmes pour votre équipe');
      await type(el, 'evaluation');
      expect(options(el)).to.deep.equal(['Évaluation de la santé']);
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(live(el)).to.match(/^Compétence ajoutée\u00a0: Évaluation de la santé\. 1 compétence choisie\. \d+ programmes? correspond/);
      await select(el, 2);
      expect($(el, '[part=bar] .count')!.textContent).to.equal('2 programmes sélectionnés');
    });

    it('reviews in French, each title read in its own language', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-skill-finder routed></mc-skill-finder></div>`);
      const el = wrap.querySelector('mc-skill-finder')!;
      el.index = index;
      await el.updateComplete;
      await pick(el, 'patient');
      await select(el, 3);
      // An English title, where a program has no French one, is read with an English voice: in the checkbox's name and in the list of who receives what.
      const programs = cards(el).map((c) => c.recommendation!.program);
      const langOf = (shown: string) => (programs.find((p) => [p.title.en, p.title.fr].includes(shown))!.title.fr ? null : 'en');
      const named = $$(el, 'label.check > span > .visually-hidden');
      expect(named.some((span) => langOf(span.textContent!) === 'en')).to.equal(true, 'some program has no French title');
      for (const span of named) expect(span.getAttribute('lang'), span.textContent!).to.equal(langOf(span.textContent!));
      ($(el, '[part=bar] button:not(.link)') as HTMLButtonElement).click();
      await el.updateComplete;
      for (const li of $$(el, '[part=review] li li')) expect(li.getAttribute('lang'), li.textContent!).to.equal(langOf(li.textContent!));
      expect($$(el, '[part=review] li li[lang=en]').length).to.be.greaterThan(0);
      expect($(el, '[part=review] [part=subheading]')!.textContent).to.equal('Vérifiez votre demande');
      expect($(el, '[part=review] > p')!.textContent!.trim()).to.equal('Les programmes choisis, par établissement\u00a0:');
      expect($(el, '[part=review]')!.textContent).to.contain('Rien d’autre de cette page n’est envoyé');
    });
  });
});
