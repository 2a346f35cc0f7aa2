/**
 * The wages block of `<mc-labour-market>`: the region choice, the wages in one sentence, a chart
 * and a table of the same figures, what "low" and "high" mean, and, when wages are missing, why.
 * On a move (`from`), the core's sentence setting the current occupation's median beside the
 * target's, and that median as the last row of the table and the last bar of the chart.
 *
 * A screen reader hears the figures once in the sentence and once in the table: the chart, which
 * shows the table's numbers as bars, is hidden from it. The table scrolls sideways in a region of
 * its own when it is wider than the panel (at 320 px with text at 200 %), which a keyboard can
 * focus and scroll (WCAG 1.4.10 lets a data table scroll in two dimensions); the rest reflows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { localize, type Lang } from '../../core/index-format/index.js';
// Not localeCompare: a page's first collator is a long task on a slow phone.
import { compareText } from '../../core/rank/index.js';
import type { MoneyFigure, MoveDescription, WageReading } from '../../core/lmi/index.js';
import { levelHeading } from '../shared/heading.js';
import { slashBreaks } from '../shared/slash-breaks.js';
import type { labourMarket } from '../../i18n/en/labour-market.js';

/** Region codes the select offers: Ontario and its economic regions. */
export const ONTARIO_PREFIX = 'ER35';

type Level = 'low' | 'median' | 'high';
const LEVELS: readonly Level[] = ['low', 'median', 'high'];

/** A row of the table and a bar of the chart: a level of the target's wages, or the current occupation's median. */
interface Figure {
  kind: Level | 'current';
  label: string;
  hourly: MoneyFigure;
  yearly: MoneyFigure | null;
}

export interface WagesContext {
  index: LoadedIndex;
  d: MoveDescription;
  lang: Lang;
  lm: typeof labourMarket;
  /** Prefix of the block's ids. */
  uid: string;
  level: number;
  /** The region the person picked in the select, if any. */
  picked: string | null;
  /** The host's `region`. */
  region: string | null;
  onRegion: (event: Event) => void;
  /** Called with the table's scroll box: it is focusable only while it scrolls. */
  scrollBox: (box: Element | undefined) => void;
  source: TemplateResult | typeof nothing;
}

/** The figures the reading has, then the current occupation's median when it has one there. */
function figuresOf({ d, lm }: WagesContext, w: WageReading): Figure[] {
  const figures: Figure[] = LEVELS.filter((k) => w.hourly[k] !== null).map((k) => ({ kind: k, label: lm[k], hourly: w.hourly[k]!, yearly: w.yearly[k] }));
  const move = d.move;
  if (move?.hourly) figures.push({ kind: 'current', label: lm.currentMedian, hourly: move.hourly, yearly: move.yearly });
  return figures;
}

export function renderWages(ctx: WagesContext): TemplateResult {
  const { d, lm } = ctx;
  const w = d.wages;
  return html`<div class="block" part="wages">
    ${levelHeading(ctx.level, { id: `${ctx.uid}-wages`, part: 'subheading', text: w ? lm.wagesIn(w.regionName) : lm.wages })}
    ${w ? renderRegionChoice(ctx) : nothing}
    ${
      w
        ? html`${w.notice ? html`<p class="notice">${d.wageGap ? `${w.notice} ${d.wageGap}` : w.notice}</p>` : nothing}
            ${w.sentence ? html`<p>${w.sentence}</p>` : nothing} ${d.move ? html`<p>${d.move.sentence}</p>` : nothing}
            ${renderFigures(ctx, w)} ${w.yearlySentence ? html`<p>${w.yearlySentence}</p>` : nothing}
            ${!w.notice && d.wageGap ? html`<p class="notice">${d.wageGap}</p>` : nothing} ${ctx.source}`
        : html`<p>${slashBreaks(d.noWages ?? '')}</p>
            ${d.wageGap ? html`<p class="notice">${d.wageGap}</p>` : nothing}`
    }
  </div>`;
}

/**
 * The chart and table, when there are two figures or more to set side by side (one is said
 * by the sentence), then what "low" and "high" mean when they are shown.
 */
function renderFigures(ctx: WagesContext, w: WageReading): TemplateResult | typeof nothing {
  const figures = figuresOf(ctx, w);
  if (figures.length < 2) return nothing;
  const { lm } = ctx;
  const range = figures.some((f) => f.kind === 'low' || f.kind === 'high');
  return html`${renderChart(figures)} ${renderTable(ctx, w, figures)}
  ${range ? html`<p class="levels">${lm.levelsMeaning}</p>` : nothing}`;
}

/**
 * Bars drawn to scale, each an SVG of its own; their labels and amounts are HTML text around
 * them, at the element's font size: text inside a scaled SVG shrank with the chart (about
 * 10 px at 320 px wide) and did not grow with the browser's text size. Hidden from assistive
 * technologies: the table that follows gives the same figures.
 */
