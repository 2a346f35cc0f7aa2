/**
 * The Region select shows the region whose wages are shown, and only when a region of Ontario
 * has wages of its own; a `region` the index does not know is named to the developer (a console
 * warning) and never shown to the person as a code.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';
import { captureWarnings } from '../../fixtures/browser/warnings.js';
import { labourMarketIn } from '../../fixtures/browser/labour-market.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

const warned = captureWarnings();

/** Welders (72106) have wages for Canada alone in the fixture index. */
const make = (props: Partial<McLabourMarket>, lang = 'en'): Promise<McLabourMarket> => labourMarketIn({ index, code: '72106', ...props }, lang);
const $ = (el: McLabourMarket, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const select = (el: McLabourMarket) => $(el, 'select') as HTMLSelectElement;
const selected = (el: McLabourMarket) => select(el).selectedOptions[0]!.textContent;

describe('mc-labour-market: a region the index does not know', () => {
  it('shows the region whose figures it shows, names it, and says the region asked for is not known', async () => {
    // Registered nurses: wages for Canada, Ontario, Ottawa and Toronto.
    const el = await make({ code: '31301', region: 'ER9999' });
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Canada');
    expect(select(el).value).to.equal('ER00');
    expect(selected(el)).to.equal('Canada');
    expect([...select(el).options].map((o) => o.value)).to.deep.equal(['ER00', 'ER35', 'ER3510', 'ER3580', 'ER3530']);
    expect($(el, '[part=wages] .notice').textContent).to.equal('The region asked for is not known, so these wages are for all of Canada.');
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
    const el = await make({ code: '31301', region: 'ER9999' }, 'fr');
    expect($(el, '[part=wages] .notice').textContent).to.equal('La région demandée est inconnue\u202f; ces salaires sont donc ceux de l’ensemble du Canada.');
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
  it('offers no region when no region of Ontario has wages of its own, says so, and says why wages are missing', async () => {
    // Welders: Canada alone; licensed practical nurses: an Ontario median alone.
    const welders = await make({ region: 'ER3530' });
    expect(welders.shadowRoot!.querySelector('select')).to.equal(null);
    expect($(welders, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Canada');
    expect($(welders, '.no-regions').textContent).to.equal(
      'No region of Ontario has wage figures of its own for this occupation in this data, so there is no region to choose.',
    );
    expect($(welders, '.no-regions + .notice').textContent).to.equal(
      'There are no wage figures for Toronto or for Ontario in this data, so these are for all of Canada. Job Bank does not publish a wage when the survey behind it has too few answers.',
    );
    await expect(welders).to.be.accessible();
    const lpn = await make({ code: '32101' }, 'fr');
    expect(lpn.shadowRoot!.querySelector('select')).to.equal(null);
    expect($(lpn, '.no-regions').textContent).to.match(/^Aucune région de l’Ontario n’a ses propres chiffres de salaire/);
    // No wages at all: no region line either, the reason instead.
    const devs = await make({ code: '21232' });
    expect(devs.shadowRoot!.querySelector('select, .no-regions')).to.equal(null);
    expect([...devs.shadowRoot!.querySelectorAll('[part=wages] p')].map((p) => p.textContent)).to.deep.equal([
      'There are no wage figures for software developers and programmers in this data.',
      'Job Bank does not publish a wage when the survey behind it has too few answers.',
    ]);
  });

  it('keeps the person’s pick when its figures are a wider region’s, and says so through the live region', async () => {
    const el = await make({ code: '31301' });
    await liveRegionShown(el);
    const live = listenToLiveRegion(el);
    select(el).value = 'ER3580';
    select(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    await el.updateComplete;
    expect(select(el).value).to.equal('ER3580');
    expect($(el, '[part=wages] .subheading').textContent).to.equal('Hourly wages in Ontario');
    expect(live.said).to.deep.equal(['There are no wage figures for Stratford–Bruce Peninsula in this data, so these are for all of Ontario.']);
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
