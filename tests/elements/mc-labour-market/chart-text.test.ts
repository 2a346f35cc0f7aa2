/**
 * The wage chart on a phone: at 320 px its levels and amounts stay at the element's text
 * size (never under 12 px), grow with the text, and neither overlap each other or the bars
 * nor run out of the chart, in English and in French (« Médian », « 25 000,00 $ »).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Occupation } from '../../../src/core/index-format/schema.js';
import { loadedIndex, OCCUPATIONS } from '../../fixtures/index/index.js';

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

/** The chart's visible text: every element holding words of its own, the hidden caption aside. */
function labels(el: McLabourMarket): Element[] {
  return [...chart(el).querySelectorAll('*')].filter(
    (n) => !n.closest('figcaption') && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''),
  );
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

/** At 320 px with text at 100 %, nothing in the panel is wider than it (at 200 %, its three-column table is). */
const expectNoOverflow = (el: McLabourMarket) => expect(el.scrollWidth, 'nothing wider than the element').to.be.at.most(el.clientWidth);

describe('mc-labour-market: the wage chart at 320 px', () => {
  it('draws its levels and amounts at the text size, apart, within the chart', async () => {
    const el = await at320('31301', 'en');
    expectReadable(el, 16, ['Low', '$31.00', 'Median', '$41.25', 'High', '$56.00']);
    expectNoOverflow(el);
  });

  it('in French, with five-figure amounts and « Non publié »', async () => {
    const el = await at320('31301', 'fr', 16, wide);
    expectReadable(el, 16, ['Bas', '1 250,50 $', 'Médian', '12 500,00 $', 'Élevé', '25 000,00 $']);
    expectNoOverflow(el);
    const missing = await at320('32101', 'fr');
    expectReadable(missing, 16, ['Bas', 'Non publié', 'Médian', '30,00 $', 'Élevé', 'Non publié']);
    expectNoOverflow(missing);
  });

  it('grows with the text: at 200 % the labels are 32 px and still apart', async () => {
    expectReadable(await at320('31301', 'en', 32), 32, ['Low', '$31.00', 'Median', '$41.25', 'High', '$56.00']);
    expectReadable(await at320('31301', 'fr', 32, wide), 32, ['Bas', '1 250,50 $', 'Médian', '12 500,00 $', 'Élevé', '25 000,00 $']);
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

  it('is one image to a screen reader, named by its sentence, its labels not read again', async () => {
    await at320('31301', 'en');
    interface AxNode {
      role: string;
      name?: string;
      children?: AxNode[];
    }
    const images: AxNode[] = [];
    const walk = (node: AxNode): void => {
      // Chromium calls role=img "image".
      if (node.role === 'image') images.push(node);
      else node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AxNode);
    expect(images.map((i) => i.name)).to.deep.equal(['Hourly wages in Ontario: low $31.00, median $41.25, high $56.00.']);
    expect(images[0]!.children ?? []).to.deep.equal([]);
  });
});
