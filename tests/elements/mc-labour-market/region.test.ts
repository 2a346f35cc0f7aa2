/**
 * The Region select shows the region whose wages are shown; a `region` the index does not
 * know is named to the developer (a console warning) and never shown to the person as a code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';
import { captureWarnings } from '../../fixtures/browser/warnings.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

const warned = captureWarnings();

/** Welders (72106) have wages for Canada alone in the fixture index. */
async function make(props: Partial<McLabourMarket>, lang = 'en'): Promise<McLabourMarket> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><mc-labour-market></mc-labour-market></div>`);
  const el = wrapper.querySelector('mc-labour-market')!;
  Object.assign(el, { index, code: '72106', ...props });
  await el.updateComplete;
  return el;
}
const $ = (el: McLabourMarket, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const select = (el: McLabourMarket) => $(el, 'select') as HTMLSelectElement;
const selected = (el: McLabourMarket) => select(el).selectedOptions[0]!.textContent;

describe('mc-labour-market: a region the index does not know', () => {
  it('shows the region whose figures it shows, names it, and says the region asked for is not known', async () => {
    const el = await make({ region: 'ER9999' });
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Canada');
    expect(select(el).value).to.equal('ER00');
    expect(selected(el)).to.equal('Canada');
    expect([...select(el).options].map((o) => o.value)).to.deep.equal(['ER00', 'ER35', 'ER3510', 'ER3580', 'ER3530']);
    expect($(el, '[part=wages] .notice').textContent).to.equal('The region asked for is not known; showing Canada.');
    expect(el.shadowRoot!.textContent).not.to.contain('ER9999');
    await expect(el).to.be.accessible();
  });

  it('warns the developer once, naming the attribute and its value', async () => {
    const el = await make({ region: 'ER9999' });
    el.code = '31301';
    await el.updateComplete;
    const about = warned.list.filter((w) => w.includes('region='));
    expect(about).to.have.length(1);
    expect(about[0]).to.match(/^<mc-labour-market> region="ER9999" is not a region of its index/);
    expect(about[0]).to.contain('ER35, ER3510, ER3530, ER3580');
    el.region = 'ER3530';
    await el.updateComplete;
    expect(warned.list.filter((w) => w.includes('region='))).to.have.length(1);
  });

  it('says it in French, with French typography and no code', async () => {
    const el = await make({ region: 'ER9999' }, 'fr');
    expect($(el, '[part=wages] .notice').textContent).to.equal('La région demandée est inconnue\u202f; chiffres pour l’ensemble du Canada.');
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Salaires horaires, Canada');
    expect(selected(el)).to.equal('Canada');
    expect(el.shadowRoot!.textContent).not.to.contain('ER9999');
  });

  it('is silent for a region the index knows, and for none', async () => {
    await make({ region: 'ER3530' });
    await make({});
    expect(warned.list.filter((w) => w.includes('region='))).to.deep.equal([]);
  });
});

describe('mc-labour-market: the Region select follows the figures', () => {
  it('shows Canada when Ontario has no figures and Canada’s are shown', async () => {
    const el = await make({});
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Canada');
    expect(selected(el)).to.equal('Canada');
    expect($(el, '[part=wages] .notice').textContent).to.equal('No wage data for Ontario; showing Canada.');
  });

  it('keeps the person’s pick when its figures are a wider region’s, and says so through the live region', async () => {
    const el = await make({ code: '31301' });
    const live = listenToLiveRegion(el);
    select(el).value = 'ER3580';
    select(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    await el.updateComplete;
    expect(select(el).value).to.equal('ER3580');
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Ontario');
    expect(live.said).to.deep.equal(['No wage data for Stratford–Bruce Peninsula; showing Ontario.']);
    live.stop();
  });

  it('tells the host the region the person picks (mc-region-change), never one set from code', async () => {
    const el = await make({ code: '31301' });
    const heard: string[] = [];
    el.addEventListener('mc-region-change', (e) => heard.push(e.detail.region));
    el.region = 'ER3530';
    await el.updateComplete;
    select(el).value = 'ER3510';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(heard).to.deep.equal(['ER3510']);
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Ottawa');
  });
});
