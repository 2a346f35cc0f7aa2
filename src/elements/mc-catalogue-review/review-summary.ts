/**
 * The blocks of mc-catalogue-review around its program list: the coverage figure with the
 * download button, the problems of the file's rows by line, and the occupations none of
 * the file's programs reaches. Stateless: the host says how many are shown and is told
 * when "Show more" or the download button is pressed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import { localizeMarked } from '../../core/index-format/index.js';
import {
  ITEM_FIELD,
  ROW_FIELD,
  coverage,
  exportName,
  problemText,
  type CatalogueReach,
  type CatalogueReview,
  type Warning,
} from '../../core/catalogue/index.js';
import type { AdminMessages } from '../../i18n/admin.js';
import { levelHeading } from '../shared/heading.js';
import { numberFormat } from '../shared/locale.js';
import { markedName } from '../shared/names.js';

type Text = AdminMessages['catalogueReview'];

/** A list shown a page at a time. */
export interface Paged {
  /** How many are shown. */
  visible: number;
  /** How many more "Show more" shows. */
  page: number;
  onMore(): void;
}

/** The coverage figure and the download button with its hint. */
export function coveragePanel(r: Text, lang: Lang, uid: string, level: number, review: CatalogueReview, onDownload: () => void): TemplateResult {
  const { covered: done, total } = coverage(review);
  const n = numberFormat(lang);
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(total > 0 ? done / total : 0);
  return html`<div part="coverage" class="panel">
        <div class="figure">
          ${levelHeading(level, { id: `${uid}-coverage`, part: 'subheading', text: r.coverageHeading })}
          <p class="coverage">${r.coverage(n.format(done), n.format(total), percent, done)}</p>
          <p class="hint">${r.coverageHint}</p>
        </div>
        <div class="figure">
          <button type="button" aria-describedby="${uid}-download-hint" @click=${onDownload}>${r.download}</button>
          <p class="hint" id="${uid}-download-hint">${r.downloadHint(exportName(review.catalogue))}</p>
        </div>
      </div>`;
}

/**
 * The file's problems (under their heading, which the host renders, with the id
 * `${uid}-problems`), or that there are none.
 */
export function problemList(r: Text, uid: string, problems: readonly Warning[], paged: Paged): TemplateResult {
  if (problems.length === 0) return html`<p class="note">${r.noProblems}</p>`;
  return html`${r.problemsInEnglish && problems.some((w) => problemWords(r, w) === null) ? html`<p class="note">${r.problemsInEnglish}</p>` : nothing}
            <ul part="problems" class="problems" aria-labelledby="${uid}-problems">
              ${problems.slice(0, paged.visible).map((w) => problemItem(r, w))}
            </ul>
            ${
              problems.length > paged.visible
                ? html`<div class="more">
                  <button type="button" class="secondary" @click=${paged.onMore}>
                    ${r.showMoreProblems(Math.min(paged.page, problems.length - paged.visible))}
                  </button>
                </div>`
                : nothing
            }`;
}

/**
 * A problem of the catalogue reader or of the learners' marks reader (the marks file's CSV
 * goes through the catalogue's decoding) in the page's language; null for a code this page
 * does not know.
 */
function problemWords(r: Text, w: Warning): string | null {
  return problemText(r.marksProblemText, w.code, w.params) ?? problemText(r.problemText, w.code, w.params);
}

/** Where the problem is, then what it is; a code this page does not know (a newer builder's): its English reason, marked as such. */
export function problemDescription(r: Text, w: Warning): TemplateResult {
  const text = problemWords(r, w);
  return html`<span class="where">${problemPlace(r, w)}</span> ${text ?? html`<span lang="en">${w.reason}</span>`}`;
}

function problemItem(r: Text, w: Warning): TemplateResult {
  return html`<li>${problemDescription(r, w)}</li>`;
}

/** `Line 3, title_en:`; a whole row or JSON item and a column past the header are named in the page's language. */
function problemPlace(r: Text, w: Warning): string {
  if (w.line === null) return r.wholeFile;
  const line = String(w.line);
  if (w.field === ROW_FIELD || w.field === ITEM_FIELD) return r.problemAt(line);
  const past = /^field (\d+)$/.exec(w.field);
  return past ? r.problemAtField(line, Number(past[1])) : r.problem(line, w.field);
}

/** The occupations no program of the file reaches among its first `top` recommendations; a note while worked out. */
export function gapsBlock(r: Text, lang: Lang, uid: string, level: number, reach: CatalogueReach | null, top: number, paged: Paged): TemplateResult {
  // No live region of its own: inserted already filled, it would go unheard by several screen
  // readers, and said through the element's it would cut off what reading the file found.
  if (!reach) return html`<p class="note">${r.reachPending}</p>`;
  const n = numberFormat(lang);
  return html`
      ${levelHeading(level, { id: `${uid}-gaps`, part: 'subheading', text: r.gapsHeading(n.format(reach.gaps.length)) })}
      ${
        reach.gaps.length === 0
          ? html`<p class="note">${r.noGaps}</p>`
          : html`<p class="note">${r.gapsNote(top)}</p>
            <ul part="gaps" class="gaps" aria-labelledby="${uid}-gaps">
              ${reach.gaps.slice(0, paged.visible).map((o) => html`<li>${markedName(localizeMarked(o.title, lang))} <span class="meta">(${o.code})</span></li>`)}
            </ul>
            ${
              reach.gaps.length > paged.visible
                ? html`<div class="more">
                  <button type="button" class="secondary" @click=${paged.onMore}>
                    ${r.showMoreGaps(Math.min(paged.page, reach.gaps.length - paged.visible))}
                  </button>
                </div>`
                : nothing
            }`
      }
    `;
}
