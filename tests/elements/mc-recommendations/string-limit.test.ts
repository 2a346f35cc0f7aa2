import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

// React 19 sets a property whenever the element has one of that name, so the README's
// `<mc-recommendations limit="5">` in JSX sets `limit` to the string "5".
describe('mc-recommendations: limit set as a string, as React 19 sets it', () => {
  it('pages by that many, and Show more adds that many', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="31301"></mc-recommendations>`);
    el.index = await loadedIndex({ programs: withNursingModules() });
    (el as unknown as { limit: string }).limit = '5';
    await settled(el);
    const cards = () => el.shadowRoot!.querySelectorAll('mc-program-card').length;
    expect(cards()).to.equal(5);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more] button')!.click();
    await settled(el);
    expect(cards()).to.equal(10);
    expect(el.limit).to.equal(5);
  });
});
