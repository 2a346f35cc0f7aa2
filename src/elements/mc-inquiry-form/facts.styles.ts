import { css } from 'lit';

/** Labelled rows ("Who receives your inquiry", the receipt): side by side when there is room, stacked on a phone. */
export const factsStyles = css`
  .recipients {
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .recipients :is(h3, h4, h5, h6) {
    font-size: 1rem;
  }
  .facts {
    display: grid;
    gap: var(--mc-space-xs, 0.5rem);
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--mc-space-sm, 0.75rem);
  }
  .facts dt {
    flex: 0 0 12rem;
    font-weight: 600;
  }
  .facts dd {
    flex: 1 1 14rem;
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* A message keeps its line breaks; a list (the programs) is one item to a line. */
  .facts .value {
    white-space: pre-wrap;
  }
  .facts .note {
    display: block;
  }
  .facts .values {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
