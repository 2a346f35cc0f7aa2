import { css } from 'lit';
import { baseStyles, textStyles } from '../shared/tokens.styles.js';

export const styles = [
  ...baseStyles,
  textStyles,
  css`
    .root {
      display: grid;
      gap: var(--mc-space-md, 1rem);
    }
    .heading {
      font-size: 1.25rem;
    }
    .subheading {
      font-size: 1.0625rem;
    }
    .period,
    .note {
      color: var(--mc-color-text-muted, #4b5563);
      font-size: 0.9375em;
    }
    .sample {
      padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
      border: 2px dashed var(--mc-color-warning, #92400e);
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-color-warning-surface, #fffbeb);
      color: var(--mc-color-warning-text, #78350f);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--mc-space-sm, 0.75rem);
    }
    .block {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      min-width: 0;
      padding: var(--mc-space-sm, 0.75rem);
      border: 1px solid var(--mc-outcomes-report-border, var(--mc-color-border-muted, #d1d5db));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-color-surface, #ffffff);
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--mc-space-sm, 0.75rem);
      margin: 0;
    }
    .totals dt {
      font-weight: 600;
    }
    .totals dd {
      margin: 0;
    }
    .totals dd:first-of-type {
      font-size: 1.5rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    figure {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      margin: 0;
      min-width: 0;
    }
    /* Drawn at 1.5 times its viewBox (attributes: no inline style under a strict CSP), narrower when the room is. */
    svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
    /* Each fill keeps 3:1 against white (WCAG 1.4.11), and the three differ in lightness too. */
    .s-shown {
      fill: var(--mc-outcomes-report-shown, var(--mc-color-primary, #1d4ed8));
    }
    .s-opens {
      fill: var(--mc-outcomes-report-opens, var(--mc-color-success, #047857));
    }
    .s-inquiries {
      fill: var(--mc-outcomes-report-inquiries, var(--mc-color-warning, #92400e));
    }
    .axis {
      stroke: var(--mc-color-border, #6b7280);
      stroke-width: 1;
    }
    .grid {
      stroke: var(--mc-color-border-muted, #d1d5db);
      stroke-dasharray: 3 3;
    }
    svg text {
      fill: var(--mc-color-text, #1f2937);
      font-size: 11px;
      font-family: inherit;
    }
    svg .label {
      font-size: 12px;
      font-weight: 600;
    }
    @media (forced-colors: active) {
      svg text {
        fill: CanvasText;
      }
      .axis,
      .grid {
        stroke: CanvasText;
      }
      .bar {
        stroke: CanvasText;
      }
    }
    .root > * {
      min-width: 0;
    }
    /* A wide table scrolls in its own box (reachable by keyboard), never the page (WCAG 1.4.10). */
    .scroll {
      max-width: 100%;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: var(--mc-space-2xs, 0.25rem);
    }
    th,
    td {
      padding: var(--mc-space-2xs, 0.25rem) var(--mc-space-xs, 0.5rem);
      border-bottom: 1px solid var(--mc-color-border-muted, #d1d5db);
      text-align: left;
      vertical-align: top;
    }
    td {
      text-align: right;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    thead th:not(:first-child) {
      text-align: right;
    }
    /* A column of words (an occupation, a language), not of figures: read from the left. */
    table th.text,
    table td.text {
      text-align: left;
      white-space: normal;
    }
    thead th {
      border-bottom-width: 2px;
    }
    tbody th {
      font-weight: 400;
    }
    .url {
      min-width: 10rem;
      overflow-wrap: anywhere;
    }
  `,
];
