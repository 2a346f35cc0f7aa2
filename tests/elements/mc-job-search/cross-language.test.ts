import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-job-search.js';
import '../../../src/define/mc-portal.js';
import type { McJobSearch } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';

// A person in Ontario types the title in the language they think in, whatever the
// page's language. The sample index holds the real NOC titles of welders in both.
const SAMPLE = '/demo/data/sample/index.json';
const PAUSE = 650;

/** Files fetched since the last reset, by name. */
let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  resetIndexSource({
    cache: new MemoryIndexCache(),
    fetch: (input, init) => {
      fetched.push(
        String(input instanceof Request ? input.url : input)
          .split('/')
          .pop()!,
      );
      return fetch(input, init);
    },
  });
});

function options(el: McJobSearch): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
}

async function ready(el: McJobSearch): Promise<void> {
  await waitUntil(() => el.loadedIndex !== null, 'the sample index never loaded', { timeout: 8000 });
  await el.updateComplete;
}

async function type(el: McJobSearch, text: string): Promise<void> {
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Waits until an option offers `code`'s occupation, then returns it. */
async function optionFor(el: McJobSearch, text: RegExp): Promise<HTMLElement> {
  await waitUntil(() => options(el).some((o) => text.test(o.textContent!)), `no option matching ${text}`, {
    timeout: 8000,
  });
  return options(el).find((o) => text.test(o.textContent!))!;
}

describe('mc-job-search: titles typed in the other language', () => {
  it('offers Welders for "soudeur" typed on the English page, marked as French, and selects it', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search src=${SAMPLE}></mc-job-search>`);
    await ready(el);
    await type(el, 'soudeur');
    const option = await optionFor(el, /Welders and related machine operators/);
    const typed = option.querySelector('.match')!;
    expect(typed.textContent).to.match(/^Soudeur/);
    expect(typed.getAttribute('lang')).to.equal('fr');
    // Said in words too, not only to a screen reader: a French title among English ones.
    expect(option.querySelector('.title-lang')!.textContent).to.equal('French title');
    expect(option.querySelector('.title-lang')!.hasAttribute('lang')).to.equal(false);
    expect(fetched).to.include('titles.fr.tsv');
    // Only the French titles: the page keeps its English labels.
    expect(fetched).not.to.include('labels.fr.txt');
    // The pause before the French titles arrived found nothing; once they did, nothing says so.
    await new Promise((resolve) => setTimeout(resolve, PAUSE));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('No occupation matches');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('1 occupation found');
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'mc-select');
    option.click();
    expect((await selected).detail.code).to.equal('72106');
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Welders and related machine operators');
  });

  it('offers Welders for "soudeur" to a returning visitor offline, from the French titles an earlier visit loaded', async () => {
    const cache = new MemoryIndexCache();
    resetIndexSource({ cache });
    const visit = await fixture<McJobSearch>(html`<mc-job-search src=${SAMPLE}></mc-job-search>`);
    await ready(visit);
    await type(visit, 'soudeur');
    await optionFor(visit, /Welders and related machine operators/);
    // The next visit: a new page over the same device cache, with the network down.
    resetIndexSource({ cache, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const el = await fixture<McJobSearch>(html`<mc-job-search src=${SAMPLE}></mc-job-search>`);
    await ready(el);
    await type(el, 'soudeur');
    const option = await optionFor(el, /Welders and related machine operators/);
    expect(option.querySelector('.match')!.getAttribute('lang')).to.equal('fr');
  });

  it('offers Soudeurs for "welder" typed on the French page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><mc-job-search src=${SAMPLE}></mc-job-search></div>`);
    const el = wrapper.querySelector<McJobSearch>('mc-job-search')!;
    await ready(el);
    await type(el, 'welder');
    const option = await optionFor(el, /Soudeurs\/soudeuses/);
    expect(option.querySelector('.match')!.getAttribute('lang')).to.equal('en');
    expect(option.querySelector('.match')!.textContent).to.match(/welder/i);
    expect(option.querySelector('.title-lang')!.textContent).to.equal('Titre anglais');
    expect(fetched).to.include('titles.en.tsv');
  });

  it('finds personal support workers for "PSW" typed on the French page, an English acronym of three letters', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><mc-job-search src=${SAMPLE}></mc-job-search></div>`);
    const el = wrapper.querySelector<McJobSearch>('mc-job-search')!;
    await ready(el);
    await type(el, 'PSW');
    // Three letters load the English titles only because English spells PSW out: at the pause.
    const option = await optionFor(el, /Aides-infirmiers/);
    expect(option.querySelector('.match')!.getAttribute('lang')).to.equal('en');
    expect(option.querySelector('.match')!.textContent).to.match(/Personal support worker/);
    expect(fetched).to.include('titles.en.tsv');
    await new Promise((resolve) => setTimeout(resolve, PAUSE));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('Aucune profession ne correspond');
  });

  it('loads no other titles when the page language finds the title', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search src=${SAMPLE}></mc-job-search>`);
    await ready(el);
    await type(el, 'welder');
    await new Promise((resolve) => setTimeout(resolve, PAUSE));
    await el.updateComplete;
    expect(options(el)[0]!.textContent).to.contain('Welder');
    expect(Boolean(el.shadowRoot!.querySelector('.title-lang')), 'no title said to be French').to.equal(false);
    expect(fetched).not.to.include('titles.fr.tsv');
  });

  it('says nothing of the page language where the host gives no way to switch', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search src=${SAMPLE}></mc-job-search>`);
    await ready(el);
    await type(el, 'soudeur');
    await optionFor(el, /Welders and related machine operators/);
    expect(el.shadowRoot!.querySelector('p[lang=fr]')).to.equal(null);
  });

  it('in the portal, finds the French title, says in French that the page exists in French, and switches', async () => {
    const portal = await fixture<McPortal>(html`<mc-portal src=${SAMPLE}></mc-portal>`);
    await waitUntil(() => portal.shadowRoot!.querySelector('mc-job-search')?.loadedIndex, 'the portal never loaded', {
      timeout: 8000,
    });
    const el = portal.shadowRoot!.querySelector<McJobSearch>('mc-job-search')!;
    await el.updateComplete;
    await type(el, 'soudeuse');
    await optionFor(el, /Welders and related machine operators/);
    const offer = el.shadowRoot!.querySelector<HTMLElement>('p[lang=fr]')!;
    expect(offer.textContent).to.contain('Cette page existe aussi en français.');
    await expect(el).to.be.accessible();
    const requested = oneEvent(portal, 'mc-lang-request');
    // Reached by the keyboard: Tab from the field (closing the list) lands on the button.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(offer.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    expect((await requested).detail.lang).to.equal('fr');
    expect(portal.getAttribute('lang')).to.equal('fr');
    // The same typed title, now matched in French on the French page.
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => options(el).some((o) => /Soudeu/.test(o.textContent!) && !o.querySelector('.match')!.hasAttribute('lang')),
      'no French option on the French page',
      { timeout: 8000 },
    );
  });
});
