/**
 * With `from` (the person's current occupation), the wages block sets its median beside the
 * target's, for the region shown: said once in a sentence, once in the table, drawn in the
 * chart (hidden from assistive technologies); a region the current work has no wage for says so.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { labourMarketIn } from '../../fixtures/browser/labour-market.js';
import { splitWords } from '../../fixtures/browser/split-words.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

// Registered nurses (31301): wages for Canada, Ontario, Ottawa, Toronto. Licensed practical
// nurses (32101): an Ontario median alone. Welders (72106): Canada alone.
const make = (props: Partial<McLabourMarket>, lang = 'en'): Promise<McLabourMarket> => labourMarketIn({ index, code: '31301', ...props }, lang);
const wages = (el: McLabourMarket) => el.shadowRoot!.querySelector<HTMLElement>('[part=wages]')!;
const said = (el: McLabourMarket) =>
  [...wages(el).querySelectorAll(':scope > p')].map((p) => p.textContent!.replace(/[ \n\t]+/g, ' ').trim()).filter((t) => !t.startsWith('Source'));
const rows = (el: McLabourMarket) => [...wages(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
/** What a screen reader reads of the block: the chart is hidden. */
const heard = (el: McLabourMarket) => {
  const copy = wages(el).cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return copy.textContent!;
};

describe('mc-labour-market: the pay of a move', () => {
  it('says both medians of the region shown once in a sentence, and the current one once in the table', async () => {
    const el = await make({ region: 'ER35', from: '32101' });
    expect(el.getAttribute('from'), 'reflected, as mc-recommendations does').to.equal('32101');
    expect(said(el)).to.include(
      'In Ontario, half of registered nurses and registered psychiatric nurses earn more than $41.25 an hour; half of licensed practical nurses (your current job) earn more than $30.00.',
    );
    expect(said(el)).to.include('In Ontario, registered nurses and registered psychiatric nurses usually earn between $31.00 and $56.00 an hour.');
    expect(rows(el)).to.deep.equal([
      ['Low', '$31.00', '$60,500'],
      ['Median', '$41.25', '$80,400'],
      ['High', '$56.00', '$109,200'],
      ['Median, your current job', '$30.00', '$58,500'],
    ]);
    // Each median heard twice: once in words, once in the table; the chart adds none.
    expect(heard(el).split('$41.25').length - 1).to.equal(2);
    expect(heard(el).split('$30.00').length - 1).to.equal(2);
    const bars = [...wages(el).querySelectorAll('[part=chart] .row .label')].map((l) => l.textContent);
    expect(bars).to.deep.equal(['Low', 'Median', 'High', 'Median, your current job']);
    expect(wages(el).querySelector('[part=chart]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a change of region in the select updates both; a region the current work has no wage for says so, with why', async () => {
    const el = await make({ region: 'ER35', from: '32101' });
    const select = wages(el).querySelector('select')!;
    select.value = 'ER3530';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(said(el)).to.include(
      'In Toronto, registered nurses and registered psychiatric nurses usually earn between $35.00 and $58.00 an hour; half earn more than $43.00 (the median).',
    );
    expect(said(el)).to.include(
      'There are no wage figures for licensed practical nurses (your current job) in Toronto in this data. Job Bank does not publish a wage when the survey behind it has too few answers.',
    );
    expect(rows(el).map((r) => r[0])).to.deep.equal(['Low', 'Median', 'High']);
    expect(heard(el)).not.to.contain('$30.00');
    await expect(el).to.be.accessible();
  });

  it('without from, the block is as before', async () => {
    const el = await make({ region: 'ER35' });
    expect(said(el)[0]).to.equal(
      'In Ontario, registered nurses and registered psychiatric nurses usually earn between $31.00 and $56.00 an hour; half earn more than $41.25 (the median).',
    );
    expect(heard(el)).not.to.contain('current work');
  });

  it('an unknown from: the occupation alone, with no comparison, and mc-error unknown-occupation naming it, once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><mc-labour-market></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    const fired: Array<{ code: string; hint?: string }> = [];
    el.addEventListener('mc-error', (e) => fired.push(e.detail));
    Object.assign(el, { index, code: '31301', region: 'ER35', from: '99999' });
    await el.updateComplete;
    await aTimeout(50);
    // A host's typo in `from` hides nothing of the occupation the person chose.
    expect(el.shadowRoot!.querySelector('[part=state][role=alert]')).to.equal(null);
    expect(said(el).join(' ')).to.include('In Ontario, registered nurses and registered psychiatric nurses usually earn between');
    expect(said(el).join(' ')).not.to.include('your current job');
    expect(rows(el)).to.have.length(3);
    el.requestUpdate();
    await el.updateComplete;
    expect(fired).to.have.length(1);
    expect(fired[0]).to.deep.include({ code: 'unknown-occupation', hint: 'Unknown occupation code "99999": not in this index.' });
    await expect(el).to.be.accessible();
  });

  it('in French, with French typography', async () => {
    const el = await make({ region: 'ER35', from: '32101' }, 'fr');
    expect(said(el)).to.include(
      'En Ontario, la moitié des personnes de cette profession gagnent plus de 41,25\u00a0$ l’heure\u202f; dans votre emploi actuel («\u00a0Infirmiers auxiliaires/infirmières auxiliaires\u00a0»), la moitié gagnent plus de 30,00\u00a0$.',
    );
    expect(rows(el)[3]).to.deep.equal(['Médian, votre emploi actuel', '30,00\u00a0$', '58\u00a0500\u00a0$']);
    await expect(el).to.be.accessible();
  });

  it('on a 320 px phone (the panel narrower still in the portal), in French: every amount of the chart on one line, no word cut, nothing wider than the panel', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 240px; font-size: 16px; line-height: 1.5"></div>`);
    const el = document.createElement('mc-labour-market');
    Object.assign(el, { index, code: '31301', region: 'ER35', from: '32101' });
    wrapper.append(el);
    await el.updateComplete;
    const values = [...wages(el).querySelectorAll<HTMLElement>('[part=chart] .value')];
    expect(values).to.have.length(4);
    for (const v of values) {
      const range = document.createRange();
      range.selectNodeContents(v);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `"${v.textContent}" on one line`).to.equal(1);
    }
    expect(splitWords(wages(el))).to.deep.equal([]);
    expect(el.scrollWidth, 'nothing wider than the element').to.be.at.most(el.clientWidth);
  });
});
