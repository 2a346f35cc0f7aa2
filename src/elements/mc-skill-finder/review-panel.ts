/**
 * The review step of mc-skill-finder: the selected programs grouped by institution, what the
 * inquiry holds, and the employer inquiry form, which says who receives it (or, without the
 * form on the page, how to reach the institutions instead).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localizeMarked, type Lang, type Program } from '../../core/index-format/index.js';
import { compareText } from '../../core/rank/index.js';
import { levelHeading } from '../shared/heading.js';
import { INQUIRY_EXPORTPARTS } from '../shared/parts.js';
import { markedName, providerName, type ShownName } from '../shared/names.js';
import type { Strings } from '../shared/locale.js';

export interface ReviewPanelOptions {
  t: Strings<'finder'>;
  lang: Lang;
  programs: readonly Program[];
  /** Level of the panel heading; the form's heading is one below. */
  headingLevel: number;
  headingId: string;
  endpoint: string | null;
  /** Who runs the endpoint (`endpoint-owner`). */
  endpointOwner: string | null;
  /** Its privacy notice (`privacy-url`). */
  privacyUrl: string | null;
  /** The endpoint forwards to each institution (`routed`). */
  routed: boolean;
  /** Days within which replies come (`reply-within-days`). */
  replyWithinDays: number | null;
  onBack(): void;
}

/** Programs grouped by provider, each group by its institution's name in `lang`, in alphabetical order. */
export function byProvider(programs: readonly Program[], lang: Lang): Array<[ShownName, Program[]]> {
  const groups = new Map<string, Program[]>();
  for (const program of programs) {
    const list = groups.get(program.provider) ?? [];
    list.push(program);
    groups.set(program.provider, list);
  }
  return [...groups.values()].map((list) => [providerName(list[0]!, lang), list] as [ShownName, Program[]]).sort(([a], [b]) => compareText(a.value, b.value));
}

export function reviewPanel(o: ReviewPanelOptions): TemplateResult {
  const f = o.t.finder;
  const groups = byProvider(o.programs, o.lang);
  const formDefined = customElements.get('mc-inquiry-form') !== undefined;
  return html`<div part="review" class="review">
    ${levelHeading(o.headingLevel, { id: o.headingId, part: 'subheading', text: f.review })}
    <p>${f.byInstitution}</p>
    <ul>
      ${groups.map(
        ([provider, programs]) => html`<li>
          <span class="provider">${markedName(provider)}</span>
          <ul>
            ${programs.map((p) => {
              const title = localizeMarked(p.title, o.lang);
              return html`<li lang=${title.lang ?? nothing}>${title.value}</li>`;
            })}
          </ul>
        </li>`,
      )}
    </ul>
    <p>${f.whatTheySee}</p>
    ${
      formDefined
        ? html`<mc-inquiry-form
          part="inquiry"
          exportparts=${INQUIRY_EXPORTPARTS}
          variant="employer"
          endpoint=${o.endpoint ?? nothing}
          endpoint-owner=${o.endpointOwner ?? nothing}
          privacy-url=${o.privacyUrl ?? nothing}
          ?routed=${o.routed}
          reply-within-days=${o.replyWithinDays ?? nothing}
          heading-level=${Math.min(6, o.headingLevel + 1)}
          .programs=${o.programs}
        ></mc-inquiry-form>`
        : html`<p class="note" role="note">${f.formMissing}</p>`
    }
    <div>
      <button type="button" class="secondary" @click=${o.onBack}>${f.back}</button>
    </div>
  </div>`;
}
