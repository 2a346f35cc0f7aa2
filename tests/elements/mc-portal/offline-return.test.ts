// A returning visitor offline sees what the first visit showed: the device cache keeps, beside
// the saved copy of the index, the occupation's slice of the catalogue the first
// recommendations came from, the cards' quotes and what the work requires, so the second visit
// (a new page over the same IndexedDB cache, the network down) shows the same recommendations,
// quoted, and the requirements. On the repository's sample index (built by `npm run
// sample-index` before the browser lane).
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import '../../../src/define/mc-recommendations.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { openIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';

const SAMPLE = '/demo/data/sample/index.json';
const PROVIDER = 'Lakeshore Polytechnic (fictional)';
const LOAD = { timeout: 8000 };
const WELDERS = '72106';
const REQUIRED = 'Completion of a three-year apprenticeship program is usually required to be eligible for trade certification.';

const isIndexFile = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input).includes('/demo/data/sample/');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
const reason = (card: McProgramCard) => text(card.shadowRoot!.querySelector('[part=reason]'));

/** What the recommendations show once their quotes are in: the heading and each card's strength and reason. */
async function shown(el: McRecommendations): Promise<{ heading: string; reasons: string[] }> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part=heading], [role=alert]'), 'results or an error', LOAD);
  const quoted = () => cards(el).length > 0 && cards(el).every((c) => c.recommendation?.strength);
  await waitUntil(() => quoted() || el.shadowRoot!.querySelector('[role=alert]'), 'the cards quoted, or an error', LOAD).catch(() => undefined);
  await Promise.all(cards(el).map((c) => c.updateComplete));
  const heading = text(el.shadowRoot!.querySelector('[part=heading]')) || text(el.shadowRoot!.querySelector('[role=alert]'));
  return { heading, reasons: cards(el).map(reason) };
}

describe('a returning visitor offline (the device cache of an earlier visit)', () => {
  const real = window.fetch;
  afterEach(() => {
    window.fetch = real;
    resetIndexSource();
  });

  /**
   * The portal's first visit ends as a person's does: once the whole index is saved (the portal
   * loads it after its first recommendations), the page goes. Until then that load may still be
   * on its way when the network goes down, and the second visit, in the same page here, would
   * share it and fail with it.
   */
  async function firstVisitEnds(name: string): Promise<void> {
    const cache = await openIndexCache({ name });
    const url = new URL(SAMPLE, location.href).href;
    const saved = async () => Object.keys((await cache.getBytes!(url))?.files ?? {}).some((file) => file.endsWith('/programs.txt'));
    await waitUntil(saved, 'the whole index saved on the device', LOAD);
    fixtureCleanup();
  }

  /** A new page over the device cache `name`, with the network down for the index's files. */
  async function offlineVisit(name: string): Promise<void> {
    window.fetch = (input, init) => (isIndexFile(input) ? Promise.reject(new TypeError('Failed to fetch')) : real(input, init));
    const cache = await openIndexCache({ name });
    expect(cache.persistent, 'IndexedDB should be usable in Chromium').to.equal(true);
    resetIndexSource({ cache });
  }

  it('sees the same recommendations of a standalone <mc-recommendations>, with their quotes', async () => {
    const name = `mc-offline-recs-${Date.now()}`;
    const make = () =>
      fixture<McRecommendations>(html`<mc-recommendations src=${SAMPLE} occupation=${WELDERS} provider=${PROVIDER} region="ER3530"></mc-recommendations>`);
    resetIndexSource({ cache: await openIndexCache({ name }) });
    const online = await shown(await make());
    expect(online.heading).to.equal('2 programs for Welders and related machine operators');
    expect(online.reasons.join('\n')).to.contain('“');

    await offlineVisit(name);
    expect(await shown(await make())).to.deep.equal(online);
  });

  it('sees the same recommendations on the portal, with their quotes, and what the work requires', async () => {
    const name = `mc-offline-portal-${Date.now()}`;
    const make = async () => {
      const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE} provider=${PROVIDER} region="ER3530" target=${WELDERS}></mc-portal>`);
      const recs = () => el.shadowRoot!.querySelector<McRecommendations>('mc-recommendations');
      await waitUntil(recs, 'the recommendations', LOAD);
      const got = await shown(recs()!);
      const block = () => el.shadowRoot!.querySelector('mc-labour-market')?.shadowRoot?.querySelector('[part=requirements]');
      await waitUntil(() => block()?.querySelector('li, [role=alert]'), 'the requirements, or their error', LOAD);
      return { ...got, required: text(block()!.querySelector('li, [role=alert]')) };
    };
    resetIndexSource({ cache: await openIndexCache({ name }) });
    const online = await make();
    expect(online.heading).to.equal('2 programs for Welders and related machine operators');
    expect(online.reasons.join('\n')).to.contain('“');
    expect(online.required).to.equal(REQUIRED);
    await firstVisitEnds(name);

    await offlineVisit(name);
    expect(await make()).to.deep.equal(online);
  });
});
