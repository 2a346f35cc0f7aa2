import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-job-search.js';
import '../../../src/define/mc-portal.js';
import type { McJobSearch } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { requestIndex, resetIndexSource } from '../../../src/elements/shared/index-source.js';

// When the titles start loading (the `loading` attribute), and that the first suggestion
// needs only index.json, the labels and the titles: program files are held back by the
// fetch below and suggestions still come.
const SAMPLE = '/demo/data/sample/index.json';

/** Files fetched since the last reset, by name. */
let fetched: string[] = [];
/** Releases the program files held back (when `holdPrograms`): the whole catalogue, and with `holdSlices` each occupation's slice. */
let releasePrograms: () => void = () => undefined;
let holdPrograms = false;
let holdSlices = false;
/** Changes the bytes of a file by name before the loader sees them. */
let tamper: ((name: string, bytes: Uint8Array) => Uint8Array) | null = null;

beforeEach(() => {
  fetched = [];
  holdPrograms = false;
  holdSlices = false;
  tamper = null;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  releasePrograms = release;
  resetIndexSource({
    cache: new MemoryIndexCache(),
    fetch: async (input, init) => {
      const name = String(input instanceof Request ? input.url : input)
        .split('/')
        .pop()!;
      fetched.push(name);
      if (holdPrograms && (name === 'programs.txt' || (holdSlices && /^programs\.\d{5}\.txt$/.test(name)))) await held;
      const response = await fetch(input, init);
      if (!tamper) return response;
      const bytes = tamper(name, new Uint8Array(await response.arrayBuffer()));
      return new Response(bytes as Uint8Array<ArrayBuffer>, { status: response.status, headers: response.headers });
    },
  });
});

afterEach(() => releasePrograms());

const options = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[role=option]')];
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

async function type(el: McJobSearch, text: string): Promise<void> {
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('mc-job-search: when the titles load (loading)', () => {
  it('is visible by default and reflects the attribute', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search></mc-job-search>`);
    expect(el.loading).to.equal('visible');
    el.loading = 'idle';
    await el.updateComplete;
    expect(el.getAttribute('loading')).to.equal('idle');
  });

  it('eager: starts at once, even far below the viewport', async () => {
    const box = await fixture(html`<div><div style="height: 300vh"></div><mc-job-search loading="eager" src=${SAMPLE}></mc-job-search></div>`);
    const el = box.querySelector<McJobSearch>('mc-job-search')!;
    await waitUntil(() => el.loadedIndex !== null, 'the titles never loaded', { timeout: 8000 });
    expect(fetched).to.include('index.json');
  });

  it('visible: waits until the element comes near the viewport', async () => {
    const box = await fixture(html`<div><div style="height: 300vh"></div><mc-job-search src=${SAMPLE}></mc-job-search></div>`);
    const el = box.querySelector<McJobSearch>('mc-job-search')!;
    await el.updateComplete;
    await frames(5);
    expect(fetched, 'nothing is fetched while it is off screen').to.deep.equal([]);
    el.scrollIntoView();
    await waitUntil(() => el.loadedIndex !== null, 'the titles never loaded once visible', { timeout: 8000 });
    expect(fetched).to.include('index.json');
  });

  it('idle: starts when the browser is idle, even far below the viewport', async () => {
    const box = await fixture(html`<div><div style="height: 300vh"></div><mc-job-search loading="idle" src=${SAMPLE}></mc-job-search></div>`);
    const el = box.querySelector<McJobSearch>('mc-job-search')!;
    await waitUntil(() => el.loadedIndex !== null, 'the titles never loaded when idle', { timeout: 8000 });
  });

  it('focus: waits for the person to focus the field, visible or not', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search loading="focus" src=${SAMPLE}></mc-job-search>`);
    await frames(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched, 'nothing is fetched before focus').to.deep.equal([]);
    el.focus();
    await waitUntil(() => el.loadedIndex !== null, 'the titles never loaded on focus', { timeout: 8000 });
  });

  it('starts on focus whatever the mode, and takes the titles typed before they came', async () => {
    const box = await fixture(html`<div><div style="height: 300vh"></div><mc-job-search src=${SAMPLE}></mc-job-search></div>`);
    const el = box.querySelector<McJobSearch>('mc-job-search')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('input')!.focus({ preventScroll: true });
    await sendKeys({ type: 'weld' });
    await waitUntil(() => el.loadedIndex !== null, 'focus did not start the load', { timeout: 8000 });
    await waitUntil(() => options(el.shadowRoot!).length > 0, `no suggestion for "${el.query}"`, { timeout: 8000 });
  });
});

/** A portal whose programs are held back, with "welder" chosen from the titles loaded first; `seen` lists its events. */
async function portalChosenEarly(): Promise<{ portal: McPortal; seen: string[] }> {
  holdPrograms = true;
  const portal = await fixture<McPortal>(html`<mc-portal src=${SAMPLE}></mc-portal>`);
  const seen: string[] = [];
  for (const type of ['mc-select', 'mc-recommend']) portal.addEventListener(type, () => seen.push(type));
  await waitUntil(() => portal.shadowRoot!.querySelector('mc-job-search'), 'no search');
  const search = portal.shadowRoot!.querySelector<McJobSearch>('mc-job-search[search-role=current]')!;
  await type(search, 'welder');
  await waitUntil(() => options(search.shadowRoot!).length > 0, 'no suggestion while programs are held', { timeout: 8000 });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => seen.includes('mc-select'), 'the choice was not taken');
  return { portal, seen };
}

