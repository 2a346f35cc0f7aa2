// What loading sounds like: one live region from the first render, whose text changes. A
// role="status" box inserted already saying "Loading programs…" is skipped by several
// screen readers.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

describe('mc-recommendations: the live region', () => {
  it('says "Loading programs…" in its one live region when a choice starts ranking, then stops saying it', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations></mc-recommendations>`);
    el.index = index;
    await el.updateComplete;
    // In the page for a while, as when a person chooses: a ranking done within the region's first frame is said as its results only.
    await liveRegionShown(el);
    const live = listenToLiveRegion(el);
    el.choose('31301');
    await settled(el);
    live.stop();
    expect(live.said[0]).to.equal('Loading programs…');
    expect(live.insertedFilled).to.deep.equal([]);
    expect(live.kept(), 'the same region throughout').to.equal(true);
    expect(el.shadowRoot!.querySelector('mc-program-card')).to.exist;
    expect(el.shadowRoot!.querySelector('p[role=status]')!.textContent, 'not still loading once the programs show').to.not.contain('Loading');
    expect(el.shadowRoot!.querySelectorAll('[role=status]')).to.have.length(1);
  });
});
