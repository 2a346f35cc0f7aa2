import { css } from 'lit';
import { baseStyles, printStyles } from '../shared/tokens.styles.js';

const card = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-sm, 0.75rem);
    height: 100%;
    padding: var(--mc-program-card-padding, var(--mc-space-md, 1rem));
    border: 1px solid var(--mc-program-card-border, var(--mc-color-border-muted, #d1d5db));
    border-radius: var(--mc-program-card-radius, var(--mc-radius, 0.5rem));
    background: var(--mc-program-card-background, var(--mc-color-surface, #ffffff));
    color: var(--mc-color-text, #1f2937);
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-3xs, 0.125rem);
  }
  .title {
    margin: 0;
    font-size: var(--mc-program-card-title-size, 1.125em);
    line-height: 1.3;
    font-weight: 700;
    color: var(--mc-program-card-title-color, var(--mc-color-heading, #111827));
  }
  .provider,
  .description {
    margin: 0;
  }
  .provider {
    color: var(--mc-color-text-muted, #4b5563);
  }
  /* Marked "not relevant": the title, a line saying so and Undo, on a muted surface. */
  .card.folded {
    height: auto;
    background: var(--mc-color-surface-muted, #f3f4f6);
  }
  .note {
    margin: 0;
  }
  .card:not(.folded) .actions .unrelated {
    margin-inline-start: auto;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 6.5rem), 1fr));
    gap: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
    margin: 0;
    padding: var(--mc-space-xs, 0.5rem) 0;
    border-top: 1px solid var(--mc-color-border-muted, #d1d5db);
    border-bottom: 1px solid var(--mc-color-border-muted, #d1d5db);
  }
  .fact {
    margin: 0;
    min-width: 0;
  }
  .fact.wide {
    grid-column: 1 / -1;
  }
  .fact dt {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .fact dd {
    margin: 0;
  }
  .reason {
    margin: 0;
    padding-left: var(--mc-space-sm, 0.75rem);
    border-left: 3px solid var(--mc-program-card-accent, var(--mc-color-primary, #1d4ed8));
  }
  .reason p,
  .skills p {
    margin: 0;
  }
  .reason .strength {
    font-weight: 600;
  }
  .series > summary {
    display: list-item;
    min-height: 24px;
    cursor: pointer;
    font-weight: 600;
  }
  .series ul {
    margin: var(--mc-space-2xs, 0.25rem) 0 0;
    padding-left: var(--mc-space-md, 1rem);
  }
  .series li + li {
    margin-top: var(--mc-space-3xs, 0.125rem);
  }
  .label {
    font-weight: 600;
  }
  .skills {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .skills ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-2xs, 0.25rem);
    margin: 0 0 var(--mc-space-2xs, 0.25rem);
    padding: 0;
    list-style: none;
  }
  .skills li {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.875em;
  }
  .skills .matched li {
    background: var(--mc-program-card-matched-background, var(--mc-color-success-surface, #ecfdf5));
    color: var(--mc-program-card-matched-color, var(--mc-color-success-text, #065f46));
    border: 1px solid var(--mc-program-card-matched-border, var(--mc-color-success, #6ee7b7));
  }
  .skills .gap li {
    background: var(--mc-program-card-gap-background, var(--mc-color-warning-surface, #fffbeb));
    color: var(--mc-program-card-gap-color, var(--mc-color-warning-text, #78350f));
    border: 1px dashed var(--mc-program-card-gap-border, var(--mc-color-warning, #d97706));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-sm, 0.75rem);
    margin-top: auto;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    color: var(--mc-color-link, var(--mc-color-primary, #1d4ed8));
    text-decoration: underline;
    font-weight: 600;
  }
`;

const print = css`
  .url {
    margin: 0;
  }
  @media print {
    /* On paper the address itself, not "Program page" and Inquire. */
    .actions {
      display: none !important;
    }
    /* Blocks, not flex boxes, on paper: Chromium overlapped a flex box split across
       pages with what follows. */
    .card {
      display: block;
      height: auto;
    }
    .card > * + * {
      margin-top: var(--mc-space-sm, 0.75rem);
    }
  }
`;

export const styles = [...baseStyles, printStyles, card, print];
