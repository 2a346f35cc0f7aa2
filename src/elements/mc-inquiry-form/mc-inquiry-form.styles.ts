import { css } from 'lit';
import { baseStyles, textStyles } from '../shared/tokens.styles.js';
import { checkboxStyles } from '../mc-recommendations/checkbox.styles.js';
import { outboxStatusStyles } from '../shared/outbox-status.styles.js';
import { factsStyles } from './facts.styles.js';
import { receiptStyles } from './receipt.styles.js';

const formStyles = css`
  .form {
    display: grid;
    gap: var(--mc-inquiry-form-gap, var(--mc-space-md, 1rem));
    max-width: var(--mc-inquiry-form-max-width, 40rem);
    padding: var(--mc-inquiry-form-padding, var(--mc-space-md, 1rem));
    border: 1px solid var(--mc-inquiry-form-border, var(--mc-color-border, #6b7280));
    border-radius: var(--mc-inquiry-form-radius, var(--mc-radius, 0.375rem));
    background: var(--mc-inquiry-form-background, var(--mc-color-surface, #ffffff));
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--mc-inquiry-form-heading-size, 1.25rem);
    line-height: 1.3;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .field {
    display: grid;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  label,
  .label {
    font-weight: 600;
  }
  .tag {
    font-weight: 400;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .hint {
    color: var(--mc-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--mc-color-danger-text, #7f1d1d);
    font-weight: 600;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--mc-color-danger, #b91c1c);
  }
  textarea {
    min-height: 8rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    resize: vertical;
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: var(--mc-space-xs, 0.5rem);
    min-height: 24px;
    cursor: pointer;
    font-weight: 400;
  }
  /* The shared checkbox (after these rules, so its reset also undoes the invalid border),
     a little lower to sit level with the first line of a long label. */
  .consent input[type='checkbox'] {
    margin: 0.125rem 0 0;
  }
  /* Off-screen for people, aria-hidden for assistive tech, out of the tab order. */
  .trap {
    position: absolute !important;
    left: -10000px !important;
    top: auto !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
  }
  .summary {
    padding: var(--mc-space-sm, 0.75rem);
    border: 2px solid var(--mc-color-danger, #b91c1c);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-danger-surface, #fef2f2);
    color: var(--mc-color-danger-text, #7f1d1d);
  }
  .summary :is(h3, h4, h5, h6) {
    font-size: 1rem;
    margin-bottom: var(--mc-space-2xs, 0.25rem);
  }
  .summary a {
    color: inherit;
    text-decoration: underline;
    display: inline-block;
    /* A link that wraps keeps its bullet beside its first line. */
    vertical-align: top;
    min-height: 24px;
  }
  .status {
    padding: var(--mc-space-sm, 0.75rem);
    border-radius: var(--mc-radius, 0.375rem);
    border: 1px solid var(--mc-color-border, #6b7280);
    background: var(--mc-color-surface-muted, #f3f4f6);
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
  }
  /* Kept in the page while empty so screen readers hear what appears in it. */
  .status:empty {
    padding: 0;
    border: 0;
  }
  .status.success {
    border-color: var(--mc-color-success, #15803d);
    background: var(--mc-color-success-surface, #f0fdf4);
    color: var(--mc-color-success-text, #14532d);
  }
  .status.warning {
    border-color: var(--mc-color-warning, #b45309);
    background: var(--mc-color-warning-surface, #fffbeb);
    color: var(--mc-color-warning-text, #78350f);
  }
  .status.error {
    border-color: var(--mc-color-danger, #b91c1c);
    background: var(--mc-color-danger-surface, #fef2f2);
    color: var(--mc-color-danger-text, #7f1d1d);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .program-title {
    overflow-wrap: anywhere;
  }
  /* A refused inquiry's "Copy your message": what it came to, and the text to copy by hand. */
  .actions .copy-result,
  .actions .copy-by-hand {
    flex-basis: 100%;
    margin: 0;
  }
  .copy-by-hand {
    display: grid;
    gap: var(--mc-space-2xs, 0.25rem);
  }
`;

export const styles = [...baseStyles, textStyles, formStyles, checkboxStyles, outboxStatusStyles, factsStyles, receiptStyles];
