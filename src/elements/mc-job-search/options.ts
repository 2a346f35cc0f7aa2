/**
 * The option rows of the job-title listbox: the matched title with the typed letters
 * marked, a title in the other language said to be so ("French title", its words marked
 * with their `lang`), and, when the best matches are close, each occupation's official
 * title so the person can tell them apart.
 *
 * The official title is followed by the occupation's code ("NOC 31301"), which a counsellor
 * looks occupations up by (Job Bank, OaSIS) and a learner does not need: kept, but last and
 * secondary, smaller than the muted title line, never split across lines, and last in the
 * option's name, so a screen reader says the titles first and the person can move on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TitleMatch } from '../../core/model/index.js';
import type { search } from '../../i18n/en/search.js';
import { fold } from '../../core/text/index.js';
import { highlightSegments } from '../../core/text/index.js';

/** Scores closer than this to the best one, on another occupation, make the list ambiguous. */
export const AMBIGUITY_GAP = 0.1;

/** True when another occupation scores within `AMBIGUITY_GAP` of the best match. */
export function isAmbiguous(results: readonly TitleMatch[]): boolean {
  const best = results[0];
  if (!best) return false;
  return results.some((m) => m.code !== best.code && best.score - m.score <= AMBIGUITY_GAP);
}

export interface OptionContext {
  /** Prefix of the option ids (`<idPrefix><i>`). */
  idPrefix: string;
  query: string;
  active: number;
  /** The occupation's code after its official title, and what a title in the other language is called ("French title"). */
  t: Pick<typeof search, 'code' | 'titleIn'>;
  onChoose: (i: number) => void;
  onHover: (i: number) => void;
}

/** One `<li role="option">` per match. */
export function renderOptions(results: readonly TitleMatch[], ctx: OptionContext): TemplateResult[] {
  const ambiguous = isAmbiguous(results);
  return results.map((match, i) => {
    // A title in the other language always shows the occupation in the page's language.
    const showOfficial = match.matchedLang !== undefined || (ambiguous && fold(match.matchedTitle) !== fold(match.title));
    return html`<li
      part=${i === ctx.active ? 'option option-active' : 'option'}
      id="${ctx.idPrefix}${i}"
      role="option"
      aria-selected=${i === ctx.active ? 'true' : 'false'}
      @click=${() => ctx.onChoose(i)}
      @pointermove=${() => ctx.onHover(i)}
    >
      <span class="match" lang=${match.matchedLang ?? nothing}>${highlightSegments(match.matchedTitle, ctx.query).map((s) =>
        s.mark ? html`<mark>${s.text}</mark>` : s.text,
      )}</span>
      ${match.matchedLang ? html`<span class="title-lang">${ctx.t.titleIn(match.matchedLang)}</span>` : nothing}
      ${
        showOfficial
          ? // The dot stays with the title's last word; the code goes whole to the next line when it must.
            html`<span class="official">${match.title}<span aria-hidden="true">\u00a0·</span> <span class="code">${ctx.t.code(match.code)}</span></span>`
          : nothing
      }
    </li>`;
  });
}
