/**
 * The weekly chart: grouped bars (recommendations shown, program opens, inquiries) per ISO
 * week, as an SVG image whose text alternative summarises it, in a figure with its legend
 * and the table of every figure, visible under it (the chart shows the shape, the table the
 * numbers, and a screen reader user reads the table).
 */
import { html, svg, type TemplateResult } from 'lit';
import type { OutcomeFigures, Outcomes } from '../../core/outcomes.js';
import type { Messages } from '../../i18n/en.js';

export const SERIES = ['shown', 'opens', 'inquiries'] as const;
export type Series = (typeof SERIES)[number];

const BAR = 12;
const GROUP = SERIES.length * BAR + 14;
const LEFT = 44;
const TOP = 12;
const PLOT = 140;
const HEIGHT = TOP + PLOT + 28;

export interface ChartFormat {
  number: (n: number) => string;
  percent: (n: number | null) => string;
  /** A week's Monday, short (axis labels). */
  dayShort: (day: string) => string;
  /** A week's Monday, in full (text alternative, table). */
  day: (day: string) => string;
}

/** A tidy top for the axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= max)!;
}

export function figureRow(f: OutcomeFigures, fmt: ChartFormat): TemplateResult {
  return html`<td>${fmt.number(f.shown)}</td>
    <td>${fmt.number(f.opens)}</td>
    <td>${fmt.number(f.inquiries)}</td>
    <td>${fmt.percent(f.clickThroughRate)}</td>`;
}

export function figureHead(t: Messages['outcomes']): TemplateResult {
  return html`<th scope="col">${t.shown}</th>
    <th scope="col">${t.opens}</th>
    <th scope="col">${t.inquiries}</th>
    <th scope="col">${t.clickThroughRate}</th>`;
}

export function weeklyChart(weeks: Outcomes['byWeek'], t: Messages['outcomes'], fmt: ChartFormat, id: string): TemplateResult {
  const top = niceMax(Math.max(0, ...weeks.flatMap((w) => SERIES.map((s) => w[s]))));
  const width = LEFT + Math.max(weeks.length, 4) * GROUP + 8;
  const every = weeks.length > 16 ? 4 : weeks.length > 8 ? 2 : 1;
  const y = (n: number) => TOP + PLOT - (n / top) * PLOT;
  const label = t.chartText(weeks.length, fmt.day(weeks[0]!.start), fmt.day(weeks[weeks.length - 1]!.start));
  return html`<figure part="chart" aria-labelledby="${id}-caption">
    <figcaption id="${id}-caption" class="visually-hidden">${t.byWeek}</figcaption>
    <ul class="legend" aria-label=${t.legend}>
      ${SERIES.map((s) => html`<li><span class="swatch s-${s}" aria-hidden="true"></span>${t[s]}</li>`)}
    </ul>
    <svg role="img" aria-label=${label} viewBox="0 0 ${width} ${HEIGHT}" style="max-width: ${width * 1.5}px" focusable="false">
      <line class="grid" x1=${LEFT} x2=${width - 4} y1=${y(top)} y2=${y(top)}></line>
      <line class="axis" x1=${LEFT} x2=${width - 4} y1=${y(0)} y2=${y(0)}></line>
      <text class="tick" x=${LEFT - 6} y=${y(top) + 4} text-anchor="end" aria-hidden="true">${fmt.number(top)}</text>
      <text class="tick" x=${LEFT - 6} y=${y(0) + 4} text-anchor="end" aria-hidden="true">0</text>
      ${weeks.map((w, i) => {
        const x = LEFT + 6 + i * GROUP;
        return svg`<g data-week=${w.week}>
          ${SERIES.map((s, k) => {
            const h = (w[s] / top) * PLOT;
            // A non-zero count keeps a sliver of a bar, so it is not read as zero.
            const shown = w[s] > 0 ? Math.max(h, 1.5) : 0;
            return svg`<rect class="bar s-${s}" data-series=${s} data-value=${w[s]} x=${x + k * BAR} y=${y(0) - shown} width=${BAR - 2} height=${shown}></rect>`;
          })}
          ${i % every === 0
            ? svg`<text class="tick" x=${x + (SERIES.length * BAR) / 2} y=${HEIGHT - 8} text-anchor="middle" aria-hidden="true">${fmt.dayShort(w.start)}</text>`
            : null}
        </g>`;
      })}
    </svg>
    <table part="table">
      <caption>${t.byWeek}</caption>
      <thead>
        <tr>
          <th scope="col">${t.week}</th>
          ${figureHead(t)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (w) => html`<tr data-week=${w.week}>
            <th scope="row">${t.weekOf(fmt.day(w.start))}</th>
            ${figureRow(w, fmt)}
          </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
