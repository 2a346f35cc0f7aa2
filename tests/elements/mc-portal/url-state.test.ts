import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McJobSearch } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { FilterState } from '../../../src/elements/mc-recommendations/filters.js';
import fc from 'fast-check';
import { readUrlState, URL_KEYS, writeUrlState, type PortalUrlState } from '../../../src/elements/mc-portal/url-state.js';

const SAMPLE = '/demo/data/sample/index.json';
type Recs = HTMLElement & { occupation: string | null; from: string | null; region: string | null; filters: FilterState; updateComplete: Promise<unknown> };

const root = (el: McPortal) => el.shadowRoot!;
const recs = (el: McPortal) => root(el).querySelector('mc-recommendations') as Recs | null;
const search = (el: McPortal, role: 'current' | 'target') => root(el).querySelector<McJobSearch>(`mc-job-search[search-role=${role}]`)!;
const copyButton = (el: McPortal) => root(el).querySelector<HTMLButtonElement>('[part=share] button');
const copyStatus = (el: McPortal) => root(el).querySelector('[part=share] [role=status]')!.textContent!.trim();

/** Loads the sample at once, and waits for the cards when an occupation is shown. */
async function ready(el: McPortal): Promise<void> {
  await el.updateComplete;
  search(el, 'current').shadowRoot!.querySelector('input')!.focus();
  await waitUntil(() => search(el, 'current').loadedIndex !== null, 'the sample index never loaded', { timeout: 8000 });
  await el.updateComplete;
  if (!el.current && !el.target) return;
  await waitUntil(() => root(el).querySelector('[part~=related]') !== null, 'related list never appeared');
  await waitUntil(
    () => (recs(el)?.shadowRoot?.querySelectorAll('mc-program-card').length ?? 0) > 0,
    `no cards: ${recs(el)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300)} ${location.href}`,
  );
  await recs(el)!.updateComplete;
}

