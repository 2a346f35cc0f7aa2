// A host page themes the elements from outside only: custom properties set on the host,
// `::part` selectors on the outer element (reaching parts of the elements inside it), and
// its own content in slots. Each test sets something a host would and checks what shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import '../../../src/define/mc-labour-market.js';
import '../../../src/define/mc-recommendations.js';
import '../../../src/define/mc-inquiry-form.js';
import '../../../src/define/mc-skill-finder.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules, withoutProgramsFor } from '../../fixtures/index/index.js';
import { settled as recommendationsSettled } from '../../fixtures/browser/recommendations.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

/** The sRGB bytes a CSS colour paints (computed colours may be `color(srgb ...)` after color-mix). */
function painted(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function expectColour(actual: string, expected: [number, number, number], what: string): void {
  const got = painted(actual);
  got.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${what}: ${actual} painted ${got}, expected ${expected}`).to.be.at.most(2));
}

/** A stylesheet in the host document, removed after the test. */
let hostSheet: HTMLStyleElement | null = null;
function hostCss(text: string): void {
  hostSheet = document.createElement('style');
  hostSheet.textContent = text;
  document.head.append(hostSheet);
}
afterEach(() => {
  hostSheet?.remove();
  hostSheet = null;
});

async function wages(style = ''): Promise<McLabourMarket> {
  const el = await fixture<McLabourMarket>(html`<mc-labour-market style=${style}></mc-labour-market>`);
  el.index = index;
  el.code = '31301';
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('rect.bar.median'), 'the wage chart never rendered');
  return el;
}
const fill = (el: McLabourMarket, which: 'low' | 'median') => getComputedStyle(el.shadowRoot!.querySelector(`rect.bar.${which}`)!).fill;

describe('theming: the wage chart follows the theme', () => {
  it('unthemed, draws the default blues (light bars, dark median)', async () => {
    const el = await wages();
    // #1d4ed8 mixed 80 % with white, and 60 % with black.
    expectColour(fill(el, 'low'), [74, 113, 224], 'low bar');
    expectColour(fill(el, 'median'), [17, 47, 130], 'median bar');
  });

  it('takes its colours from --mc-color-primary set on the host', async () => {
    const el = await wages('--mc-color-primary: rgb(200, 0, 0)');
    expectColour(fill(el, 'low'), [211, 51, 51], 'low bar');
    expectColour(fill(el, 'median'), [120, 0, 0], 'median bar');
  });

  it('inherits --mc-color-primary from an ancestor of the host, as any theme set on :root', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="--mc-color-primary: rgb(0, 100, 0)"><mc-labour-market></mc-labour-market></div>`);
    const el = wrap.querySelector<McLabourMarket>('mc-labour-market')!;
    Object.assign(el, { index, code: '31301' });
    await waitUntil(() => el.shadowRoot!.querySelector('rect.bar.median'));
    expectColour(fill(el, 'median'), [0, 60, 0], 'median bar');
  });

  it("lets the global shade tokens, then the chart's own properties, override the derived shades", async () => {
    const shades = await wages('--mc-color-primary: rgb(200, 0, 0); --mc-color-primary-muted: rgb(0, 0, 255)');
    expectColour(fill(shades, 'low'), [0, 0, 255], 'low bar from --mc-color-primary-muted');
    const own = await wages('--mc-color-primary-muted: rgb(0, 0, 255); --mc-labour-market-bar: rgb(0, 128, 0); --mc-labour-market-bar-median: rgb(10, 20, 30)');
    expectColour(fill(own, 'low'), [0, 128, 0], 'low bar from --mc-labour-market-bar');
    expectColour(fill(own, 'median'), [10, 20, 30], 'median bar from --mc-labour-market-bar-median');
  });

  it('colours buttons, links and the focus ring from --mc-color-primary too', async () => {
    const el = await wages('--mc-color-primary: rgb(200, 0, 0)');
    const summary = el.shadowRoot!.querySelector('details > summary')!;
    expectColour(getComputedStyle(summary).color, [200, 0, 0], 'disclosure link colour');
    const select = el.shadowRoot!.querySelector('select');
    if (select) {
      select.focus();
      // :focus-visible applies to a focused select whatever moved the focus.
      expectColour(getComputedStyle(select).outlineColor, [200, 0, 0], 'focus ring');
    }
  });
});

async function portal(template = html`<mc-portal class="themed"></mc-portal>`): Promise<McPortal> {
  const el = await fixture<McPortal>(template);
  el.index = index;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('mc-job-search')?.shadowRoot?.querySelector('input'), 'no job search');
  return el;
}
const inner = (el: HTMLElement, tag: string) => el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;

