// Near-identical skills in the employer's skill search ("Databases", ESCO's "use databases"):
// one suggestion, whose chip finds the programs tagged with either, in English and in French.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Skill } from '../../../src/core/index-format/schema.js';
import { PROGRAMS, SKILLS, loadedIndex, sampleProgram } from '../../fixtures/index/index.js';

/** ESCO's twin of the fixture's Databases (17), which one program alone is tagged with. */
const TWIN: Skill = { id: 'sample:use-databases', kind: 'detail', label: { en: 'use databases', fr: 'utiliser des bases de données' } };

let index: LoadedIndex;
before(async () => {
  const sqlLab = sampleProgram('sql-lab', { skills: [17], title: { en: 'SQL lab', fr: 'Laboratoire SQL' } });
  index = await loadedIndex({ programs: [...PROGRAMS, sqlLab], skills: [...SKILLS, TWIN] });
});

async function make(lang = 'en'): Promise<McSkillFinder> {
  const div = await fixture<HTMLDivElement>(html`<div lang=${lang}><mc-skill-finder .index=${index}></mc-skill-finder></div>`);
  const el = div.querySelector('mc-skill-finder')!;
  await el.updateComplete;
  return el;
}
const $$ = (el: McSkillFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const input = (el: McSkillFinder) => el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
const options = (el: McSkillFinder) => $$(el, '[role=option]').map((o) => o.textContent!.trim());
const chips = (el: McSkillFinder) => $$(el, '[part=chips] li > span').map((s) => s.textContent!.trim());
const programs = (el: McSkillFinder) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((c) => c.recommendation!.program.id);

async function type(el: McSkillFinder, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('mc-skill-finder: near-identical skills', () => {
  it('offers twins once, under the bare subject, even when the twin’s own words are typed', async () => {
    const el = await make();
    await type(el, 'databases');
    expect(options(el)).to.deep.equal(['Databases']);
    input(el).value = '';
    await type(el, 'use databases');
    expect(options(el)).to.deep.equal(['Databases']);
  });

  it('the chosen group finds the programs tagged with either twin', async () => {
    const el = await make();
    await type(el, 'use databases');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') === 'false', 'cards rendered');
    expect(chips(el)).to.deep.equal(['Databases']);
    expect(programs(el)).to.include.members(['sql-lab', 'cloud-databases', 'full-stack']);
    // The group is chosen: neither twin is offered again.
    await type(el, 'databases');
    expect(options(el)).to.deep.equal([]);
  });

  it('a host’s preset twin finds the same programs', async () => {
    const el = await make();
    el.skills = ['sample:use-databases'];
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') === 'false', 'cards rendered');
    expect(chips(el)).to.deep.equal(['use databases']);
    expect(programs(el)).to.include.members(['sql-lab', 'cloud-databases', 'full-stack']);
  });

  it('groups by the French labels on a French page', async () => {
    const el = await make('fr');
    await type(el, 'bases de données');
    expect(options(el)).to.deep.equal(['Bases de données']);
    await expect(el).to.be.accessible();
  });
});
