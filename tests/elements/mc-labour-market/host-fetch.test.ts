// What the work requires comes the way the index came: through the host's own fetch
// (`resetIndexSource({ fetch })`), on a server that answers only the requests carrying its
// header, on the repository's sample index (built by `npm run sample-index` before the
// browser lane).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import { eachOnHostOnlyServer } from '../../fixtures/browser/host-fetch.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

describe("mc-labour-market: what the work requires comes through the host's fetch", () => {
  const server = eachOnHostOnlyServer();

  it('on a server that refuses requests without the host’s header, shows the official requirements, not that they could not be loaded', async () => {
    const el = await fixture<McLabourMarket>(html`<mc-labour-market src=${SAMPLE} code="72106"></mc-labour-market>`);
    const block = () => el.shadowRoot!.querySelector('[part=requirements]');
    await waitUntil(() => block()?.querySelector('li, [role=alert]'), 'the requirements, or their error', LOAD);
    // Its text, not the box: chai's message for an element stalled the test runner.
    expect(block()!.querySelector('[role=alert]')?.textContent?.trim(), 'the error box').to.equal(undefined);
    expect(block()!.querySelector('li')?.textContent).to.equal(
      'Completion of a three-year apprenticeship program is usually required to be eligible for trade certification.',
    );
    expect(server().seen).to.include.members(['index.json', 'requirements.en.7.txt']);
  });
});
