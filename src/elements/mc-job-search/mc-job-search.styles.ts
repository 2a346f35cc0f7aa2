import { css } from 'lit';
import { baseStyles } from '../shared/tokens.styles.js';

export const styles = [
  ...baseStyles,
  css`
    label {
      display: block;
      margin-bottom: var(--mc-space-2xs, 0.25rem);
      font-weight: 600;
      font-size: var(--mc-job-search-label-size, var(--mc-font-size-label, 1.0625rem));
      color: var(--mc-job-search-label-color, var(--mc-color-text, #1f2937));
    }
    .hint {
      margin: 0 0 var(--mc-space-xs, 0.5rem);
      font-size: 0.875em;
      color: var(--mc-color-text-muted, #4b5563);
    }
    .combo {
      position: relative;
    }
    input[part='input'] {
      border-color: var(--mc-job-search-border, var(--mc-color-border, #6b7280));
      padding-right: 2.75rem;
    }
    input[part='input']:focus-visible {
      outline: 2px solid var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
      outline-offset: 1px;
    }
    .clear {
      position: absolute;
      top: 50%;
      right: 0.25rem;
      transform: translateY(-50%);
      min-height: 2rem;
      min-width: 2rem;
      padding: 0;
      border: none;
      background: transparent;
      color: var(--mc-color-text-muted, #4b5563);
      font-size: 1.25rem;
      line-height: 1;
    }
    .clear:hover {
      background: var(--mc-color-surface-muted, #f3f4f6);
    }
    ul[part='listbox'] {
      position: absolute;
      z-index: var(--mc-job-search-z-index, 10);
      left: 0;
      right: 0;
      top: calc(100% + 2px);
      max-height: var(--mc-job-search-list-max-height, 20rem);
      overflow-y: auto;
      margin: 0;
      padding: var(--mc-space-3xs, 0.125rem) 0;
      list-style: none;
      border: 1px solid var(--mc-job-search-border, var(--mc-color-border, #6b7280));
      border-radius: var(--mc-radius, 0.375rem);
      background: var(--mc-job-search-list-background, var(--mc-color-surface, #ffffff));
      box-shadow: var(--mc-job-search-shadow, 0 6px 16px rgb(0 0 0 / 0.14));
    }
    li[part~='option'] {
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: 2.5rem;
      padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
      cursor: pointer;
      border-left: 4px solid transparent;
      overflow-wrap: anywhere;
    }
    li[part~='option']:hover {
      background: var(--mc-color-surface-hover, var(--_mc-surface-hover));
    }
    li[part~='option'][aria-selected='true'] {
      background: var(--mc-job-search-active-background, var(--mc-color-surface-active, var(--_mc-surface-active)));
      border-left-color: var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
      outline: 2px solid var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
      outline-offset: -2px;
    }
    mark {
      background: var(--mc-job-search-mark-background, transparent);
      color: inherit;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    /*
     * Forced colours give <mark> the contrast theme's highlight text colour (MarkText) but no
     * highlight behind it: black on black in a dark theme. The matched words take the theme's
     * text colour (a system colour, which forcing keeps; inherit would not) on no background of
     * their own, told apart by weight and underline as in every theme.
     */
    @media (forced-colors: active) {
      mark {
        background: none;
        color: CanvasText;
      }
    }
    .official,
    .title-lang {
      font-size: 0.875em;
      color: var(--mc-color-text-muted, #4b5563);
    }
    .title-lang {
      font-style: italic;
    }
    /* The occupation's code: for a counsellor, after the official title, smaller, whole on its line. */
    .code {
      font-size: 0.9375em;
      white-space: nowrap;
    }
    .status-line {
      margin: var(--mc-space-xs, 0.5rem) 0 0;
      font-size: 0.9375em;
    }
    .suggestion {
      margin: var(--mc-space-xs, 0.5rem) 0 0;
    }
    .state {
      margin-top: var(--mc-space-xs, 0.5rem);
    }
    .browse {
      margin-top: var(--mc-space-xs, 0.5rem);
    }
    .browse ul {
      margin: var(--mc-space-2xs, 0.25rem) 0 0;
      padding: 0;
      list-style: none;
    }
    .browse ul.occupations {
      padding-left: var(--mc-space-md, 1rem);
      margin-bottom: var(--mc-space-xs, 0.5rem);
    }
    .browse > button {
      justify-content: flex-start;
      text-align: start;
    }
    .browse-intro {
      margin: var(--mc-space-2xs, 0.25rem) 0 0;
    }
    .browse li {
      margin: var(--mc-space-3xs, 0.125rem) 0;
    }
    .category,
    .occupations button {
      display: block;
      width: 100%;
      text-align: start;
    }
    .category::before {
      content: '▸ ' / '';
    }
    .category[aria-expanded='true']::before {
      content: '▾ ' / '';
    }
    .count {
      font-weight: 400;
    }
  `,
];
