// Names as Chromium's accessibility tree gives them, what a screen reader says (axe computes
// its own, and passed these).
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

describe('mc-recommendations: accessible names', () => {
  it('the filters’ disclosure says how many are active after a space: “Filter and sort programs (1 active)”', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = index;
    await settled(el);
    const cost = el.shadowRoot!.querySelector<HTMLSelectElement>('#max-cost')!;
    cost.value = '0';
    cost.dispatchEvent(new Event('change'));
    await settled(el);
    const names = await accessibleNames('DisclosureTriangle');
    expect(names).to.deep.equal(['Filter and sort programs (1 active)']);
  });
});
