// What is said after a choice when focus lands on a heading that already names the
// occupations (the portal's results heading, or the element's own after focus()): the count
// and what the catalogue lacks in short, not the long titles a third and fourth time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import '../../../src/define/mc-portal.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import { deepFocus } from '../../../src/elements/shared/focus.js';
import { requestIndex, resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };
const LAKESHORE = 'Lakeshore Polytechnic (fictional)';

const heading = (el: McRecommendations) => el.shadowRoot!.querySelector<HTMLElement>('#heading');

async function standalone(): Promise<{ wrap: HTMLElement; el: McRecommendations }> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <h2 tabindex="-1">Training for Machinists and machining and tooling inspectors</h2>
    <input aria-label="Job title" />
    <mc-recommendations src=${SAMPLE} provider=${LAKESHORE} region="ER3530"></mc-recommendations>
  </div>`);
  const el = wrap.querySelector('mc-recommendations')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=state]')?.textContent?.includes('Choose an occupation'), 'ready for a choice', LOAD);
  return { wrap, el };
}

describe('mc-recommendations: what a choice says when focus is on a heading naming the occupation', () => {
  afterEach(() => resetIndexSource());

  it('focus() to its own heading: the count and the lack in short, no title', async () => {
    const { wrap, el } = await standalone();
    wrap.querySelector('input')!.focus();
    const live = listenToLiveRegion(el);
    el.choose('72100');
    await el.updateComplete;
    el.focus();
    await waitUntil(() => live.said.some((s) => s.includes('found')), 'the count said', LOAD);
    await waitUntil(() => deepFocus() === heading(el), 'focus on the heading', LOAD);
    live.stop();
    expect(heading(el)!.textContent).to.contain('Machinists');
    expect(live.said[live.said.length - 1]).to.match(
      new RegExp(`^\\d programs? found; ${LAKESHORE.replace(/[()]/g, '\\$&')} has little for this occupation\\.$`),
    );
    expect(live.said.join(' ')).to.not.contain('Machinists');
  });

  it('the host’s own heading naming the occupation has focus: the same short words', async () => {
    const { wrap, el } = await standalone();
    wrap.querySelector('h2')!.focus();
    const live = listenToLiveRegion(el);
    el.choose('72100');
    await waitUntil(() => live.said.some((s) => s.includes('found')), 'the count said', LOAD);
    live.stop();
    expect(live.said[live.said.length - 1]).to.match(/^\d programs? found; .* has little for this occupation\.$/);
    expect(live.said.join(' ')).to.not.contain('Machinists');
  });

  it('in the French portal, a move chosen: the portal’s heading has focus, the titles are not said again', async () => {
    // The whole index, as a host that loaded it gives it: each choice's programs in the same element.
    const { index } = await requestIndex(SAMPLE, { lang: 'fr' });
    const el = await fixture<McPortal>(html`<mc-portal .index=${index} lang="fr" region="ER3530" current="33102"></mc-portal>`);
    const recs = () => el.shadowRoot!.querySelector<McRecommendations>('mc-recommendations');
    await waitUntil(() => recs()?.shadowRoot?.querySelector('mc-program-card'), 'the current job’s programs', LOAD);
    const search = el.shadowRoot!.querySelector('mc-job-search[search-role=target]')!;
    const live = listenToLiveRegion(recs()!);
    search.dispatchEvent(new CustomEvent('mc-select', { detail: { code: '32101', role: 'target' }, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => live.said.some((s) => s.includes('trouvé')), 'the count said', LOAD);
    const results = el.shadowRoot!.querySelector<HTMLElement>('[part=results-heading]')!;
    await waitUntil(() => deepFocus() === results, 'focus on the portal’s results heading', LOAD);
    live.stop();
    expect(results.textContent).to.contain('Infirmiers auxiliaires/infirmières auxiliaires');
    expect(live.said[live.said.length - 1]).to.equal('2 programmes trouvés\u202f; ce catalogue en offre peu pour ce changement.');
    expect(live.said.join(' ')).to.not.contain('Infirmiers auxiliaires');
    expect(live.said.join(' ')).to.not.contain('Aides-infirmiers');
  });
});