async function chooseWithKeyboard(el: McPortal, role: 'current' | 'target', text: string): Promise<void> {
  search(el, role).shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await search(el, role).updateComplete;
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

/** What a person sees: heading, the filter controls' state and the programs in order. */
function view(el: McPortal) {
  const r = recs(el)!;
  const panel = r.shadowRoot!;
  return {
    lang: el.closest('[lang]') === el ? el.getAttribute('lang') : null,
    heading: root(el).querySelector('[part=results-heading]')!.textContent!.trim(),
    occupation: r.occupation,
    from: r.from,
    region: r.region,
    checked: [...panel.querySelectorAll<HTMLInputElement>('label.check input')].filter((i) => i.checked).map((i) => i.parentElement!.textContent!.trim()),
    sort: panel.querySelector<HTMLSelectElement>('#sort')!.value,
    cards: [...panel.querySelectorAll('mc-program-card')].map(
      (c) => (c as HTMLElement & { recommendation: { program: { id: string } } }).recommendation.program.id,
    ),
  };
}

let original: string;
let clipboard: PropertyDescriptor | undefined;
let copied: string[];
beforeEach(() => {
  original = location.href;
  copied = [];
  clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  // The test reads what the portal copies; a headless browser has no clipboard to read back.
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
});
afterEach(() => {
  history.replaceState(null, '', original);
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  else delete (navigator as unknown as { clipboard?: unknown }).clipboard;
});

describe('mc-portal url-state: a copied link restores the same view', () => {
  it('occupations chosen, filters, sort and language survive a copied link opened afresh', async () => {
    const first = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE} region="ER3530"></mc-portal>`);
    await ready(first);
    await chooseWithKeyboard(first, 'current', 'bookkeeper');
    await ready(first);
    await chooseWithKeyboard(first, 'target', 'data scientist');
    await ready(first);
    const panel = recs(first)!.shadowRoot!;
    // Data scientists' programs in Toronto are all online, in English or in both languages.
    const english = [...panel.querySelectorAll('label.check')].find((l) => l.textContent!.trim() === 'English')!;
    let shown = oneEvent(first, 'mc-recommend');
    english.querySelector('input')!.click();
    await shown;
    const sort = panel.querySelector<HTMLSelectElement>('#sort')!;
    sort.value = 'cost';
    shown = oneEvent(first, 'mc-recommend');
    sort.dispatchEvent(new Event('change'));
    await shown;
    root(first).querySelector<HTMLButtonElement>('[part=lang-toggle]')!.click();
    await waitUntil(() => copyButton(first)?.textContent!.trim() === 'Copier le lien', 'the portal never turned French');
    await ready(first);
    // The French labels load after the toggle.
    await waitUntil(() => !view(first).heading.includes('Data scientists'), 'the heading stayed English', { timeout: 8000 });
    const before = view(first);
    expect(before.checked).to.deep.equal(['Anglais']);
    expect(before.sort).to.equal('cost');

    copyButton(first)!.click();
    await waitUntil(() => copyStatus(first) !== '', 'no message after Copy link');
    expect(copyStatus(first)).to.match(/^Lien copié\./);
    expect(copied).to.have.length(1);
    const link = new URL(copied[0]!);
    expect(link.href).to.equal(location.href);
    // Codes and choices only: nothing the person typed.
    const hostKeys = [...new URL(original).searchParams.keys()];
    for (const key of link.searchParams.keys()) if (!hostKeys.includes(key)) expect(URL_KEYS as readonly string[]).to.include(key);
    expect(link.href).not.to.match(/bookkeeper|scientist/i);
    expect(link.searchParams.get('mc-current')).to.equal('12200');
    expect(link.searchParams.get('mc-target')).to.equal('21211');

    first.remove();
    history.replaceState(null, '', original);
    history.replaceState(null, '', link.href);
    const second = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE}></mc-portal>`);
    await ready(second);
    await waitUntil(() => view(second).cards.length === before.cards.length, 'the restored list differs in length');
    expect(view(second)).to.deep.equal(before);
    await expect(second).to.be.accessible();
  });

  it('the wage region the person picks goes into the link, and a link opened afresh shows it', async () => {
    // Data scientists: the sample has their wages in Ottawa.
    history.replaceState(null, '', `${location.pathname}?mc-current=21211`);
    const first = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE} region="ER3530"></mc-portal>`);
    await ready(first);
    const market = () => root(first).querySelector('mc-labour-market')!;
    await waitUntil(() => market().shadowRoot?.querySelector('select') != null, 'no Region select');
    const select = market().shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('ER3530');
    const picked = oneEvent(first, 'mc-region-change');
    select.value = 'ER3510';
    select.dispatchEvent(new Event('change'));
    expect((await picked).detail.region).to.equal('ER3510');
    await first.updateComplete;
    expect(new URL(location.href).searchParams.get('mc-region')).to.equal('ER3510');
    copyButton(first)!.click();
    await waitUntil(() => copied.length === 1, 'nothing copied');
    expect(new URL(copied[0]!).searchParams.get('mc-region')).to.equal('ER3510');
    // The same region for the programs: the view a link restores is one region.
    expect(recs(first)!.region).to.equal('ER3510');

    first.remove();
    history.replaceState(null, '', copied[0]!);
    const second = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE} region="ER3530"></mc-portal>`);
    await ready(second);
    const again = root(second).querySelector('mc-labour-market')!;
    await waitUntil(() => again.shadowRoot?.querySelector('select') != null, 'no Region select');
    expect(again.shadowRoot!.querySelector('select')!.value).to.equal('ER3510');
    expect(again.shadowRoot!.querySelector('[part~=wages]')!.textContent).to.contain('Ottawa');
  });

  it('a shared or reloaded link fills both job fields with the occupations’ titles, and fires nothing', async () => {
    history.replaceState(null, '', `${location.pathname}?mc-current=12200&mc-target=21211`);
    let selects = 0;
    const count = () => selects++;
    document.addEventListener('mc-select', count);
    try {
      const el = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE}></mc-portal>`);
      await ready(el);
      expect(view(el).heading).to.equal('From Accounting technicians and bookkeepers to Data scientists');
      expect(search(el, 'current').shadowRoot!.querySelector('input')!.value).to.equal('Accounting technicians and bookkeepers');
      expect(search(el, 'target').shadowRoot!.querySelector('input')!.value).to.equal('Data scientists');
      expect(selects).to.equal(0);
    } finally {
      document.removeEventListener('mc-select', count);
    }
  });

  it('keeps the host page’s own parameters and fragment', async () => {
    history.replaceState(null, '', `${location.pathname}?page=2&mc-sort=hours#top`);
    const el = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE}></mc-portal>`);
    await ready(el);
    el.current = '72106';
    await ready(el);
    const url = new URL(location.href);
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('mc-current')).to.equal('72106');
    expect(url.searchParams.get('mc-sort')).to.equal('hours');
    expect(url.hash).to.equal('#top');
  });

  it('once taken out of the page, no longer writes the URL, whatever still updates it', async () => {
    const el = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE} current="72106"></mc-portal>`);
    await ready(el);
    el.remove();
    history.replaceState(null, '', `${location.pathname}?page=3`);
    el.target = '31301';
    await el.updateComplete;
    expect(location.search).to.equal('?page=3');
  });

  it('drops malformed values instead of failing', async () => {
    history.replaceState(null, '', `${location.pathname}?mc-current=<script>&mc-target=21211&mc-sort=evil&mc-hours=-5&mc-delivery=online,nowhere`);
    const el = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE}></mc-portal>`);
    await ready(el);
    expect(el.current).to.equal(null);
    expect(el.target).to.equal('21211');
    expect(recs(el)!.filters).to.deep.include({ sort: 'fit', maxHours: null, delivery: ['online'] });
  });

  it('says where the link is when the clipboard refuses, in the page’s language', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    history.replaceState(null, '', `${location.pathname}?mc-current=12200&mc-lang=fr`);
    const el = await fixture<McPortal>(html`<mc-portal url-state src=${SAMPLE}></mc-portal>`);
    await ready(el);
    copyButton(el)!.click();
    await waitUntil(() => copyStatus(el) !== '', 'no message after a refused copy');
    expect(copyStatus(el)).to.match(/^Impossible de copier le lien\..*barre d’adresse/);
    await expect(el).to.be.accessible();
  });
});

describe('mc-portal without url-state', () => {
  it('leaves the URL alone, ignores mc- parameters and offers no Copy link', async () => {
    history.replaceState(null, '', `${location.pathname}?mc-current=31301`);
    const before = location.href;
    const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE}></mc-portal>`);
    await ready(el);
    expect(el.current).to.equal(null);
    el.current = '72106';
    await ready(el);
    expect(location.href).to.equal(before);
    expect(copyButton(el)).to.equal(null);
  });
});

