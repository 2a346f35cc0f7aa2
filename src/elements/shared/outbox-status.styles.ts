import { css } from 'lit';

/** The notice of outbox-status.ts: nothing while empty (its live region stays in the page), a box when it speaks. */
export const outboxStatusStyles = css`
  .outbox.shown {
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
    padding: var(--mc-space-sm, 0.75rem);
    margin-block-end: var(--mc-space-md, 1rem);
    border: 1px solid var(--mc-color-border, #6b7280);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-surface-muted, #f3f4f6);
    color: var(--mc-color-text, #1f2937);
  }
  .outbox [role='status'] {
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .outbox p {
    margin: 0;
  }
  .outbox .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .outbox .copy-by-hand {
    display: grid;
    gap: var(--mc-space-2xs, 0.25rem);
  }
`;
