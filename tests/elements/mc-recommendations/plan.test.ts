import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { evidence, loadedIndex, OCCUPATIONS, sampleProgram, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { en } from '../../../src/i18n/en.js';
import { moveTraining } from '../../../src/elements/mc-recommendations/plan-overview.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

async function make(template: ReturnType<typeof html>): Promise<McRecommendations> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'mc-recommendations' ? host : host.querySelector('mc-recommendations')!) as McRecommendations;
  el.index = index;
  await settled(el);
  return el;
}
const plan = (el: McRecommendations) => el.shadowRoot!.querySelector<HTMLElement>('[part=plan]');
const items = (root: ParentNode, sel: string) =>
  [...root.querySelectorAll<HTMLElement>(`${sel} > li`)].map((li) => li.textContent!.replace(/[ \t\n]+/g, ' ').trim());
const text = (node: HTMLElement) => node.textContent!.replace(/[ \t\n]+/g, ' ').trim();

describe('mc-recommendations: the plan above the list', () => {
  it('says what a move usually takes only when it takes as much formal training or more', async () => {
    const says = (el: McRecommendations) => text(plan(el)!).includes('Short programs can build skills for this move');
    expect(says(await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`)), 'aide (TEER 3) to nurse (TEER 1)').to.be.true;
    expect(says(await make(html`<mc-recommendations occupation="33102" from="31301"></mc-recommendations>`)), 'nurse to aide').to.be.false;
    expect(says(await make(html`<mc-recommendations occupation="31301"></mc-recommendations>`)), 'training for the work one has').to.be.false;
    expect(moveTraining({ code: '00012', teer: 0 }, { code: '72106', teer: 2 }), 'from management: any').to.equal(2);
    expect(moveTraining({ code: '72106', teer: 2 }, { code: '72200', teer: 2 }), 'the same level').to.equal(2);
    expect(moveTraining({ code: '95100', teer: 5 }, { code: '94200', teer: 4 }), 'secondary school is no formal training to name').to.equal(null);
    expect(moveTraining({ code: '33102', teer: 3 }, { code: '30010', teer: 0 }), 'to management').to.equal(null);
    expect(moveTraining({ code: '31301', teer: 1 }, { code: '31301', teer: 1 }), 'no move').to.equal(null);
  });

  it('from nurse aide to registered nurse: skills likely had, skills needed, a pathway with what it adds and its totals', async () => {
    const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    const root = plan(el)!;
    expect(root, 'the plan').to.exist;
    expect(root.querySelector('#plan-heading')!.localName).to.equal('h3');
    expect(text(root.querySelector('#plan-heading')!)).to.equal('Your plan at a glance');
    expect(items(root, 'ul.plan-have')).to.have.members(['Patient care', 'Infection control']);
    expect(items(root, 'ul.plan-need')).to.have.members(['Medication administration', 'Health assessment', 'Oral communication', 'Workplace safety']);
    const steps = items(root, 'ol.plan-steps');
    expect(steps).to.have.length(1);
    expect(steps[0]).to.contain('Nursing practice refresher');
    expect(steps[0]).to.match(/Adds: (“medication administration” and “health assessment”|“health assessment” and “medication administration”)/);
    expect(text(root)).to.contain('This program covers 2 of the 4 key skills you need.');
    expect(text(root.querySelector('.plan-total')!)).to.equal('In total: 120 hours · $1,800');
    expect(text(root)).to.contain(
      'The occupation you want usually takes a university degree (TEER 1 in the National Occupational Classification). Short programs can build skills for this move, but they do not replace a diploma, licence or certificate it requires.',
    );
    // Before the list, and the list still follows in full.
    const list = el.shadowRoot!.querySelector('[part=list]')!;
    expect(root.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('each card says which of the needed skills it adds, not what it does not cover', async () => {
    const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    const cards = [...el.shadowRoot!.querySelectorAll('mc-program-card')];
    expect(cards.length).to.be.greaterThan(1);
    for (const card of cards) {
      const root = card.shadowRoot!;
      expect(root.querySelector('ul.gap'), 'no "does not cover" list').to.equal(null);
      expect(root.textContent).not.to.contain(en.card.gap);
      const adds = [...root.querySelectorAll('ul.adds li')].map((li) => li.textContent);
      for (const skill of adds) expect(['Medication administration', 'Health assessment']).to.include(skill);
      if (adds.length === 0) expect(root.textContent).to.contain('It covers none of the key skills you still need.');
    }
    const first = cards[0]!.shadowRoot!;
    expect(first.textContent).to.contain('Adds key skills you still need');
    expect([...first.querySelectorAll('ul.adds li')].length).to.be.greaterThan(0);
    await expect(cards[0]).to.be.accessible();
  });

  it('a strong match covering only key skills the person likely has says it covers none they still need, and which it covers they have, in en and fr', async () => {
    // Patient care and infection control: key skills of registered nurses that nurse aides likely have.
    const had = sampleProgram('care-basics', {
      title: { en: 'Care basics for nurses', fr: '' },
      skills: [0, 3],
      evidence: [evidence('31301', 0.95, 'strong', 'nursing', 'Care basics for nurses')],
    });
    const own = await loadedIndex({ programs: [...withNursingModules(), had] });
    const shown = async (lang: string) => {
      // limit: it adds no needed skill, so it comes after the twelve modules that do.
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><mc-recommendations occupation="31301" from="33102" limit="20"></mc-recommendations></div>`,
      );
      const el = wrapper.querySelector<McRecommendations>('mc-recommendations')!;
      el.index = own;
      await settled(el);
      const card = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].find((c) => c.recommendation!.program.id === 'care-basics')!;
      await card.updateComplete;
      return { el, card, root: card.shadowRoot! };
    };
    const { el, card, root } = await shown('en');
    // "Its key skills" above "none of the key skills you still need" read as a contradiction: they are the wanted job's.
    expect(text(root.querySelector<HTMLElement>('.strength')!)).to.equal(
      'Strong match: its title or listed skills use the words of the job you want, and it covers at least one of that job’s key skills.',
    );
    expect(text(root.querySelector<HTMLElement>('[part=skills] > p')!)).to.equal('It covers none of the key skills you still need.');
    expect(text(root.querySelector<HTMLElement>('#mc-program-card-had')!)).to.equal('Key skills it covers that you likely have already');
    expect(items(root, '[part=skills] ul.had')).to.have.members(['Patient care', 'Infection control']);
    expect(root.querySelector('ul.also'), 'not listed twice').to.equal(null);
    await expect(card).to.be.accessible();
    const fr = (await shown('fr')).root;
    expect(text(fr.querySelector<HTMLElement>('.strength')!)).to.equal(
      'Forte correspondance\u00a0: son titre ou les compétences qu’il annonce reprennent le vocabulaire de la profession visée, et il couvre au moins une de ses compétences clés.',
    );
    expect(text(fr.querySelector<HTMLElement>('[part=skills] > p')!)).to.equal('Il ne couvre aucune des compétences clés qu’il vous reste à acquérir.');
    expect(text(fr.querySelector<HTMLElement>('#mc-program-card-had')!)).to.equal('Compétences clés qu’il enseigne et que vous avez sans doute déjà');
    expect(items(fr, '[part=skills] ul.had')).to.have.members(['Soins aux patients', 'Prévention des infections']);
    // Alone, the same card adds both: "still" belongs to the move, and the strength speaks of this work.
    el.from = null;
    await settled(el);
    const alone = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].find((c) => c.recommendation!.program.id === 'care-basics')!;
    await alone.updateComplete;
    expect(text(alone.shadowRoot!.querySelector<HTMLElement>('[part=skills]')!)).to.match(/^Adds key skills you need /);
    expect(text(alone.shadowRoot!.querySelector<HTMLElement>('.strength')!)).to.equal(
      'Strong match: its title or listed skills use this work’s words, and it covers at least one of its key skills.',
    );
  });

  it('names the broad skills and knowledge both occupations call for, where no key skill carries over, in en and fr', async () => {
    const occupation = (code: string, skills: Array<[number, number]>) => ({ ...OCCUPATIONS.find((o) => o.code === code)!, skills });
    const target = occupation('31301', [
      [1, 1],
      [2, 1],
      [3, 1],
      [5, 1],
      [6, 1],
      [7, 1],
      [8, 1],
      [13, 0.7],
      [16, 0.9],
    ]);
    const current = occupation('33102', [
      [13, 0.9],
      [16, 0.7],
      [14, 1],
    ]);
    const programs = withNursingModules().map((p) => ({ ...p, evidence: p.evidence?.filter((e) => e.occupation === '31301') }));
    const own = await loadedIndex({ occupations: [target, current], programs });
    const shown = async (lang: string) => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><mc-recommendations occupation="31301" from="33102"></mc-recommendations></div>`);
      const el = wrapper.querySelector('mc-recommendations')!;
      el.index = own;
      await settled(el);
      return el;
    };
    const el = await shown('en');
    const root = plan(el)!;
    expect(root.querySelector('ul.plan-have')).to.equal(null);
    expect(text(root)).to.not.contain(en.plan.haveNone);
    expect(text(root.querySelector('#plan-carries')!)).to.equal(
      'Skills and knowledge both occupations call for, from your work as Nurse aides, orderlies and patient service associates:',
    );
    expect(items(root, 'ul.plan-carries')).to.deep.equal(['Pathology', 'Customer service']);
    await expect(el).to.be.accessible();
    expect(items(plan(await shown('fr'))!, 'ul.plan-carries')).to.deep.equal(['Pathologie', 'Service à la clientèle']);
  });

  it('the target alone: its key skills and a pathway that covers them, no "already have" section', async () => {
    const el = await make(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    const root = plan(el)!;
    expect(root.querySelector('ul.plan-have')).to.equal(null);
    expect(text(root)).to.contain('Key skills of this occupation');
    expect(items(root, 'ul.plan-need')).to.have.length(6);
    expect(items(root, 'ol.plan-steps').length).to.be.within(1, 3);
    await expect(el).to.be.accessible();
  });

  it('the pathway stays the ranking’s whatever the list’s sort and filters, and says what its own programs leave out', async () => {
    const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    const before = items(plan(el)!, 'ol.plan-steps');
    expect(before[0]).to.contain('Nursing practice refresher');
    const choose = async (selector: string, value: string) => {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await settled(el);
    };
    await choose('#sort', 'hours');
    expect(items(plan(el)!, 'ol.plan-steps')).to.deep.equal(before);
    // 120 hours: the refresher leaves the list, not the pathway.
    await choose('#max-hours', '80');
    const ids = [...el.shadowRoot!.querySelectorAll('mc-program-card')].map((c) => (c as McProgramCard).recommendation!.program.id);
    expect(ids).not.to.include('nursing-refresher');
    expect(items(plan(el)!, 'ol.plan-steps')).to.deep.equal(before);
    expect(text(plan(el)!)).to.match(
      /No program in this pathway covers: (“oral communication” and “workplace safety”|“workplace safety” and “oral communication”)/,
    );
  });

  it('a partial match only for a skill no strong match covers, saying so; never a program in another language', async () => {
    const extra = [
      sampleProgram('site-safety', {
        title: { en: 'Site safety for care workers', fr: '' },
        skills: [11],
        evidence: [evidence('31301', 0.5, 'moderate', 'nursing', 'Nursing homes: site safety')],
      }),
      sampleProgram('oral-zh', {
        title: { en: 'Nursing communication（护理沟通）', fr: '' },
        language: 'other',
        skills: [0, 4, 11],
        evidence: [evidence('31301', 0.95, 'strong', 'nursing', 'Nursing communication')],
      }),
    ];
    const own = await loadedIndex({ programs: [...withNursingModules(), ...extra] });
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    el.index = own;
    await settled(el);
    const steps = items(plan(el)!, 'ol.plan-steps');
    expect(steps).to.have.length(2);
    expect(steps[0]).to.contain('Nursing practice refresher').and.not.to.contain('Partial match');
    expect(steps[1]).to.contain('Site safety for care workers');
    expect(steps[1]).to.contain('Partial match, chosen because no strong match covers the skills it adds.');
    expect(steps[1]).to.contain('Adds: “workplace safety”');
    expect(text(plan(el)!)).to.contain('No program in this pathway covers: “oral communication”');
    await expect(el).to.be.accessible();
    // On a French page, the English title of a program with no French one is marked as English.
    el.lang = 'fr';
    await waitUntil(() => plan(el)?.querySelector('#plan-heading')?.textContent === 'Votre plan en un coup d’œil', 'the plan in French');
    const titles = [...plan(el)!.querySelectorAll('ol.plan-steps .title > span:first-child')].map((span) => [span.textContent, span.getAttribute('lang')]);
    expect(titles).to.deep.equal([
      ['Mise à jour de la pratique infirmière', null],
      ['Site safety for care workers', 'en'],
    ]);
  });

  it('the pathway link opens the program page in a new tab, said to a screen reader', async () => {
    const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    const link = plan(el)!.querySelector<HTMLAnchorElement>('ol.plan-steps a')!;
    expect(link.href).to.equal('https://example.org/programs/nursing-refresher');
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('(opens in a new tab)');
  });

  it('keyboard: from the results heading, Tab reaches the pathway first, before the filters', async () => {
    const el = await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`);
    el.focus();
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.localName).to.equal('a');
    expect(active.closest('[part=plan]')).to.exist;
    expect(active.textContent).to.contain('Nursing practice refresher');
  });

  it('in French: every word of the plan, numbers and money as a French reader expects', async () => {
    const el = await make(html`<div lang="fr"><mc-recommendations occupation="31301" from="33102"></mc-recommendations></div>`);
    const root = plan(el)!;
    const all = text(root);
    expect(text(root.querySelector('#plan-heading')!)).to.equal('Votre plan en un coup d’œil');
    expect(all).to.contain('Compétences que vous avez sans doute déjà');
    expect(all).to.contain('Compétences clés de la profession visée, acquises dans la profession «\u00a0Aides-infirmiers/');
    expect(all).to.contain('La profession visée exige habituellement un diplôme universitaire (FEER 1 de la Classification nationale des professions).');
    expect(all).to.contain('Compétences clés à acquérir');
    expect(all).to.contain('Parcours suggéré');
    expect(items(root, 'ul.plan-need')).to.have.members([
      'Administration des médicaments',
      'Évaluation de la santé',
      'Communication orale',
      'Santé et sécurité au travail',
    ]);
    expect(items(root, 'ol.plan-steps')[0]).to.contain('Mise à jour de la pratique infirmière');
    // Each skill in « », so one holding « et » stays one: « Santé et sécurité au travail ».
    expect(items(root, 'ol.plan-steps')[0]).to.match(/Ajoute\u00a0: «\u00a0[^«»]+\u00a0»((, | et )«\u00a0[^«»]+\u00a0»)*$/);
    expect(text(root.querySelector('.plan-total')!)).to.match(/^Au total\u00a0: 120 heures · 1[\s\u00a0\u202f]800[\s\u00a0\u202f]\$$/);
    expect(all).not.to.match(/\b(Adds|hours|Your plan|skills)\b/);
    await expect(el).to.be.accessible();
  });

  it('a pathway of one program that lists no cost says « coût non indiqué », not « pour tous les programmes »', async () => {
    const before = index;
    index = await loadedIndex({ programs: withNursingModules().map((p) => (p.id === 'nursing-refresher' ? { ...p, costCad: null } : p)) });
    try {
      const fr = plan(await make(html`<div lang="fr"><mc-recommendations occupation="31301" from="33102"></mc-recommendations></div>`))!;
      expect(items(fr, 'ol.plan-steps')).to.have.length(1);
      expect(text(fr.querySelector('.plan-total')!)).to.equal('Au total\u00a0: 120 heures · coût non indiqué');
      const en = plan(await make(html`<mc-recommendations occupation="31301" from="33102"></mc-recommendations>`))!;
      expect(text(en.querySelector('.plan-total')!)).to.equal('In total: 120 hours · cost not listed');
    } finally {
      index = before;
    }
  });
});