describe('url-state: reading back what was written', () => {
  it('gives back any well-formed view, whatever the host page’s URL holds', () => {
    const code = fc.stringMatching(/^\d{5}$/);
    const view = fc.record({
      current: fc.option(code, { nil: null }),
      target: fc.option(code, { nil: null }),
      region: fc.option(fc.stringMatching(/^ER\d{4}$/), { nil: null }),
      lang: fc.constantFrom('en' as const, 'fr' as const, null),
      filters: fc.record({
        delivery: fc.uniqueArray(fc.constantFrom('online' as const, 'in-person' as const, 'hybrid' as const)),
        language: fc.uniqueArray(fc.constantFrom('en' as const, 'fr' as const, 'bilingual' as const, 'other' as const)),
        maxHours: fc.option(fc.integer({ min: 0, max: 999999 }), { nil: null }),
        maxCost: fc.option(fc.integer({ min: 0, max: 999999 }), { nil: null }),
        osapOnly: fc.boolean(),
        provider: fc.string({ maxLength: 200 }),
        sort: fc.constantFrom('fit' as const, 'hours' as const, 'cost' as const),
      }),
    });
    const host = fc.webUrl({ withQueryParameters: true, withFragments: true });
    fc.assert(
      fc.property(view, host, (state: PortalUrlState, page) => {
        const href = writeUrlState(page, state);
        expect(readUrlState(new URL(href).search)).to.deep.equal(state);
        const before = new URL(page);
        const after = new URL(href);
        expect(after.hash).to.equal(before.hash);
        for (const [key, value] of before.searchParams) if (!key.startsWith('mc-')) expect(after.searchParams.getAll(key)).to.include(value);
      }),
    );
  });
});
