import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex, Recommendation } from '../../../src/core/model/loaded.js';
import { recommend } from '../../../src/core/rank/rank.js';
import type { Program } from '../../../src/core/index-format/schema.js';
import { PROGRAMS, loadedIndex, withNursingModules } from '../../fixtures/index/index.js';

let index: LoadedIndex;
let rec: Recommendation;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
  rec = recommend(index, { occupation: '31301', lang: 'en', limit: 1 })[0]!;
});

const program = (over: Partial<Program> = {}): Program => ({ ...PROGRAMS[0]!, ...over });

async function card(p: Program | null, r: Recommendation | null = null, attrs = html``): Promise<McProgramCard> {
  const el = await fixture<McProgramCard>(html`<mc-program-card .program=${p} .recommendation=${r}>${attrs}</mc-program-card>`);
  await el.updateComplete;
  return el;
}
const $ = (el: McProgramCard, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: McProgramCard, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const facts = (el: McProgramCard) =>
  Object.fromEntries($$(el, '.fact').map((f) => [f.querySelector('dt')!.textContent!.trim(), f.querySelector('dd')!.textContent!.trim()]));

describe('mc-program-card', () => {
  describe('accessibility', () => {
    it('is accessible with a recommendation', async () => {
      await expect(await card(null, rec)).to.be.accessible();
    });
    it('is accessible with a bare program and with nothing to show', async () => {
      await expect(await card(program())).to.be.accessible();
      await expect(await card(null)).to.be.accessible();
    });
    it('is accessible in French', async () => {
      const el = await fixture<McProgramCard>(html`<div lang="fr"><mc-program-card .recommendation=${rec}></mc-program-card></div>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('content', () => {
    it('program defaults to recommendation.program, and a program set from code wins', async () => {
      const el = await card(null, rec);
      expect(el.program).to.equal(rec.program);
      const other = program({ id: 'other', title: { en: 'Another program', fr: 'Un autre programme' } });
      el.program = other;
      await el.updateComplete;
      expect(el.program).to.equal(other);
      expect($(el, '[part=title]')!.textContent).to.equal('Another program');
      el.program = null;
      await el.updateComplete;
      expect(el.program).to.equal(rec.program);
      expect($(el, '[part=title]')!.textContent).to.equal(rec.program.title.en);
    });

    it('says so when there is no program', async () => {
      const el = await card(null);
      expect($(el, '[part=card]')!.textContent).to.contain('No program to show');
    });

    it('shows title, provider and facts, with money through Intl', async () => {
      const el = await card(program({ hours: 120, costCad: 1800, delivery: 'hybrid', language: 'bilingual', osapEligible: true }));
      expect($(el, '[part=title]')!.textContent).to.equal('Nursing practice refresher');
      expect($(el, '[part=provider]')!.textContent).to.contain('Sample College');
      expect(facts(el)).to.deep.include({
        Hours: '120 hours',
        Cost: '$1,800',
        Delivery: 'Hybrid',
        Language: 'English and French',
        OSAP: 'Eligible',
        Credential: 'Certificate',
      });
    });

    it('says "Free" for 0, "Cost not listed" for null, and not-listed facts plainly', async () => {
      expect(facts(await card(program({ costCad: 0 }))).Cost).to.equal('Free');
      const el = await card(program({ costCad: null, hours: null, delivery: null, language: null, osapEligible: null, credential: null }));
      const f = facts(el);
      expect(f.Cost).to.equal('Cost not listed');
      expect(f.Hours).to.equal('Not listed');
      expect(f.OSAP).to.equal('Not listed');
      expect(f).not.to.have.property('Credential');
    });

    it('shows the core reason and the covered and missing skills as labelled lists', async () => {
      const el = await card(null, rec);
      const reason = $(el, '[part=reason]')!.textContent!;
      expect(reason).to.contain(rec.reasons[0]!.text);
      const matched = $(el, 'ul.matched')!;
      expect(matched.getAttribute('aria-labelledby')).to.be.a('string');
      const labelId = matched.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Skills it covers');
      expect([...matched.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(rec.matchedSkills.map((s) => s.label));
      if (rec.gapSkills.length > 0) {
        expect([...$(el, 'ul.gap')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(rec.gapSkills.map((s) => s.label));
      }
    });

    it('lists a skill once when the vocabulary files it twice with other capitals', async () => {
      const ref = (label: string, index: number) => ({ index, id: `x:${index}`, label, weight: 0.5 });
      const twice: Recommendation = {
        ...rec,
        matchedSkills: [ref('Accounting', 0), ref('maintain financial records', 1), ref('accounting', 2)],
        gapSkills: [ref('ACCOUNTING', 3), ref('use spreadsheets software', 4)],
      };
      const el = await card(null, twice);
      expect($$(el, 'ul.matched li').map((li) => li.textContent)).to.deep.equal(['Accounting', 'maintain financial records']);
      expect($$(el, 'ul.gap li').map((li) => li.textContent)).to.deep.equal(['use spreadsheets software']);
    });

    it('says "1 hour" and, in French, "heure" below 2 ("1,5 heure", "2 heures"), as the number shows', async () => {
      const frFacts = async (over: Partial<Program>) => {
        const el = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-program-card .program=${program(over)}></mc-program-card></div>`);
        const c = el.querySelector('mc-program-card')!;
        await c.updateComplete;
        return facts(c);
      };
      expect((await frFacts({ hours: 1 })).Heures).to.equal('1 heure');
      expect((await frFacts({ hours: 1.5 })).Heures).to.equal('1,5 heure');
      expect((await frFacts({ hours: 2 })).Heures).to.equal('2 heures');
      expect((await frFacts({ hours: 1.96 })).Heures, 'shown as 2').to.equal('2 heures');
      expect(facts(await card(program({ hours: 1 }))).Hours).to.equal('1 hour');
      expect(facts(await card(program({ hours: 1.5 }))).Hours).to.equal('1.5 hours');
    });

    it('in French, a fact not listed agrees with its label: « Langue : Non précisée », « Heures : Durée non précisée »', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div lang="fr"><mc-program-card .program=${program({ hours: null, delivery: null, language: null, osapEligible: null })}></mc-program-card></div>`,
      );
      const c = el.querySelector('mc-program-card')!;
      await c.updateComplete;
      expect(facts(c)).to.deep.include({ Heures: 'Durée non précisée', 'Mode de prestation': 'Non précisé', Langue: 'Non précisée', RAFEO: 'Non précisé' });
    });

    it('names the credential in French on a French page, and keeps one it does not know as written', async () => {
      const fr = async (credential: string) => {
        const el = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-program-card .program=${program({ credential })}></mc-program-card></div>`);
        const c = el.querySelector('mc-program-card')!;
        await c.updateComplete;
        return facts(c)['Titre obtenu'];
      };
      expect(await fr('Micro-credential')).to.equal('Microcertification');
      expect(await fr('Digital badge')).to.equal('Badge numérique');
      expect(await fr('Red Seal endorsement')).to.equal('Red Seal endorsement');
      expect(facts(await card(program({ credential: 'Micro-credential' })))['Credential']).to.equal('Micro-credential');
    });

    it('renders HTML in data as text', async () => {
      const el = await card(program({ title: { en: '<img src=x onerror=alert(1)> <b>Bold</b>', fr: '' }, description: { en: '<script>x</script>', fr: '' } }));
      expect($(el, '[part=title]')!.textContent).to.equal('<img src=x onerror=alert(1)> <b>Bold</b>');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('uses the heading level asked for, clamped to 2-6', async () => {
      const el = await fixture<McProgramCard>(html`<mc-program-card heading-level="4" .program=${program()}></mc-program-card>`);
      expect($(el, '[part=title]')!.tagName).to.equal('H4');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part=title]')!.tagName).to.equal('H6');
    });

    it('hides the Inquire button with no-inquire', async () => {
      const el = await fixture<McProgramCard>(html`<mc-program-card no-inquire .program=${program()}></mc-program-card>`);
      expect($(el, 'button')).to.equal(null);
    });
  });

  describe('links', () => {
    it('links only to a safe https URL, in a new tab, saying so', async () => {
      const el = await card(program({ url: ' HTTPS://Example.org/Nursing ' }));
      const a = $(el, 'a[part=link]') as HTMLAnchorElement;
      expect(a.getAttribute('href')).to.equal('https://example.org/Nursing');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.contain('(opens in a new tab)');
    });

    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'http://example.org/x',
      '//example.org/x',
    ]) {
      it(`never links ${JSON.stringify(url)}`, async () => {
        const el = await card(program({ url }));
        expect($(el, 'a')).to.equal(null);
        expect(el.shadowRoot!.innerHTML).not.to.match(/javascript:|data:text|vbscript:/i);
      });
    }
  });

  describe('events', () => {
    it('fires mc-program-open with the program id when the link is followed', async () => {
      const el = await card(program());
      const a = $(el, 'a')!;
      // Keep the test page where it is: only the event matters here.
      a.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => a.click());
      const event = await oneEvent(el, 'mc-program-open');
      expect(event.detail).to.deep.equal({ programId: 'nursing-refresher' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires mc-inquire-request from the Inquire button, by keyboard too', async () => {
      const el = await card(program());
      const button = $(el, 'button')!;
      button.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'mc-inquire-request');
      expect(event.detail).to.deep.equal({ programId: 'nursing-refresher', program: program() });
      expect(event.composed).to.equal(true);
    });

    it('hands the recommended program in mc-inquire-request, for an inquiry form', async () => {
      const el = await card(null, rec);
      setTimeout(() => $(el, 'button.secondary')!.click());
      const { detail } = await oneEvent(el, 'mc-inquire-request');
      expect(detail.programId).to.equal(rec.program.id);
      expect(detail.program).to.equal(rec.program);
    });

    it('fires nothing when properties are set from code', async () => {
      const el = await card(program());
      let fired = 0;
      el.addEventListener('mc-program-open', () => fired++);
      el.addEventListener('mc-inquire-request', () => fired++);
      el.program = program({ id: 'other' });
      el.recommendation = rec;
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('focus and parts', () => {
    it('focus() moves to the title', async () => {
      const el = await card(program());
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=title]'));
    });

    it('exposes the documented parts', async () => {
      const el = await card(null, rec);
      for (const part of ['card', 'title', 'provider', 'facts', 'reason', 'skills', 'link', 'actions']) {
        expect($(el, `[part~=${part}]`), part).to.not.equal(null);
      }
    });
  });

  describe('French', () => {
    it('renders labels, money and the French title, marking English fallbacks', async () => {
      const frRec = recommend(index, { occupation: '31301', lang: 'fr', limit: 50 }).find((r) => r.program.id === 'nursing-refresher')!;
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-program-card .recommendation=${frRec}></mc-program-card></div>`);
      const el = wrap.querySelector('mc-program-card')!;
      await el.updateComplete;
      expect($(el, '[part=title]')!.textContent).to.equal('Mise à jour de la pratique infirmière');
      expect(facts(el)['Coût']).to.equal('1\u00a0800\u00a0$');
      expect($(el, 'button')!.textContent).to.contain('Se renseigner');
      expect($(el, 'a')!.textContent).to.contain('nouvel onglet');
      expect([...el.shadowRoot!.querySelectorAll('.skills li')].every((li) => !li.hasAttribute('lang'))).to.equal(true);
      // A skill the vocabulary has no French label for is shown in English, marked as such.
      const [first, ...rest] = frRec.matchedSkills;
      el.recommendation = { ...frRec, matchedSkills: [{ ...first!, label: 'Patient care', labelLang: 'en' }, ...rest] };
      await el.updateComplete;
      expect($(el, '.skills li')!.getAttribute('lang')).to.equal('en');
      el.program = program({ id: 'x', title: { en: 'English only', fr: '' } });
      el.recommendation = null;
      await el.updateComplete;
      expect($(el, '[part=title]')!.getAttribute('lang')).to.equal('en');
    });

    it('names its link and buttons « Nom\u00a0: titre », an English title marked lang="en", Undo too', async () => {
      const english = { ...rec.program, title: { en: 'Nursing Refresher', fr: '' } };
      const wrap = await fixture<HTMLElement>(
        html`<div lang="fr"><mc-program-card .recommendation=${{ ...rec, program: english }} occupation="31301"></mc-program-card></div>`,
      );
      const el = wrap.querySelector('mc-program-card')!;
      await el.updateComplete;
      // Not \s, which takes the no-break space in.
      const name = (node: HTMLElement) => node.textContent!.replace(/[ \n]+/g, ' ').trim();
      const heard = (node: HTMLElement) => node.querySelector('.visually-hidden [lang]')?.getAttribute('lang');
      const controls = [$(el, 'a[part=link]')!, ...$$(el, '[part=actions] button')];
      expect(controls.map(name)).to.deep.equal([
        'Page du programme\u00a0: Nursing Refresher (s’ouvre dans un nouvel onglet)',
        'Se renseigner sur ce programme\u00a0: Nursing Refresher',
        'Sans rapport avec cette profession\u00a0: Nursing Refresher',
      ]);
      expect(controls.map(heard)).to.deep.equal(['en', 'en', 'en']);
      $(el, 'button.unrelated')!.click();
      await el.updateComplete;
      expect(name($(el, 'button.unrelated')!)).to.equal('Annuler\u00a0: Nursing Refresher');
      expect(heard($(el, 'button.unrelated')!)).to.equal('en');
      // A French title is the page's language: nothing to mark.
      el.recommendation = { ...rec, program: { ...english, title: { en: 'Nursing Refresher', fr: 'Mise à jour en soins infirmiers' } } };
      el.unrelated = false;
      await el.updateComplete;
      expect(heard($(el, 'a[part=link]')!)).to.equal(undefined);
    });

    it('names the institution by its French name, and one without shows its English name marked lang="en", folded too', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="fr"><mc-program-card .program=${program({ provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' })}></mc-program-card></div>`,
      );
      const el = wrap.querySelector('mc-program-card')!;
      await el.updateComplete;
      // What a screen reader reads in the line, its hidden label and the name, and the name's language.
      const line = () => $(el, '[part=provider]')!.textContent!.replace(/\s+/g, ' ').trim();
      const marked = () => [...$(el, '[part=provider]')!.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent]);
      expect(line()).to.equal('Établissement : Polytechnique Lakeshore');
      expect(marked()).to.deep.equal([]);
      el.program = program({ provider: 'Lakeshore Polytechnic' });
      await el.updateComplete;
      expect(line()).to.equal('Établissement : Lakeshore Polytechnic');
      expect(marked()).to.deep.equal([['en', 'Lakeshore Polytechnic']]);
      // The same name in both languages is French too: nothing to mark.
      el.program = program({ provider: 'Collège Boréal', providerFr: 'Collège Boréal' });
      await el.updateComplete;
      expect(marked()).to.deep.equal([]);
      // A folded card (not relevant) names it the same way.
      el.program = null;
      el.recommendation = { ...rec, program: { ...rec.program, provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' } };
      el.occupation = '31301';
      el.unrelated = true;
      await el.updateComplete;
      expect($(el, '.folded')).not.to.equal(null);
      expect(line()).to.equal('Établissement : Polytechnique Lakeshore');
      // English pages show the name the catalogue gives, unmarked.
      wrap.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(line()).to.equal('Offered by Lakeshore Polytechnic');
      expect(marked()).to.deep.equal([]);
    });

    it('follows a lang change on an ancestor', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><mc-program-card .program=${program({ costCad: 0 })}></mc-program-card></div>`);
      const el = wrap.querySelector('mc-program-card')!;
      expect(facts(el).Cost).to.equal('Free');
      wrap.setAttribute('lang', 'fr');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(facts(el)['Coût']).to.equal('Gratuit');
    });
  });
});
