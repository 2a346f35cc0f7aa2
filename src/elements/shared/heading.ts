/**
 * A heading of a level the host chooses. Lit cannot bind a tag name, and a `div` with
 * role="heading" is weaker than a real one, so each level is its own template.
 * Used by mc-program-card, mc-recommendations and mc-skill-finder.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** `<hN id part class tabindex="-1" lang>` with N clamped to 2-6 (focusable from code only); without `part`, neither part nor class. */
export function levelHeading(level: number, opts: { id: string; part?: string; text: string | TemplateResult; lang?: string | null }): TemplateResult {
  const { id, text } = opts;
  const part = opts.part ?? nothing;
  const lang = opts.lang ?? nothing;
  const n = Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 2;
  switch (n) {
    case 3:
      return html`<h3 id=${id} part=${part} class=${part} tabindex="-1" lang=${lang}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${part} tabindex="-1" lang=${lang}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${part} tabindex="-1" lang=${lang}>${text}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${part} tabindex="-1" lang=${lang}>${text}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class=${part} tabindex="-1" lang=${lang}>${text}</h2>`;
  }
}
