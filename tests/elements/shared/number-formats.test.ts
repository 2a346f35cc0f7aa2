// The number formatters made in idle time once an element is connected are the ones its
// money, counts and hours use later: no `Intl.NumberFormat` is made after the warm-up. The
// tests share one page, so each language is warmed once, in this order.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../../src/define/mc-portal.js';
import '../mc-recommendations/define.js';
import { NumberFormatsWarmUp } from '../../../src/elements/shared/number-formats.js';
import { HOURS_FORMAT, numberFormat } from '../../../src/elements/shared/locale.js';
import { formatCount, formatMoney } from '../../../src/core/lmi/index.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { Recommendation } from '../../../src/core/model/loaded.js';
import type { Lang } from '../../../src/core/index-format/index.js';
import { PROGRAMS } from '../../fixtures/index/index.js';

/** Every `Intl.NumberFormat` made, by locale. */
const madeFor: string[] = [];
const NumberFormat = Intl.NumberFormat;
before(() => {
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>, newTarget) {
      madeFor.push(String(args[0]));
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
});
after(() => {
  Intl.NumberFormat = NumberFormat;
});

class WarmHost extends LitElement {
  readonly warmUp = new NumberFormatsWarmUp(this, () => this.lang as Lang);
}
customElements.define('test-warm-host', WarmHost);

function host(lang: Lang): Promise<WarmHost> {
  const el = document.createElement('test-warm-host') as WarmHost;
  el.lang = lang;
  return fixture<WarmHost>(el);
}

describe('number formatters made in idle time', () => {
  it('makes the French ones once idle, and none is made when money, counts, hours and a program card are shown after', async () => {
    const el = await host('fr');
    await el.warmUp.done;
    expect(madeFor.filter((l) => l === 'fr-CA')).to.have.length(5);
    madeFor.length = 0;
    formatMoney(18.5, 'fr');
    formatMoney(1200, 'fr', false);
    formatCount(4300, 'fr');
    numberFormat('fr').format(3);
    numberFormat('fr', HOURS_FORMAT).format(12.5);
    const rec: Recommendation = { program: { ...PROGRAMS[0]!, hours: 12.5, costCad: 640 }, score: 0.8, matchedSkills: [], gapSkills: [], reasons: [] };
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-program-card .recommendation=${rec}></mc-program-card></div>`);
    const card = wrap.querySelector<McProgramCard>('mc-program-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('640');
    expect(madeFor).to.deep.equal([]);
  });

  it('gives up when the person types in the element before the idle moment, and makes them later on use', async () => {
    const el = await host('en');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    await el.warmUp.done;
    expect(madeFor).to.deep.equal([]);
    formatMoney(18.5, 'en');
    expect(madeFor).to.deep.equal(['en-CA']);
    madeFor.length = 0;
  });

  it('is done by the portal (it shows wages after a choice) in the language of the page', async () => {
    const el = await fixture<HTMLElement>(html`<mc-portal lang="en"></mc-portal>`);
    await (el as unknown as { numberFormats: NumberFormatsWarmUp }).numberFormats.done;
    // The money formatter exists from the test before: the count, plain and hours ones are new.
    expect(madeFor).to.deep.equal(['en-CA', 'en-CA', 'en-CA', 'en-CA']);
    madeFor.length = 0;
    formatMoney(1200, 'en', false);
    numberFormat('en', HOURS_FORMAT).format(1.5);
    expect(madeFor).to.deep.equal([]);
  });
});
