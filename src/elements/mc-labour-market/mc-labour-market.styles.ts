import { css } from 'lit';
import { baseStyles, printStyles, textStyles } from '../shared/tokens.styles.js';

export const styles = [
  ...baseStyles,
  textStyles,
  printStyles,
  css`
    /* Its sentences quote occupation titles whole: a word longer than the line breaks (see tokens.styles.ts). */
    .root {
      display: grid;
      gap: var(--mc-space-md, 1rem);
      overflow-wrap: anywhere;
    }
    .heading,
    .subheading {
      color: var(--mc-labour-market-heading-color, var(--mc-color-heading, inherit));
    }
    .heading {
      font-size: var(--mc-labour-market-heading-size, 1.125rem);
    }
    .subheading {
      font-size: 1.0625rem;
    }
    .lead {
      font-size: 1.0625em;
    }
    .sample {
      padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
      border: 2px dashed var(--mc-labour-market-sample-border, var(--mc-color-warning, #92400e));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-color-warning-surface, #fffbeb);
      color: var(--mc-color-warning-text, #78350f);
      font-weight: 600;
    }
    .block {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      padding: var(--mc-space-sm, 0.75rem);
      border: 1px solid var(--mc-labour-market-border, var(--mc-color-border-muted, #d1d5db));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-labour-market-background, var(--mc-color-surface, #ffffff));
    }
    .rating {
      font-weight: 600;
    }
    .condition {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      font-weight: 700;
      border: 1px solid currentColor;
    }
    .condition.shortage {
      color: var(--mc-color-success-text, #065f46);
      background: var(--mc-color-success-surface, #ecfdf5);
    }
    .condition.balance {
      color: var(--mc-color-text, #1f2937);
      background: var(--mc-color-surface-muted, #f3f4f6);
    }
    .condition.surplus {
      color: var(--mc-color-warning-text, #78350f);
      background: var(--mc-color-warning-surface, #fffbeb);
    }
    details > summary {
      display: inline-flex;
      align-items: center;
      min-height: 24px;
      cursor: pointer;
      color: var(--mc-color-link, var(--mc-color-primary, #1d4ed8));
      text-decoration: underline;
    }
    details > p {
      margin-top: var(--mc-space-2xs, 0.25rem);
    }
    .source,
    .notice {
      font-size: 0.875em;
      color: var(--mc-color-text-muted, #4b5563);
    }
    .region {
      display: grid;
      gap: var(--mc-space-3xs, 0.125rem);
      max-width: 20rem;
    }
    .region label {
      font-weight: 600;
    }
    figure {
      margin: 0;
      /* The chart's layout follows its own width, in ems: it stacks when the text is large for it. */
      container-type: inline-size;
    }
    /*
     * Level, bar, amount on one line, the bars sharing one track width so they stay to scale.
     * The labels are text at the element's size: they grow with the browser's text size.
     */
    .chart {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      gap: var(--mc-space-2xs, 0.25rem) var(--mc-space-xs, 0.5rem);
      max-width: 32rem;
    }
    .row {
      display: contents;
    }
    /* Amounts line up at their right edge, as in the table's columns. */
    .value {
      justify-self: end;
      font-variant-numeric: tabular-nums;
      /* An amount never breaks: a long label beside it wraps instead. */
      white-space: nowrap;
    }
    .track {
      display: block;
      width: 100%;
      height: 1.25em;
      overflow: visible;
      /* The axis: where every bar starts. */
      border-left: 1px solid var(--mc-color-border, #6b7280);
    }
    /* Narrow, or large text: the level and amount on one line, the bar under them. */
    @container (max-width: 20em) {
      .chart {
        grid-template-columns: minmax(0, 1fr);
        row-gap: var(--mc-space-xs, 0.5rem);
      }
      .row {
        display: grid;
        grid-template-columns: auto 1fr;
        grid-template-areas: 'label value' 'bar bar';
        gap: var(--mc-space-3xs, 0.125rem) var(--mc-space-xs, 0.5rem);
      }
      .label {
        grid-area: label;
      }
      .value {
        grid-area: value;
        justify-self: start;
      }
      .track {
        grid-area: bar;
      }
    }
    /* Bars keep 3:1 against white (WCAG 1.4.11); the median is darker to stand out. */
    .bar {
      fill: var(--mc-labour-market-bar, var(--mc-color-primary-muted, var(--_mc-primary-muted)));
    }
    .bar.median {
      fill: var(--mc-labour-market-bar-median, var(--mc-color-primary-strong, var(--_mc-primary-strong)));
    }
    /* On a move, the current work's median: another hue, not another blue, so it is not read as a level of the target's. */
    .bar.current {
      fill: var(--mc-labour-market-bar-current, var(--mc-color-text-muted, #4b5563));
    }
    /*
     * Forced colours (Windows contrast themes) leave SVG fills alone: the bars would keep
     * their blues on the theme's background. System colours follow the person's theme; the
     * median bar is told apart by colour and by its outline. The labels are HTML text, which
     * the theme recolours itself.
     */
    @media (forced-colors: active) {
      .bar {
        fill: CanvasText;
      }
      .bar.median {
        fill: Highlight;
        stroke: CanvasText;
        stroke-width: 2;
        vector-effect: non-scaling-stroke;
      }
      .bar.current {
        fill: GrayText;
      }
      .track {
        border-left-color: CanvasText;
      }
    }
    /*
     * The table scrolls sideways in its box when it is wider than the panel (320 px, text at
     * 200 %), instead of widening the page; the box sizes as if empty, so the table never
     * stretches the panel around it. Focusable then (see wages-block.ts), with the focus ring.
     */
    .table-box {
      max-width: 32rem;
      overflow-x: auto;
      contain: inline-size;
    }
    .table-box:focus-visible {
      outline: 2px solid var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      overflow-wrap: normal;
    }
    .levels {
      font-size: 0.9375em;
    }
    th,
    td {
      padding: var(--mc-space-2xs, 0.25rem) var(--mc-space-xs, 0.5rem);
      border-bottom: 1px solid var(--mc-color-border-muted, #d1d5db);
      text-align: left;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    thead th {
      border-bottom-width: 2px;
    }
    /* The current work's median, set apart from the target's levels above it. */
    tr.current > * {
      border-top: 2px solid var(--mc-color-border-muted, #d1d5db);
    }
    ul.facts,
    ul.requirements {
      margin: 0;
      padding-left: 1.25rem;
      display: grid;
      gap: var(--mc-space-2xs, 0.25rem);
    }
    .scope {
      font-weight: 600;
    }
    .pending {
      color: var(--mc-color-text-muted, #4b5563);
    }
  `,
  // Last, so the print rules win over the screen ones above.
  css`
    @media print {
      /* The heading names the region shown; the chart and its table stay whole. */
      .region {
        display: none !important;
      }
      .chart,
      table {
        break-inside: avoid;
      }
      /* Blocks, not grids, on paper (see mc-portal's print styles). */
      .root {
        display: block;
      }
      .root > * + * {
        margin-top: var(--mc-space-md, 1rem);
      }
    }
  `,
];
