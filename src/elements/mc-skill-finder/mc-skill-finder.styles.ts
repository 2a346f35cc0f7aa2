import { css } from 'lit';
import { baseStyles } from '../shared/tokens.styles.js';
import { checkboxStyles } from '../mc-recommendations/checkbox.styles.js';
import { outboxStatusStyles } from '../shared/outbox-status.styles.js';

/** The skill combobox (skill-picker.ts), shared with mc-catalogue-review. */
export const pickerStyles = css`
  .picker {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .picker label {
    font-weight: 600;
  }
  .hint,
  .note {
    margin: 0;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .combo {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    top: calc(100% + 2px);
    left: 0;
    right: 0;
    max-height: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: var(--mc-space-3xs, 0.125rem) 0;
    list-style: none;
    border: 1px solid var(--mc-color-border, #6b7280);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-surface, #ffffff);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
  }
  [role='option'] {
    min-height: 24px;
    padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--mc-skill-finder-active-background, var(--mc-color-primary, #1d4ed8));
    color: var(--mc-skill-finder-active-color, var(--mc-color-on-primary, #ffffff));
    outline: 2px solid transparent;
  }
  [role='option']:not([aria-selected='true']) .found {
    color: var(--mc-color-text-muted, #4b5563);
  }
  [role='option']:hover:not([aria-selected='true']) {
    background: var(--mc-color-surface-hover, var(--_mc-surface-hover));
  }
`;

const finder = css`
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-md, 1rem);
  }
  .heading,
  .subheading {
    margin: 0;
    line-height: 1.25;
    color: var(--mc-skill-finder-heading-color, var(--mc-color-heading, #111827));
  }
  .heading {
    font-size: var(--mc-skill-finder-heading-size, 1.375em);
  }
  .subheading {
    font-size: 1.125em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-2xs, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: var(--mc-space-3xs, 0.125rem);
    padding: 0 0 0 var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-skill-finder-chip-border, var(--mc-color-primary, #1d4ed8));
    border-radius: 999px;
    background: var(--mc-skill-finder-chip-background, var(--mc-color-surface-hover, var(--_mc-surface-hover)));
    color: var(--mc-skill-finder-chip-color, var(--mc-color-primary-strong, var(--_mc-primary-strong)));
  }
  .chips button {
    min-height: 24px;
    min-width: 24px;
    padding: 0 var(--mc-space-xs, 0.5rem);
    border: none;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font-size: 1.25em;
    line-height: 1;
  }
  .chips button:hover {
    background: var(--mc-skill-finder-chip-hover, var(--mc-color-surface-active, var(--_mc-surface-active)));
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-sm, 0.75rem);
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-border-muted, #d1d5db);
    border-radius: var(--mc-radius, 0.5rem);
    background: var(--mc-skill-finder-bar-background, var(--mc-color-surface-muted, #f9fafb));
  }
  .bar .count {
    margin: 0;
    font-weight: 700;
  }
  .bar .spacer {
    flex: 1 1 auto;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mc-skill-finder-card-min, 18rem)), 1fr));
    gap: var(--mc-space-md, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
    min-width: 0;
  }
  .item mc-program-card {
    flex: 1 1 auto;
  }
  .item.selected mc-program-card {
    --mc-program-card-border: var(--mc-skill-finder-selected-border, var(--mc-color-primary, #1d4ed8));
  }
  .review {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-sm, 0.75rem);
    padding: var(--mc-space-md, 1rem);
    border: 2px solid var(--mc-color-primary, #1d4ed8);
    border-radius: var(--mc-radius, 0.5rem);
    background: var(--mc-color-surface, #ffffff);
  }
  .review p,
  .review ul {
    margin: 0;
  }
  .review ul {
    padding-left: 1.25rem;
  }
  .review .provider {
    font-weight: 700;
  }
  .more {
    display: flex;
    justify-content: center;
  }
  @media (max-width: 30em) {
    /* Nested boxes eat a phone's width: keep the form's fields wide. */
    .review {
      padding: var(--mc-space-xs, 0.5rem);
      border-width: 1px;
    }
  }
`;

export const styles = [...baseStyles, checkboxStyles, pickerStyles, finder, outboxStatusStyles];
