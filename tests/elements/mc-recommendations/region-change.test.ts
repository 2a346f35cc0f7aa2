// A host changes `region` as the person arrows through a region select (mc-portal, for the
// labour market's wages): the programs are re-ranked at once for the new region, stay on
// screen, and nothing is said, no "Loading programs…" for each region passed.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';

let index: LoadedIndex;
before(async () => {
  // One program offered in Ottawa only: the region still narrows the list.
  index = await loadedIndex({ programs: withNursingModules().map((p, i) => (i === 0 ? { ...p, region: 'ER3505' } : p)) });
});

const ids = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((c) => c.recommendation!.program.id);

describe('mc-recommendations: a region change', () => {
  it('re-ranks in the same render: the list stays, no loading state, nothing said', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301" from="33102" region="ER3505" limit="50"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    await liveRegionShown(el);
    const ottawaOnly = withNursingModules()[0]!.id;
    expect(ids(el)).to.include(ottawaOnly);
    const live = listenToLiveRegion(el);
    let lost = false;
    const watch = new MutationObserver(() => (lost ||= !el.shadowRoot!.querySelector('[part=list]') || !!el.shadowRoot!.querySelector('[part=state]')));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true });
    for (const region of ['ER3510', 'ER3530', 'ER3550']) {
      el.region = region;
      await el.updateComplete;
    }
    await settled(el);
    watch.disconnect();
    live.stop();
    expect(lost, 'the list stayed on screen, with no loading state').to.equal(false);
    expect(live.said).to.deep.equal([]);
    expect(ids(el), 'the list is the new region’s').to.not.include(ottawaOnly);
  });
});
