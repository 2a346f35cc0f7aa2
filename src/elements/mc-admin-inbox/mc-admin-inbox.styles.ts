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
    .bar,
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: var(--mc-space-sm, 0.75rem);
    }
    .bar {
      align-items: center;
    }
    .filter {
      display: grid;
      gap: var(--mc-space-3xs, 0.125rem);
      min-width: min(100%, 20rem);
    }
    label,
    dt {
      font-weight: 600;
    }
    .sign-in {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      max-width: 32rem;
    }
    input[aria-invalid='true'] {
      border-color: var(--mc-color-danger, #b91c1c);
      border-width: 2px;
    }
    .error-text {
      color: var(--mc-color-danger-text, #7f1d1d);
      font-weight: 600;
    }
    .note {
      color: var(--mc-color-text-muted, #4b5563);
    }
    .list {
      display: grid;
      gap: var(--mc-space-sm, 0.75rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      padding: var(--mc-space-sm, 0.75rem) var(--mc-space-md, 1rem);
      border: var(--mc-admin-inbox-item-border, 1px solid var(--mc-color-border-muted, #d1d5db));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-admin-inbox-item-background, var(--mc-color-surface, #ffffff));
    }
    article {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
    }
    .who {
      font-size: 1.0625rem;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--mc-space-xs, 0.5rem) var(--mc-space-md, 1rem);
      margin: 0;
    }
    .fact.wide {
      grid-column: 1 / -1;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .message {
      white-space: pre-wrap;
    }
    .programs {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    .id {
      color: var(--mc-color-text-muted, #4b5563);
      font-size: 0.875em;
    }
    a {
      color: var(--mc-color-link, #1d4ed8);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mc-space-xs, 0.5rem);
    }
    .confirm {
      display: grid;
      gap: var(--mc-space-xs, 0.5rem);
      padding: var(--mc-space-sm, 0.75rem);
      border: 2px solid var(--mc-admin-inbox-danger, var(--mc-color-danger, #b91c1c));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-color-danger-surface, #fef2f2);
    }
    button.danger {
      border-color: var(--mc-admin-inbox-danger, var(--mc-color-danger, #b91c1c));
      background: var(--mc-admin-inbox-danger, var(--mc-color-danger, #b91c1c));
      color: #ffffff;
    }
    button.danger:hover {
      background: var(--mc-color-danger-text, #7f1d1d);
    }
    .more {
      display: grid;
      justify-items: start;
      gap: var(--mc-space-xs, 0.5rem);
    }
  `,
];
