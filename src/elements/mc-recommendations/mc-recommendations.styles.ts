import { css } from 'lit';
import { baseStyles, printStyles } from '../shared/tokens.styles.js';
import { checkboxStyles } from './checkbox.styles.js';
import { planStyles } from './plan-overview.styles.js';

const recommendations = css`
  /* The host page's own words in the empty box, below the element's. */
  slot[name='empty']::slotted(*) {
    display: block;
    margin-top: var(--mc-space-xs, 0.5rem);
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-md, 1rem);
  }
  .heading {
    margin: 0;
    font-size: var(--mc-recommendations-heading-size, 1.375em);
    line-height: 1.25;
    color: var(--mc-recommendations-heading-color, var(--mc-color-heading, #111827));
  }
  .filters {
    margin: 0;
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-recommendations-filters-border, var(--mc-color-border-muted, #d1d5db));
    border-radius: var(--mc-radius, 0.5rem);
    background: var(--mc-recommendations-filters-background, var(--mc-color-surface-muted, #f9fafb));
  }
  .filters > summary {
    display: list-item;
    min-height: 24px;
    font-weight: 700;
    cursor: pointer;
  }
  .filters[open] > summary {
    margin-bottom: var(--mc-space-sm, 0.75rem);
  }
  .filters .active {
    font-weight: 400;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .controls {
    display: grid;
    /* Wide enough for the longest choice in French ("Tous les établissements"). */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--mc-space-sm, 0.75rem);
    align-items: start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-3xs, 0.125rem);
    min-width: 0;
  }
  .field > label,
  .group > legend {
    font-weight: 600;
    padding: 0;
  }
  .field > .hint {
    margin: 0 0 var(--mc-space-2xs, 0.25rem);
    font-size: 0.875em;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filter-actions {
    display: flex;
    justify-content: flex-end;
    margin-top: var(--mc-space-xs, 0.5rem);
  }
  .note {
    margin: 0;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mc-recommendations-card-min, 18rem)), 1fr));
    gap: var(--mc-space-md, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    min-width: 0;
    /* Cards out of view skip layout and paint until scrolled to: a page of cards laid out
       at once was a long task on a slow phone. The placeholder height is a typical card's;
       once shown, the browser remembers the real one. Still in the accessibility tree. */
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }
  mc-program-card {
    height: 100%;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-sm, 0.75rem);
  }
  .state p,
  .notice p {
    margin: 0 0 var(--mc-space-xs, 0.5rem);
  }
  .state p:last-child,
  .notice p:last-child {
    margin-bottom: 0;
  }
  .nearby ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .nearby li + li {
    margin-top: var(--mc-space-2xs, 0.25rem);
  }
  .nearby button.link {
    padding: 0;
    text-align: start;
  }
  .nearby .shares {
    display: block;
    color: var(--mc-color-text-muted, #4b5563);
  }
  @media (max-width: 30em) {
    /* Official occupation titles are long; keep the summary readable on a phone. */
    .heading {
      font-size: var(--mc-recommendations-heading-size, 1.1875em);
    }
  }
`;

const print = css`
  @media print {
    /* Every card laid out on paper, one under the other (a grid split across pages
       overlapped what follows it in Chromium), none cut in two. */
    .root,
    .list,
    .more {
      display: block;
    }
    .root > * + * {
      margin-top: var(--mc-space-sm, 0.75rem);
    }
    .list > li {
      content-visibility: visible;
      contain-intrinsic-size: none;
      break-inside: avoid;
      margin-bottom: var(--mc-space-sm, 0.75rem);
    }
    mc-program-card {
      height: auto;
    }
  }
`;

export const styles = [...baseStyles, checkboxStyles, printStyles, recommendations, planStyles, print];