describe('mc-job-search: titles first', () => {
  it('suggests from index.json, the labels and the titles alone: no program, quote or other file', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search loading="eager" src=${SAMPLE}></mc-job-search>`);
    await type(el, 'weld');
    await waitUntil(() => options(el.shadowRoot!).length > 0, 'no suggestion', { timeout: 8000 });
    expect([...new Set(fetched)].sort()).to.deep.equal(['index.json', 'labels.en.txt', 'titles.en.tsv']);
  });

  it('in the portal, no program file is fetched before a choice: the suggestions come from the titles alone', async () => {
    const portal = await fixture<McPortal>(html`<mc-portal src=${SAMPLE}></mc-portal>`);
    await portal.updateComplete;
    await waitUntil(() => portal.shadowRoot!.querySelector('mc-job-search'), 'no search');
    const search = portal.shadowRoot!.querySelector<McJobSearch>('mc-job-search[search-role=current]')!;
    search.shadowRoot!.querySelector('input')!.focus(); // first interaction starts the load at once
    await type(search, 'weld');
    await waitUntil(() => options(search.shadowRoot!).length > 0, 'no suggestion', { timeout: 8000 });
    await frames(3);
    expect([...new Set(fetched)].sort()).to.deep.equal(['index.json', 'labels.en.txt', 'titles.en.tsv']);
    expect(portal.loadedIndex).to.equal(null);
  });

  it('in the portal, a job chosen shows its training from its slice of the catalogue, and the whole catalogue loads after', async () => {
    const { portal, seen } = await portalChosenEarly();
    await waitUntil(() => seen.includes('mc-recommend'), 'the recommendations were never reported', { timeout: 8000 });
    expect(seen).to.deep.equal(['mc-select', 'mc-recommend']);
    const code = portal.current!;
    expect(portal.loadedIndex?.slice?.occupation, 'the slice of the job chosen').to.equal(code);
    const first = fetched.indexOf(`programs.${code}.txt`);
    expect(first, 'its slice was fetched').to.be.greaterThan(-1);
    expect(fetched.slice(0, first)).to.include('catalogue.txt');
    await waitUntil(() => fetched.includes('programs.txt'), 'the whole catalogue never followed', { timeout: 8000 });
    releasePrograms();
    // Focus was still in the search it was chosen with: it moves to the results, as after any choice.
    const heading = portal.shadowRoot!.querySelector('[part=results-heading]');
    await waitUntil(() => portal.shadowRoot!.activeElement === heading, 'focus did not move to the results');
  });

  it('in the portal, results that come after an early choice leave focus where the person went since', async () => {
    holdSlices = true;
    const { portal, seen } = await portalChosenEarly();
    const target = portal.shadowRoot!.querySelector<McJobSearch>('mc-job-search[search-role=target]')!;
    await type(target, 'nur');
    releasePrograms();
    await waitUntil(() => seen.includes('mc-recommend'), 'mc-recommend never fired', { timeout: 8000 });
    await frames(3);
    expect(target.shadowRoot!.activeElement).to.equal(target.shadowRoot!.querySelector('input'));
  });

  it('shares one titles load between the searches of a page, and the whole index reuses its files and titles', async () => {
    const box = await fixture(html`<div>
      <mc-job-search loading="eager" src=${SAMPLE}></mc-job-search>
      <mc-job-search loading="eager" src=${SAMPLE}></mc-job-search>
    </div>`);
    const [a, b] = box.querySelectorAll<McJobSearch>('mc-job-search');
    await waitUntil(() => a!.loadedIndex !== null && b!.loadedIndex !== null, 'the titles never loaded', { timeout: 8000 });
    expect(a!.loadedIndex).to.equal(b!.loadedIndex);
    expect(fetched.filter((f) => f === 'titles.en.tsv')).to.have.length(1);
    const whole = await requestIndex(SAMPLE, { lang: 'en' });
    expect(whole.index.programs.length).to.be.greaterThan(0);
    expect(whole.index.titles.en, 'the titles the searches built, not built again').to.equal(a!.loadedIndex!.titles.en);
    expect(
      fetched.filter((f) => f === 'titles.en.tsv'),
      'the titles come from the cache',
    ).to.have.length(1);
    expect(
      fetched.filter((f) => f === 'labels.en.txt'),
      'the labels come from the cache',
    ).to.have.length(1);
  });

  it('refuses titles that do not match the hash index.json records, with Retry', async () => {
    tamper = (name, bytes) => {
      if (name !== 'titles.en.tsv') return bytes;
      const copy = bytes.slice();
      copy[0] = copy[0] === 0x31 ? 0x32 : 0x31; // one digit changed, same length
      return copy;
    };
    const el = await fixture<McJobSearch>(html`<mc-job-search loading="eager" src=${SAMPLE}></mc-job-search>`);
    const { detail } = await oneEvent(el, 'mc-error');
    expect(detail.code).to.equal('index-integrity');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert] button')!.textContent!.trim()).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('says the index is missing when index.json is not found', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search loading="eager" src="/no-such-index/index.json"></mc-job-search>`);
    const { detail } = await oneEvent(el, 'mc-error');
    expect(detail.code).to.equal('not-found');
  });
});
