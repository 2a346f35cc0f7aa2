// In the portal, a related occupation its recommendations offer (their catalogue has little
// for the one chosen) becomes the portal's target: the labour market, the heading and the
// search follow, not the recommendations alone. On the sample index, as the institution demo.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McSelectDetail } from '../../../src/elements/mc-job-search/mc-job-search.events.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('mc-portal: a related occupation offered by its recommendations', () => {
  it('becomes the portal’s target, and the portal fires mc-select once', async () => {
    const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE} provider="Lakeshore Polytechnic (fictional)" region="ER3530" target="72310"></mc-portal>`);
    const recs = () => el.shadowRoot!.querySelector<McRecommendations>('mc-recommendations');
    const offered = () => recs()?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=nearby] button') ?? null;
    await waitUntil(offered, 'a related occupation offered', LOAD);
    expect(offered()!.textContent!.trim()).to.equal('Welders and related machine operators');
    const selects: McSelectDetail[] = [];
    document.addEventListener('mc-select', (e) => selects.push(e.detail), { once: true });
    offered()!.click();
    expect(el.target).to.equal('72106');
    expect(selects).to.deep.equal([{ code: '72106', role: 'target' }]);
    await waitUntil(() => recs()?.occupation === '72106', 'the recommendations follow the portal', LOAD);
    await recs()!.updateComplete;
    expect(recs()!.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim()).to.equal('2 programs for Welders and related machine operators');
    expect(el.shadowRoot!.querySelector('[part=results-heading]')!.textContent).to.contain('Welders and related machine operators');
  });

  it('with the current job alone, promises the strong matches of the move that choosing one shows', async () => {
    // Home support workers: one partial match. Nurse aides have one strong match of their own,
    // none beyond what home support work already teaches; licensed practical nurses have two.
    const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE} region="ER3530" current="44101"></mc-portal>`);
    const recs = () => el.shadowRoot!.querySelector<McRecommendations>('mc-recommendations');
    const items = () => [...(recs()?.shadowRoot?.querySelectorAll('[part~=nearby] li') ?? [])].map(text);
    await waitUntil(() => items().length > 0, 'related occupations offered', LOAD);
    expect(items()).to.have.length(1);
    expect(items()[0]).to.match(/^Licensed practical nurses \(2 strong matches\)/);
    recs()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~=nearby] button')!.click();
    await waitUntil(() => recs()?.occupation === '32101', 'the move shown', LOAD);
    const cards = () => [...recs()!.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    await waitUntil(() => cards().length > 0 && cards().every((c) => c.recommendation?.strength), 'the cards’ strengths', LOAD);
    expect(recs()!.from).to.equal('44101');
    expect(cards().filter((c) => c.recommendation!.strength === 'strong')).to.have.length(2);
  });
});