describe('theming: ::part reaches the elements inside the portal', () => {
  it("styles both job searches' inputs and labels through ::part(search-input) and ::part(search-label)", async () => {
    hostCss(`mc-portal.themed::part(search-input) { border-top-color: rgb(1, 2, 3); }
      mc-portal.themed::part(search-label) { color: rgb(4, 5, 6); }`);
    const el = await portal();
    const searches = [...el.shadowRoot!.querySelectorAll('mc-job-search')];
    expect(searches).to.have.length(2);
    for (const search of searches) {
      expect(getComputedStyle(search.shadowRoot!.querySelector('input')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(search.shadowRoot!.querySelector('label')!).color).to.equal('rgb(4, 5, 6)');
    }
  });

  it('styles the labour market, recommendations and program cards after a choice', async () => {
    hostCss(`mc-portal.themed::part(labour-market-heading) { color: rgb(7, 8, 9); }
      mc-portal.themed::part(recommendations-heading) { color: rgb(10, 11, 12); }
      mc-portal.themed::part(card-title) { color: rgb(13, 14, 15); }`);
    const el = await fixture<McPortal>(html`<mc-portal class="themed"></mc-portal>`);
    // The program fixture: its evidence gives registered nurses programs to recommend.
    el.index = await loadedIndex({ programs: withNursingModules() });
    el.current = '31301';
    await waitUntil(
      () => inner(el, 'mc-recommendations')?.shadowRoot?.querySelector('mc-program-card')?.shadowRoot?.querySelector('[part=title]'),
      'no program card',
      { timeout: 5000 },
    );
    const market = inner(el, 'mc-labour-market');
    expect(getComputedStyle(market.shadowRoot!.querySelector('[part=heading]')!).color).to.equal('rgb(7, 8, 9)');
    const recs = inner(el, 'mc-recommendations');
    expect(getComputedStyle(recs.shadowRoot!.querySelector('[part=heading]')!).color).to.equal('rgb(10, 11, 12)');
    const card = recs.shadowRoot!.querySelector('mc-program-card')!;
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part=title]')!).color).to.equal('rgb(13, 14, 15)');
  });

  it("styles the inquiry form in the portal's dialog through ::part(inquiry-submit)", async () => {
    hostCss(`mc-portal.themed::part(inquiry-submit) { background-color: rgb(16, 17, 18); }`);
    const el = await portal();
    el.current = '31301';
    await waitUntil(() => inner(el, 'mc-recommendations'), 'no recommendations');
    inner(el, 'mc-recommendations').dispatchEvent(
      new CustomEvent('mc-inquire-request', { detail: { programId: 'nursing-refresher' }, bubbles: true, composed: true }),
    );
    await waitUntil(() => inner(el, 'mc-inquiry-form')?.shadowRoot?.querySelector('[part=submit]'), 'no inquiry form');
    const submit = inner(el, 'mc-inquiry-form').shadowRoot!.querySelector('[part=submit]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(16, 17, 18)');
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  it("styles mc-skill-finder's inquiry form through ::part(inquiry-submit)", async () => {
    hostCss(`mc-skill-finder.themed::part(inquiry-submit) { background-color: rgb(19, 20, 21); }`);
    const el = await fixture<McSkillFinder>(html`<mc-skill-finder class="themed"></mc-skill-finder>`);
    el.index = await loadedIndex({ programs: withNursingModules() });
    el.skills = ['sample:patient-care'];
    await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') === 'false', 'cards rendered');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=bar] button:not(.link)')!.click();
    await waitUntil(() => inner(el, 'mc-inquiry-form')?.shadowRoot?.querySelector('[part=submit]'), 'no inquiry form');
    const submit = el.shadowRoot!.querySelector('mc-inquiry-form')!.shadowRoot!.querySelector('[part=submit]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(19, 20, 21)');
  });

  it('does not leak an inner part under its unprefixed name', async () => {
    hostCss(`mc-portal.themed::part(input) { border-top-color: rgb(1, 2, 3); }`);
    const el = await portal();
    const input = inner(el, 'mc-job-search').shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).borderTopColor).not.to.equal('rgb(1, 2, 3)');
  });
});

describe('theming: slots', () => {
  it('shows the built-in heading and introduction when the host gives none', async () => {
    const el = await portal();
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim()).to.equal('Find training for your next step');
    expect(el.shadowRoot!.querySelector('.intro')!.textContent!.trim()).to.not.equal('');
  });

  it("puts the host's heading, introduction and footer in the portal, inside its heading element", async () => {
    const el = await portal(html`<mc-portal>
      <span slot="heading">Training at Northern College</span>
      <p slot="intro">Tell us your job.</p>
      <p slot="footer">Call an adviser.</p>
    </mc-portal>`);
    const root = el.shadowRoot!;
    const heading = root.querySelector('[part=heading]')!;
    expect(heading.tagName).to.equal('H2');
    const assigned = (name: string) =>
      root
        .querySelector<HTMLSlotElement>(`slot[name=${name}]`)!
        .assignedNodes()
        .map((n) => n.textContent!.trim());
    expect(heading.querySelector('slot[name=heading]')).to.exist;
    expect(assigned('heading')).to.deep.equal(['Training at Northern College']);
    expect(assigned('intro')).to.deep.equal(['Tell us your job.']);
    expect(assigned('footer')).to.deep.equal(['Call an adviser.']);
    // The slotted heading is the heading's accessible name, and the page stays accessible.
    await expect(el).to.be.accessible();
  });

  it("shows the host's words in mc-recommendations' box when no program fits", async () => {
    const data = await loadedIndex({ programs: withoutProgramsFor('72106', withNursingModules()) });
    const el = await fixture<McRecommendations>(html`<mc-recommendations occupation="72106">
      <p slot="empty">Call an adviser at 705-555-1234.</p>
    </mc-recommendations>`);
    el.index = data;
    await recommendationsSettled(el);
    const box = el.shadowRoot!.querySelector('[part~=state]')!;
    const slot = box.querySelector<HTMLSlotElement>('slot[name=empty]')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Call an adviser at 705-555-1234.']);
    expect((slot.assignedNodes()[0] as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
