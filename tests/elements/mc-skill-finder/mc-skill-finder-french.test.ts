// The employer's skill search on a French page, on the repository's sample index loaded
// through `src` (built by `npm run sample-index` before the browser lane): words French
// speakers in Canada type that only a skill's other French names hold.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

async function frenchFinder(lang = 'fr'): Promise<McSkillFinder> {
  resetIndexSource({ cache: new MemoryIndexCache() });
  const el = await fixture<McSkillFinder>(html`<div lang=${lang}><mc-skill-finder src=${SAMPLE}></mc-skill-finder></div>`).then((div) =>
    div.querySelector('mc-skill-finder')!,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('input[role=combobox]'), 'picker ready', LOAD);
  el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
  return el;
}

const options = (el: McSkillFinder) => [...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());

describe('mc-skill-finder in French on the sample index', () => {
  afterEach(() => resetIndexSource());

  it('offers « premiers secours » for « premiers soins », the Canadian name ESCO lists as its alternative', async () => {
    const el = await frenchFinder();
    await sendKeys({ type: 'premiers soins' });
    await el.updateComplete;
    // Said with the name that found it, which its label does not hold.
    expect(options(el)).to.include('premiers secours (aussi appelée «\u00a0premiers soins\u00a0»)');
    expect(el.shadowRoot!.textContent).not.to.contain('Aucune compétence ne correspond');
    await expect(el).to.be.accessible();
  });

  it('offers it for « secourisme » too, and choosing it lists the first-aid programs', async () => {
    const el = await frenchFinder();
    await sendKeys({ type: 'secourisme' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['premiers secours (aussi appelée «\u00a0secourisme\u00a0»)']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part=chips] li > span')].map((s) => s.textContent!.trim())).to.deep.equal(['premiers secours']);
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards', LOAD);
    const ids = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((c) => c.recommendation!.program.id);
    expect(ids).to.include('ns-first-aid');
  });

  it('a term found in neither language: the note says both were searched, in the page’s language and typography', async () => {
    const fr = await frenchFinder();
    await sendKeys({ type: 'qqzz' });
    // A miss loads the skills' other English names; then both languages were searched in full.
    await waitUntil(() => fr.shadowRoot!.querySelector('.picker .note')?.textContent?.includes('ni en français ni en anglais'), 'all searched', LOAD);
    expect(options(fr)).to.deep.equal([]);
    expect(fr.shadowRoot!.querySelector('.picker .note')!.textContent).to.equal(
      'Aucune compétence ne correspond à «\u00a0qqzz\u00a0», ni en français ni en anglais. Essayez un mot plus court ou plus général.',
    );
    const en = await frenchFinder('en');
    await sendKeys({ type: 'qqzz' });
    await waitUntil(() => en.shadowRoot!.querySelector('.picker .note')?.textContent?.includes('in English or in French'), 'French names searched', LOAD);
    expect(en.shadowRoot!.querySelector('.picker .note')!.textContent).to.equal(
      'No skill matches “qqzz”, in English or in French. Try a shorter or more general word.',
    );
  });
});
