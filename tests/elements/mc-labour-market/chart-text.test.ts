/**
 * The wage chart and table on a phone: at 320 px the chart's levels and amounts stay at the
 * element's text size (never under 12 px), grow with the text, and neither overlap each other
 * or the bars nor run out of the chart, in English and in French (« Médian », « 25 000,00 $ »);
 * the table scrolls in a box of its own when it is wider than the panel, and a screen reader
 * hears the figures once, in the table, not again in the chart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Occupation } from '../../../src/core/index-format/schema.js';
import { loadedIndex, OCCUPATIONS } from '../../fixtures/index/index.js';
import { splitWords } from '../../fixtures/browser/split-words.js';

let index: LoadedIndex;
/** Registered nurses earning five-figure hourly amounts: the widest amounts a chart may show. */
let wide: LoadedIndex;
before(async () => {
  index = await loadedIndex();
  const rich = (o: Occupation): Occupation => (o.code === '31301' ? { ...o, lmi: { ...o.lmi!, wages: [['ER35', 1250.5, 12500, 25000, 2024]] } } : o);
  wide = await loadedIndex({ occupations: OCCUPATIONS.map(rich) });
});

/** `code`'s panel in a `width` px wide box (320 by default), in `lang`, with the page's text at `fontSize` px. */
async function at320(code: string, lang: 'en' | 'fr', fontSize = 16, from = index, width = 320): Promise<McLabourMarket> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px; font-size: ${fontSize}px; line-height: 1.5">
      <mc-labour-market .index=${from} code=${code}></mc-labour-market>
    </div>`,
  );
  const el = wrapper.querySelector('mc-labour-market')!;
  await el.updateComplete;
  return el;
}

const chart = (el: McLabourMarket) => el.shadowRoot!.querySelector('[part=chart]')!;

/** The chart's visible text: every element holding words of its own. */
function labels(el: McLabourMarket): Element[] {
  return [...chart(el).querySelectorAll('*')].filter((n) => [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''));
}

/** The size text is drawn at: text in an SVG is scaled with it (13 px in a chart drawn at 80 % is 10.4 px). */
function drawnFontSize(n: Element): number {
  const size = parseFloat(getComputedStyle(n).fontSize);
  return n instanceof SVGGraphicsElement ? size * n.getScreenCTM()!.a : size;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (a: DOMRect, box: DOMRect) => a.left >= box.left - 0.5 && a.right <= box.right + 0.5 && a.top >= box.top - 0.5 && a.bottom <= box.bottom + 0.5;

/** Checks every chart label of `el`, whose text is `fontSize` px: its size, that it overlaps nothing and is not cut. */
function expectReadable(el: McLabourMarket, fontSize: number, expected: string[]): void {
  const found = labels(el);
  expect(found.map((n) => n.textContent!.trim().replace(/[\u00a0\u202f]/g, ' '))).to.deep.equal(expected);
  for (const n of found) {
    const size = drawnFontSize(n);
    expect(size, `"${n.textContent}" is drawn at ${size.toFixed(1)} px`).to.be.at.least(Math.max(12, fontSize));
  }
  const bars = [...chart(el).querySelectorAll('.bar')].map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0);
  const boxes = found.map((n) => ({ text: n.textContent!.trim(), box: n.getBoundingClientRect() }));
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).to.be.false;
    for (const bar of bars) expect(overlap(a.box, bar), `"${a.text}" overlaps a bar`).to.be.false;
    // Not cut: within the chart, and within the SVG that clips it, if any.
    const svg = found[i]!.closest('svg');
    expect(inside(a.box, chart(el).getBoundingClientRect()), `"${a.text}" runs out of the chart`).to.be.true;
    if (svg) expect(inside(a.box, svg.getBoundingClientRect()), `"${a.text}" is cut by its SVG`).to.be.true;
  });
  expect(chart(el).scrollWidth, 'nothing wider than the chart').to.be.at.most(chart(el).clientWidth);
}

/** At 320 px nothing in the panel is wider than it: at 200 % its three-column table is, and scrolls in its own box. */
const expectNoOverflow = (el: McLabourMarket) => expect(el.scrollWidth, 'nothing wider than the element').to.be.at.most(el.clientWidth);

describe('mc-labour-market: the wage chart at 320 px', () => {
  it('draws its levels and amounts at the text size, apart, within the chart', async () => {
    const el = await at320('31301', 'en');
    expectReadable(el, 16, ['Low', '$31.00', 'Median', '$41.25', 'High', '$56.00']);
    expectNoOverflow(el);
  });

  it('in French, with five-figure amounts', async () => {
    const el = await at320('31301', 'fr', 16, wide);
    expectReadable(el, 16, ['Bas', '1 250,50 $', 'Médian', '12 500,00 $', 'Élevé', '25 000,00 $']);
    expectNoOverflow(el);
  });

  it('grows with the text: at 200 % the labels are 32 px and still apart, and the panel no wider than the screen', async () => {
    for (const [lang, from, expected] of [
      ['en', index, ['Low', '$31.00', 'Median', '$41.25', 'High', '$56.00']],
      ['fr', wide, ['Bas', '1 250,50 $', 'Médian', '12 500,00 $', 'Élevé', '25 000,00 $']],
    ] as const) {
      const el = await at320('31301', lang, 32, from);
      expectReadable(el, 32, [...expected]);
      expectNoOverflow(el);
      expect(el.getBoundingClientRect().width, 'the panel stays 320 px wide').to.be.at.most(320);
    }
  });

  it('puts level, bar and amount on one line where there is room, still apart', async () => {
    const el = await at320('31301', 'fr', 16, wide, 480);
    const [label, value] = labels(el).map((n) => n.getBoundingClientRect());
    const track = chart(el).querySelector('.track')!.getBoundingClientRect();
    expect(track.left, 'the bar after its level').to.be.greaterThan(label!.right);
    expect(value!.left, 'the amount after the bar').to.be.at.least(track.right);
    expect(track.top, 'on one line').to.be.lessThan(label!.bottom);
    expectReadable(el, 16, ['Bas', '1 250,50 $', 'Médian', '12 500,00 $', 'Élevé', '25 000,00 $']);
  });

  it('keeps the bars to scale', async () => {
    const el = await at320('31301', 'en');
    const widths = [...chart(el).querySelectorAll('.bar')].map((b) => b.getBoundingClientRect().width);
    expect(widths[0]! / widths[2]!).to.be.closeTo(31 / 56, 0.02);
    expect(widths[1]! / widths[2]!).to.be.closeTo(41.25 / 56, 0.02);
  });

  it('gives a screen reader each figure once in the sentence and once in the table, the chart not at all', async () => {
    await at320('31301', 'en');
    interface AxNode {
      role: string;
      name?: string;
      children?: AxNode[];
    }
    // What a screen reader reads out: the leaves of the accessibility tree (a row's or a cell's name repeats its text).
    const leaves: AxNode[] = [];
    const walk = (node: AxNode): void => (node.children?.length ? node.children.forEach(walk) : void leaves.push(node));
    walk((await a11ySnapshot({})) as unknown as AxNode);
    const heard = (amount: string) => leaves.filter((n) => n.name?.includes(amount)).map((n) => n.name);
    expect(heard('$31.00')).to.deep.equal([
      'In Ontario, registered nurses and registered psychiatric nurses usually earn between $31.00 and $56.00 an hour; half earn more than $41.25 (the median).',
      '$31.00',
    ]);
    expect(heard('$41.25')).to.have.length(2);
    expect(leaves.filter((n) => n.role === 'image')).to.deep.equal([]);
  });
});

describe('mc-labour-market: the wage table on a phone', () => {
  const box = (el: McLabourMarket) => el.shadowRoot!.querySelector<HTMLElement>('.table-box')!;

  it('at 200 % text, scrolls sideways in a box a keyboard can focus, named by the table’s caption', async () => {
    const el = await at320('31301', 'fr', 32, wide);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(box(el).scrollWidth, 'the table is wider than its box').to.be.greaterThan(box(el).clientWidth);
    expect(box(el).getAttribute('role')).to.equal('region');
    expect(box(el).tabIndex).to.equal(0);
    expect(el.shadowRoot!.getElementById(box(el).getAttribute('aria-labelledby')!)!.tagName).to.equal('CAPTION');
    await expect(el).to.be.accessible();
  });

  it('where the table fits, is a plain box: no region, no tab stop', async () => {
    const el = await at320('31301', 'en', 16, index, 640);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(box(el).scrollWidth).to.be.at.most(box(el).clientWidth);
    expect(box(el).hasAttribute('role')).to.equal(false);
    expect(box(el).hasAttribute('tabindex')).to.equal(false);
  });
});

describe('mc-labour-market: long French titles on a phone', () => {
  it('wraps « Développeurs/développeuses et programmeurs/programmeuses » between its forms, not mid-word', async () => {
    const el = await at320('21232', 'fr');
    const heading = el.shadowRoot!.querySelector('[part=heading]')!;
    const lead = el.shadowRoot!.querySelector('[part=outlook] .lead')!;
    expect(heading.textContent).to.equal('Marché du travail\u00a0: Développeurs/développeuses et programmeurs/programmeuses de logiciels');
    expect(heading.querySelectorAll('wbr')).to.have.length(2);
    expect(splitWords(heading)).to.deep.equal([]);
    expect(splitWords(lead)).to.deep.equal([]);
    expectNoOverflow(el);
  });
});
