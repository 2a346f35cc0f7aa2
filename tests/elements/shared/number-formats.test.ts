// The number formatters made before the person types (in idle time, or in a task after a
// focus) are the ones money, counts and hours use later: no `Intl.NumberFormat` is made after
// the warm-up. The tests share one page, so each language is warmed once, in this order.
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

describe('number formatters made before the person types', () => {
  it('are made by the portal once idle, and none is made when money, counts, hours and a program card are shown after', async () => {
    const el = await fixture<HTMLElement>(html`<mc-portal lang="en"></mc-portal>`);
    await (el as unknown as { numberFormats: NumberFormatsWarmUp }).numberFormats.done;
    expect(madeFor).to.deep.equal(['en-CA', 'en-CA', 'en-CA', 'en-CA', 'en-CA']);
    madeFor.length = 0;
    formatMoney(18.5, 'en');
    formatMoney(1200, 'en', false);
    formatCount(4300, 'en');
    numberFormat('en').format(3);
    numberFormat('en', HOURS_FORMAT).format(12.5);
    const rec: Recommendation = { program: { ...PROGRAMS[0]!, hours: 12.5, costCad: 640 }, score: 0.8, matchedSkills: [], gapSkills: [], reasons: [] };
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><mc-program-card .recommendation=${rec}></mc-program-card></div>`);
    const card = wrap.querySelector<McProgramCard>('mc-program-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('$640').and.contain('12.5');
    expect(madeFor).to.deep.equal([]);
  });

  it('gives up when the person types in the element before the moment came', async () => {
    const el = await host('fr');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    await el.warmUp.done;
    expect(madeFor).to.deep.equal([]);
  });

  it('does not give up when the element is focused first: they are made in a task after the focus', async () => {
    const el = document.createElement('test-warm-host') as WarmHost;
    el.lang = 'fr';
    el.tabIndex = 0;
    document.body.append(el);
    el.focus();
    await el.warmUp.done;
    el.remove();
    expect(madeFor).to.deep.equal(['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
  });
});
