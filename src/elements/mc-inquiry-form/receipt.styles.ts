import { css } from 'lit';

/** The receipt of a sent inquiry (its rows: facts.styles.ts), and what printing leaves out. */
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
