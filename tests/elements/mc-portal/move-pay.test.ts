/** On a move, the portal hands the current occupation to the labour market, which sets its pay beside the target's. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

async function portal(lang: string, current: string, target: string | null): Promise<HTMLElement> {
  const el = await fixture<McPortal>(html`<mc-portal lang=${lang} region="ER35"></mc-portal>`);
  Object.assign(el, { index, current, target });
  await waitUntil(() => el.shadowRoot!.querySelector('mc-labour-market')?.shadowRoot?.querySelector('[part=wages]'), 'the wages never showed', {
    timeout: 8000,
  });
  const market = el.shadowRoot!.querySelector('mc-labour-market') as HTMLElement & { updateComplete: Promise<unknown> };
  await market.updateComplete;
  return market;
}
const wages = (market: HTMLElement) => market.shadowRoot!.querySelector('[part=wages]')!.textContent!.replace(/[ \n\t]+/g, ' ');

describe('mc-portal: the pay of a move', () => {
  it('passes the current occupation as from, and the panel sets its median beside the target’s', async () => {
    const market = await portal('en', '32101', '31301');
    expect(market.getAttribute('code')).to.equal('31301');
    expect(market.getAttribute('from')).to.equal('32101');
    expect(wages(market)).to.contain('half of licensed practical nurses (your current job) earn more than $30.00.');
  });

  it('in French', async () => {
    const market = await portal('fr', '32101', '31301');
    expect(wages(market)).to.contain(
      'dans votre emploi actuel («\u00a0Infirmiers auxiliaires/infirmières auxiliaires\u00a0»), la moitié gagnent plus de 30,00\u00a0$.',
    );
  });

  it('passes no from without a move', async () => {
    const market = await portal('en', '31301', null);
    expect(market.hasAttribute('from')).to.equal(false);
    expect(wages(market)).not.to.contain('current work');
  });
});
