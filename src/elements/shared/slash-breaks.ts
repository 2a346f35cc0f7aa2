/**
 * Inclusive French titles join their forms with a slash (« Développeurs/développeuses et
 * programmeurs/programmeuses »), after which browsers do not break a line: a break opportunity
 * (`<wbr>`) after each slash between letters, so a long title wraps between its forms rather
 * than mid-word. The text read and copied is unchanged; `overflow-wrap: anywhere`
 * (tokens.styles.ts) stays the last resort for a single form longer than the line.
 */
import { html, type TemplateResult } from 'lit';

export function slashBreaks(text: string): TemplateResult | string {
  // No lookbehind: Safari before 16.4 refuses it (tests/core/browser-syntax.test.ts).
  const parts = text.replace(/(\p{L}\/)(?=\p{L})/gu, '$1\u0000').split('\u0000');
  return parts.length === 1 ? text : html`${parts.map((part, i) => (i === 0 ? part : html`<wbr />${part}`))}`;
}
