/**
 * The weekly chart: bars per ISO week for recommendations shown, program opens and inquiries
 * (a panel each), as an SVG image whose text alternative summarises it, in a figure with the
 * table of every figure, visible under it (the chart shows the shape, the table the
 * numbers, and a screen reader user reads the table).
 */
import { html, svg, type TemplateResult } from 'lit';
import type { OutcomeFigures, Outcomes } from '../../core/analytics/index.js';
import type { AdminMessages } from '../../i18n/admin.js';

export const SERIES = ['shown', 'opens', 'inquiries'] as const;
export type Series = (typeof SERIES)[number];

const BAR = 26;
const STEP = 46;
const LEFT = 52;
/** Each series has a panel of its own: its label, then bars on its own scale. */
const LABEL = 26;
const PANEL = 56;
const GAP = 14;
const AXIS = 22;

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

export function figureHead(t: AdminMessages['outcomes']): TemplateResult {
  return html`<th scope="col">${t.shown}</th>
    <th scope="col">${t.opens}</th>
    <th scope="col">${t.inquiries}</th>
    <th scope="col">${t.clickThroughRate}</th>`;
}

export function weeklyChart(weeks: Outcomes['byWeek'], t: AdminMessages['outcomes'], fmt: ChartFormat, id: string): TemplateResult {
  const width = LEFT + Math.max(weeks.length, 6) * STEP + 8;
  const height = SERIES.length * (LABEL + PANEL + GAP) + AXIS;
  const every = weeks.length > 26 ? 4 : weeks.length > 13 ? 2 : 1;
  const label = t.chartText(weeks.length, fmt.day(weeks[0]!.start), fmt.day(weeks[weeks.length - 1]!.start));
  // Opens and inquiries are a tenth of what is shown, or less: on one scale their bars would
  // be slivers, so each series is drawn on its own, its top labelled.
  const panels = SERIES.map((s, k) => {
    const top = niceMax(Math.max(0, ...weeks.map((w) => w[s])));
    const base = k * (LABEL + PANEL + GAP) + LABEL + PANEL;
    return svg`<g class="panel" data-series=${s}>
      <text class="label" x="0" y=${base - PANEL - 6} aria-hidden="true">${t[s]}</text>
      <line class="grid" x1=${LEFT} x2=${width - 4} y1=${base - PANEL} y2=${base - PANEL}></line>
      <line class="axis" x1=${LEFT} x2=${width - 4} y1=${base} y2=${base}></line>
      <text class="tick" x=${LEFT - 6} y=${base - PANEL + 4} text-anchor="end" aria-hidden="true">${fmt.number(top)}</text>
      <text class="tick" x=${LEFT - 6} y=${base + 4} text-anchor="end" aria-hidden="true">0</text>
      ${weeks.map((w, i) => {
        // A non-zero count keeps a sliver of a bar, so it is not read as zero.
        const h = w[s] > 0 ? Math.max((w[s] / top) * PANEL, 1.5) : 0;
        return svg`<rect class="bar s-${s}" data-week=${w.week} data-value=${w[s]} data-top=${top} x=${LEFT + 6 + i * STEP} y=${base - h} width=${BAR} height=${h}></rect>`;
      })}
    </g>`;
  });
  return html`<figure part="chart" aria-labelledby="${id}-caption">
    <figcaption id="${id}-caption" class="visually-hidden">${t.byWeek}</figcaption>
    <svg role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width * 1.5} height=${height * 1.5} focusable="false">
      ${panels}
      ${weeks.map((w, i) =>
        i % every === 0
          ? svg`<text class="tick" x=${LEFT + 6 + i * STEP + BAR / 2} y=${height - 6} text-anchor="middle" aria-hidden="true">${fmt.dayShort(w.start)}</text>`
          : null,
      )}
    </svg>
    <div class="scroll" role="region" tabindex="0" aria-label=${t.byWeek}><table part="table">
      <caption class="visually-hidden">${t.byWeek}</caption>
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
    </table></div>
  </figure>`;
}
