// The program's words a card quotes, and the strength it shows with them, come the way the
// index came: through the host's own fetch (`resetIndexSource({ fetch })`), on a server that
// answers only the requests carrying its header, on the repository's sample index (built by
// `npm run sample-index` before the browser lane) as the institution demo page shows it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { eachOnHostOnlyServer } from '../../fixtures/browser/host-fetch.js';

const SAMPLE = '/demo/data/sample/index.json';
const PROVIDER = 'Lakeshore Polytechnic (fictional)';
const LOAD = { timeout: 8000 };
const WELDERS = '72106';
const CARPENTERS = '72310';

async function make(occupation: string): Promise<McRecommendations> {
  const el = await fixture<McRecommendations>(
    html`<mc-recommendations src=${SAMPLE} occupation=${occupation} provider=${PROVIDER} region="ER3530"></mc-recommendations>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part=heading]'), 'results shown', LOAD);
  return el;
}

const cards = (el: McRecommendations) => [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
const reason = (card: McProgramCard) => card.shadowRoot!.querySelector('[part=reason]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe("mc-recommendations: the quotes come through the host's fetch", () => {
  const server = eachOnHostOnlyServer();

  it('on a server that refuses requests without the host’s header, every card says how strong a match it is and quotes the program', async () => {
    const el = await make(WELDERS);
    await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.recommendation?.strength), 'the cards’ strengths (their quotes)', LOAD);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(server().seen).to.include(`quotes.${WELDERS}.txt`);
    const shown = cards(el).map(reason);
    expect(shown.filter((r) => !/^Why this program (Strong|Partial) match: /.test(r))).to.deep.equal([]);
    expect(shown.join('\n')).to.contain('“');
  });

  it('with no program here, still names the related occupation that has strong matches (its quotes through the host’s fetch)', async () => {
    const el = await make(CARPENTERS);
    const buttons = () => [...el.shadowRoot!.querySelectorAll('[part~=nearby] button')].map((b) => b.textContent!.trim());
    await waitUntil(() => buttons().length > 0 || el.shadowRoot!.querySelectorAll('[part~=notice] p').length > 1, 'nearby occupations', LOAD);
    expect(buttons()).to.include('Welders and related machine operators');
    expect(server().seen).to.include(`quotes.${WELDERS}.txt`);
  });
});