function renderChart(figures: Figure[]): TemplateResult {
  const max = Math.max(...figures.map((f) => f.hourly.value), 1);
  return html`<figure part="chart" aria-hidden="true">
    <div class="chart">
      ${figures.map((f) => {
        // Percent of the longest bar's track, to a tenth; a published figure always shows.
        const width = Math.max(1, Math.round((f.hourly.value / max) * 1000) / 10);
        return html`<div class="row">
          <span class="label">${f.label}</span>
          <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            <rect class="bar ${f.kind}" x="0" y="0" width=${width} height="10"></rect>
          </svg>
          <span class="value">${f.hourly.formatted}</span>
        </div>`;
      })}
    </div>
  </figure>`;
}

/** The figures hourly and yearly, named by its caption; its box scrolls sideways when the table is wider than the panel. */
function renderTable({ lm, uid, scrollBox }: WagesContext, w: WageReading, figures: Figure[]): TemplateResult {
  const caption = `${uid}-table`;
  return html`<div class="table-box" data-labelledby=${caption} ${ref(scrollBox)}>
    <table>
      <caption id=${caption} class="visually-hidden">${lm.tableCaption(w.regionName)}</caption>
      <thead>
        <tr>
          <th scope="col">${lm.figure}</th>
          <th scope="col">${lm.hourly}</th>
          <th scope="col">${lm.yearly}</th>
        </tr>
      </thead>
      <tbody>
        ${figures.map(
          (f) => html`<tr class=${f.kind}>
            <th scope="row">${f.label}</th>
            <td>${f.hourly.formatted}</td>
            <td>${f.yearly?.formatted ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * Ontario and its regions, showing the one whose wages are shown, or the one the person
 * picked: that stays put when its figures are a wider region's (the notice says so), so
 * arrowing through the select never jumps back. A wider region shown that is not offered
 * (Canada, for a host's `region` the index does not know) is offered first. When no region
 * of Ontario has wages of its own, there is nothing to choose: no select, and a line says so.
 */
function renderRegionChoice(ctx: WagesContext): TemplateResult | typeof nothing {
  const { index, d, lang, lm } = ctx;
  const ontario = index.manifest.regions
    .filter((r) => r.code.startsWith(ONTARIO_PREFIX))
    .sort((a, b) => (a.code === ONTARIO_PREFIX ? -1 : b.code === ONTARIO_PREFIX ? 1 : compareText(localize(a.name, lang), localize(b.name, lang))))
    .map((r) => ({ code: r.code, name: localize(r.name, lang) }));
  if (ontario.length < 2) return nothing;
  if (!d.wageRegions.some((code) => code.startsWith(ONTARIO_PREFIX) && code !== ONTARIO_PREFIX)) {
    return html`<p class="notice no-regions">${lm.noRegions}</p>`;
  }
  // The regions of the reading: the one whose wages are shown, and the one asked for when the index knows it.
  const shown = d.wages && { code: d.wages.region, name: d.wages.regionName };
  const asked = d.requestedRegionName === null ? null : { code: d.requestedRegion, name: d.requestedRegionName };
  const current = ctx.picked ?? shown?.code ?? (ctx.region ? asked?.code : undefined) ?? ONTARIO_PREFIX;
  const wider = ontario.some((r) => r.code === current) ? undefined : [shown, asked].find((r) => r?.code === current);
  const regions = wider ? [wider, ...ontario] : ontario;
  return html`<div class="region">
    <label for="${ctx.uid}-region">${lm.region}</label>
    <select id="${ctx.uid}-region" @change=${ctx.onRegion}>
      ${regions.map((r) => html`<option value=${r.code} ?selected=${r.code === current}>${r.name}</option>`)}
    </select>
  </div>`;
}

/**
 * Makes `box` (the table's) a named, focusable region while its table is wider than it, so a
 * keyboard can scroll it, and a plain box again once it fits: a region and a tab stop that
 * scroll nothing would be noise. One observer per element, following the box it last rendered.
 */
export class ScrollBox {
  private box: Element | undefined;
  private readonly observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.check());

  /** The `ref` callback of the box. */
  readonly ref = (box: Element | undefined): void => {
    if (box === this.box) return;
    if (this.box) this.observer?.unobserve(this.box);
    this.box = box;
    if (box) this.observer?.observe(box.firstElementChild ?? box);
    if (box) this.observer?.observe(box);
  };

  private check(): void {
    const box = this.box;
    if (!box) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls === box.hasAttribute('tabindex')) return;
    if (scrolls) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', box.getAttribute('data-labelledby') ?? '');
      box.setAttribute('tabindex', '0');
    } else {
      for (const name of ['role', 'aria-labelledby', 'tabindex']) box.removeAttribute(name);
    }
  }
}
