import { css } from 'lit';
import { baseStyles, printStyles, textStyles } from '../shared/tokens.styles.js';
import { outboxStatusStyles } from '../shared/outbox-status.styles.js';

export const styles = [
  ...baseStyles,
  textStyles,
  printStyles,
  css`
    .portal {
      display: grid;
      gap: var(--mc-space-lg, 1.5rem);
      max-width: var(--mc-portal-max-width, 72rem);
      padding: var(--mc-portal-padding, 0);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--mc-space-sm, 0.75rem);
    }
    .heading,
    .results-heading,
    .subheading {
      color: var(--mc-portal-heading-color, var(--mc-color-heading, inherit));
    }
    .heading {
      font-size: var(--mc-portal-heading-size, 1.5rem);
    }
    .results-heading {
      font-size: 1.25rem;
      scroll-margin-top: var(--mc-space-lg, 1.5rem);
    }
    .subheading {
      font-size: 1.125rem;
    }
    .intro {
      max-width: 48rem;
    }
    .searches {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: var(--mc-space-md, 1rem);
      padding: var(--mc-space-md, 1rem);
      border: 1px solid var(--mc-portal-border, var(--mc-color-border-muted, #d1d5db));
      border-radius: var(--mc-radius, 0.5rem);
      background: var(--mc-portal-panel-background, var(--mc-color-surface-muted, #f9fafb));
    }
    .results {
      display: grid;
      gap: var(--mc-space-lg, 1.5rem);
    }
    .share {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
    }
    .share-status:empty {
      display: none;
    }
    .related ul {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      margin: var(--mc-space-xs, 0.5rem) 0 0;
      padding: 0;
      list-style: none;
    }
    .related li {
      display: grid;
      gap: var(--mc-space-3xs, 0.125rem);
      padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
      border-left: 4px solid var(--mc-portal-accent, var(--mc-color-primary, #1d4ed8));
      background: var(--mc-color-surface, #ffffff);
    }
    .related li button.link {
      justify-self: start;
      text-align: left;
      font-weight: 600;
    }
    .shares,
    .fact {
      font-size: 0.875em;
      color: var(--mc-color-text-muted, #4b5563);
    }
    dialog {
      box-sizing: border-box;
      width: min(40rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: var(--mc-space-md, 1rem);
      border: 1px solid var(--mc-color-border, #6b7280);
      border-radius: var(--mc-radius, 0.5rem);
      background: var(--mc-color-surface, #ffffff);
      color: var(--mc-color-text, #1f2937);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .dialog-actions {
      display: flex;
      justify-content: flex-end;
      margin-top: var(--mc-space-sm, 0.75rem);
    }
  `,
  // Last, so the print rules win over the screen ones above.
  css`
    /* The date and the view's link: for paper (print-line.ts). */
    .printed {
      display: none;
      overflow-wrap: anywhere;
    }
    @media print {
      .printed {
        display: block;
      }
      /* The results heading names both occupations; the searches and help are for the screen. */
      .searches,
      .intro,
      .share,
      .screen-only,
      dialog {
        display: none !important;
      }
      .related li {
        break-inside: avoid;
      }
      /* Blocks, not grids, on paper: Chromium overlapped a grid row split across pages
         with the next one. */
      .portal,
      .results {
        display: block;
      }
      .portal > * + *,
      .results > * + * {
        margin-top: var(--mc-space-lg, 1.5rem);
      }
    }
  `,
  outboxStatusStyles,
];
