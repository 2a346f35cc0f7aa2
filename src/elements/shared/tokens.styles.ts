/**
 * Shared style pieces. Custom properties are read with fallback chains and never
 * declared on :host, so elements look right unthemed and inherit from the host page.
 * Everything here is defensive against aggressive host CSS: explicit box-sizing,
 * `all: initial`-style resets on form controls, inherited font.
 */
import { css } from 'lit';

/** `:host` display, `[hidden]`, box-sizing and inherited typography. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--mc-font-family, inherit);
    font-size: var(--mc-font-size, inherit);
    line-height: var(--mc-font-line-height, 1.5);
    color: var(--mc-color-text, #1f2937);
    /*
     * Shades of the theme's primary colour, so that setting --mc-color-primary alone
     * recolours hover states, the wage chart and highlights. Private (--_): a page sets
     * the public token (--mc-color-primary-hover, ...) to choose a shade itself. Declared
     * on :host so each nested element derives them from the primary it inherits. The
     * literal values are the unthemed look in browsers without color-mix().
     */
    --_mc-primary-hover: #1e40af;
    --_mc-primary-strong: #1e3a8a;
    --_mc-primary-muted: #3b82f6;
    --_mc-surface-hover: #eff6ff;
    --_mc-surface-active: #dbeafe;
  }
  @supports (color: color-mix(in srgb, red, red)) {
    :host {
      --_mc-primary-hover: color-mix(in srgb, var(--mc-color-primary, #1d4ed8) 80%, black);
      --_mc-primary-strong: color-mix(in srgb, var(--mc-color-primary, #1d4ed8) 60%, black);
      --_mc-primary-muted: color-mix(in srgb, var(--mc-color-primary, #1d4ed8) 80%, white);
      --_mc-surface-hover: color-mix(in srgb, var(--mc-color-primary, #1d4ed8) 8%, var(--mc-color-surface, #ffffff));
      --_mc-surface-active: color-mix(in srgb, var(--mc-color-primary, #1d4ed8) 16%, var(--mc-color-surface, #ffffff));
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * Occupation titles in their inclusive forms hold words longer than a phone's line
   * (« Omnipraticiens/omnipraticiennes »): a heading breaks such a word where it must rather
   * than widen the page (WCAG 1.4.10).
   */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    overflow-wrap: anywhere;
  }
  /* Links take the theme's colour, not the browser's (blue, or purple once visited). */
  a {
    color: var(--mc-color-link, var(--mc-color-primary, #1d4ed8));
  }
`;

/** A 2px outline with at least 3:1 contrast against white and the default surfaces. */
export const focusStyles = css`
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 2px solid var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
    outline-offset: 2px;
  }
`;

/** Hidden from sight, kept for screen readers. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** Buttons and text inputs reset from host CSS, with a 24px minimum target (WCAG 2.5.8). */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    all: unset;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    /*
     * Letter and word spacing stay inherited (all: unset): a stylesheet outside the shadow
     * root reaches the text in here only through inheritance, and a person's text-spacing
     * settings (WCAG 1.4.12) must reach the buttons and fields as they reach the rest.
     */
    text-transform: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--mc-space-2xs, 0.25rem);
    min-height: 2.25rem;
    min-width: 24px;
    padding: var(--mc-space-2xs, 0.25rem) var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-primary, #1d4ed8);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-primary, #1d4ed8);
    color: var(--mc-color-on-primary, #ffffff);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  button:hover {
    background: var(--mc-color-primary-hover, var(--_mc-primary-hover));
  }
  button.secondary {
    background: var(--mc-color-surface, #ffffff);
    color: var(--mc-color-primary, #1d4ed8);
  }
  button.secondary:hover {
    background: var(--mc-color-surface-hover, var(--_mc-surface-hover));
  }
  /*
   * A link-like button often holds an occupation's title, whose inclusive forms make words
   * longer than a phone's line (« contremaîtres/contremaîtresses »): it wraps, breaking such a
   * word where it must, rather than widening the page (WCAG 1.4.10).
   */
  button.link {
    min-height: 24px;
    max-width: 100%;
    padding: 0 var(--mc-space-3xs, 0.125rem);
    border: none;
    background: none;
    color: var(--mc-color-link, var(--mc-color-primary, #1d4ed8));
    font-weight: inherit;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 2.5rem;
    padding: var(--mc-space-xs, 0.5rem) var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-border, #6b7280);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-surface, #ffffff);
    color: var(--mc-color-text, #1f2937);
  }
  select {
    appearance: auto;
    cursor: pointer;
  }
  input::placeholder {
    color: var(--mc-color-text-muted, #4b5563);
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * Printing (opt-in, for the elements a counsellor prints for a client): the results and
 * the programs' web addresses on paper, no controls. A `.link` button is a name in a list
 * (a related occupation) and stays; `.print-only` shows on paper only.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    button:not(.link),
    select,
    input,
    details,
    .print-hide {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    button.link {
      color: inherit;
      text-decoration: none;
    }
  }
`;

/** Pending, empty and error boxes: never a blank area. */
export const stateStyles = css`
  .state {
    padding: var(--mc-space-sm, 0.75rem);
    border-radius: var(--mc-radius, 0.375rem);
    background: var(--mc-color-surface-muted, #f3f4f6);
    color: var(--mc-color-text, #1f2937);
  }
  .state.error {
    border: 1px solid var(--mc-color-danger, #b91c1c);
    background: var(--mc-color-danger-surface, #fef2f2);
    color: var(--mc-color-danger-text, #7f1d1d);
  }
  .state.error p {
    margin: 0 0 var(--mc-space-xs, 0.5rem);
  }
`;

/** Headings and paragraphs without the browser's margins (opt-in: not part of `baseStyles`). */
export const textStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    color: var(--mc-color-heading, inherit);
  }
  p {
    margin: 0;
  }
`;

/** All of the above, in cascade order, for elements that want the full base. */
export const baseStyles = [hostStyles, controlStyles, focusStyles, visuallyHiddenStyles, stateStyles];
