// In the portal, a related occupation its recommendations offer (their catalogue has little
// for the one chosen) becomes the portal's target: the labour market, the heading and the
// search follow, not the recommendations alone. On the sample index, as the institution demo.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McSelectDetail } from '../../../src/elements/mc-job-search/mc-job-search.events.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

describe('mc-portal: a related occupation offered by its recommendations', () => {
  it('becomes the portal’s target, and the portal fires mc-select once', async () => {
    const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE} provider="Lakeshore Polytechnic (fictional)" region="ER3530" target="21211"></mc-portal>`);
    const recs = () => el.shadowRoot!.querySelector<McRecommendations>('mc-recommendations');
    const offered = () => recs()?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=nearby] button') ?? null;
    await waitUntil(offered, 'a related occupation offered', LOAD);
    expect(offered()!.textContent!.trim()).to.equal('Database analysts and data administrators');
    const selects: McSelectDetail[] = [];
    document.addEventListener('mc-select', (e) => selects.push(e.detail), { once: true });
    offered()!.click();
    expect(el.target).to.equal('21223');
    expect(selects).to.deep.equal([{ code: '21223', role: 'target' }]);
    await waitUntil(() => recs()?.occupation === '21223', 'the recommendations follow the portal', LOAD);
    await recs()!.updateComplete;
    expect(recs()!.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim()).to.equal('1 program for Database analysts and data administrators');
    expect(el.shadowRoot!.querySelector('[part=results-heading]')!.textContent).to.contain('Database analysts and data administrators');
  });
});
