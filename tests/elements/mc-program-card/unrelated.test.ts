import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../mc-recommendations/define.js';
import type { McProgramCard, McProgramUnrelatedDetail } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex, Recommendation } from '../../../src/core/model/loaded.js';
import { recommend } from '../../../src/core/rank/rank.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

let index: LoadedIndex;
let rec: Recommendation;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
  rec = recommend(index, { occupation: '31301', lang: 'en', limit: 1 })[0]!;
});

const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

async function card(occupation: string | null, lang = 'en'): Promise<McProgramCard> {
  const wrap = await fixture(html`<div lang=${lang}><mc-program-card .recommendation=${rec} .occupation=${occupation}></mc-program-card></div>`);
  const el = wrap.querySelector<McProgramCard>('mc-program-card')!;
  await el.updateComplete;
  return el;
}

describe('mc-program-card: "Not relevant to this job"', () => {
  it('is offered only for a recommendation with the occupation it was made for', async () => {
    expect($(await card(null), 'button.unrelated')).to.equal(null);
    const el = await card('31301');
    expect($(el, 'button.unrelated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Not relevant to this job: ${rec.program.title.en}`);
  });

  it('folds the card to its title and Undo, says why, moves focus, and fires the mark and its undoing', async () => {
    const el = await card('31301');
    const marked = oneEvent(el, 'mc-program-unrelated');
    $(el, 'button.unrelated')!.click();
    const detail = ((await marked) as CustomEvent<McProgramUnrelatedDetail>).detail;
    expect(detail).to.deep.equal({ programId: rec.program.id, occupation: '31301', unrelated: true });
    await el.updateComplete;
    expect(el.hasAttribute('unrelated')).to.equal(true);
    expect($(el, '[part=title]')!.textContent).to.equal(rec.program.title.en);
    expect($(el, '[part=facts]')).to.equal(null);
    expect($(el, '[part=reason]')).to.equal(null);
    const undo = focused(el)!;
    expect(undo.textContent!.trim()).to.match(/^Undo/);
    const note = $(el, `#${undo.getAttribute('aria-describedby')}`)!;
    expect(note.textContent).to.equal('You marked this program as not relevant to this job.');
    await expect(el).to.be.accessible();

    const undone = oneEvent(el, 'mc-program-unrelated');
    undo.click();
    expect(((await undone) as CustomEvent<McProgramUnrelatedDetail>).detail.unrelated).to.equal(false);
    await el.updateComplete;
    expect($(el, '[part=facts]')).to.not.equal(null);
    expect(focused(el)!.textContent!.trim()).to.match(/^Not relevant to this job/);
  });

  it('speaks French on a French page', async () => {
    const el = await card('31301', 'fr');
    await el.updateComplete;
    expect($(el, 'button.unrelated')!.textContent!.trim()).to.match(/^Sans rapport avec cette profession/);
    $(el, 'button.unrelated')!.click();
    await el.updateComplete;
    expect($(el, '.note')!.textContent).to.equal('Vous avez indiqué que ce programme est sans rapport avec cette profession.');
    expect(focused(el)!.textContent!.trim()).to.match(/^Annuler/);
    await expect(el).to.be.accessible();
  });
});

describe('mc-recommendations keeps the marks', () => {
  it('a marked card stays folded when the list is drawn again, and its element reused for another program is not', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    const cards = () => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    expect(cards().length).to.be.greaterThan(1);
    const [first, second] = cards();
    const firstId = first!.recommendation!.program.id;
    $(first!, 'button.unrelated')!.click();
    await first!.updateComplete;
    // Sorting puts other programs in the same card elements.
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('#sort')!;
    const order = () => cards().map((c) => c.recommendation!.program.id);
    const ranked = order();
    for (const value of ['hours', 'fit']) {
      sort.value = value;
      sort.dispatchEvent(new Event('change'));
      await settled(el);
      if (value === 'hours') expect(order()[0], 'the first card element now shows another program').to.not.equal(ranked[0]);
      for (const c of cards()) {
        await c.updateComplete;
        expect(c.unrelated, `${value}: ${c.recommendation!.program.id}`).to.equal(c.recommendation!.program.id === firstId);
      }
    }
    expect(second!.unrelated).to.equal(false);
    // Another occupation, then back: the mark is still there.
    el.occupation = '32101';
    await settled(el);
    expect(cards().some((c) => c.unrelated)).to.equal(false);
    el.occupation = '31301';
    await settled(el);
    const again = cards().find((c) => c.recommendation!.program.id === firstId)!;
    await again.updateComplete;
    expect(again.unrelated).to.equal(true);
  });
});
