import { css } from 'lit';

/** The receipt of a sent inquiry (its rows: facts.styles.ts), and what printing the page leaves out. */
export const receiptStyles = css`
  .receipt {
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-border, #6b7280);
    border-radius: var(--mc-radius, 0.375rem);
  }
  .receipt > :is(h3, h4, h5, h6):first-child {
    font-size: 1.125rem;
  }
  /* "What you sent": a section of the receipt, set apart from the facts above it. */
  .receipt > :is(h4, h5, h6):not(:first-child) {
    font-size: 1rem;
    margin-top: var(--mc-space-xs, 0.5rem);
  }
  .receipt p {
    margin: 0;
  }
  .reference {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  /* On a phone the form's own box is frame enough. */
  @media (max-width: 30rem) {
    .receipt {
      padding: 0;
      border: 0;
    }
  }
  .receipt-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .copied {
    align-self: center;
  }
  /* The receipt's printout (print-alone.ts), off screen, out of the grid. */
  .print-frame {
    position: fixed;
    top: 0;
    left: -200vw;
    width: 100vw;
    height: 100vh;
    border: 0;
  }
  @media print {
    .form {
      border: 0;
      padding: 0;
    }
    .receipt-tools,
    .actions {
      display: none;
    }
  }
`;

/**
 * The receipt printed alone (print-alone.ts), with the two above: black on white, whatever
 * the page's colours, its link's address written out, a row never split across two pages.
 */
export const receiptPaperStyles = css`
  html {
    color: #000;
    background: #fff;
    line-height: 1.4;
  }
  body {
    margin: 0;
  }
  .receipt {
    max-width: 40rem;
    border-color: #000;
  }
  /* The grid's gap spaces them, as in the form. */
  .receipt > :is(h2, h3, h4, h5, h6) {
    margin: 0;
  }
  a {
    color: inherit;
  }
  a[href]::after {
    content: ' (' attr(href) ')';
    overflow-wrap: anywhere;
  }
  .facts > div {
    break-inside: avoid;
  }
`;
