/**
 * The portal's "where could you go from here" list: the occupations related to the one
 * chosen (the target left out), each a button that makes it the target, with the skills
 * it shares, the training it usually takes and its median wage in the page's region. Loaded
 * after a choice with the rest of what shows then (children.ts), not with the portal.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { relatedOccupations, RelatedOccupation } from '../../core/rank/index.js';
import type { coreMessages } from '../../core/messages/index.js';
import type { MoveFacts } from '../../core/lmi/index.js';
import { related as english } from '../../i18n/en/related.js';
import { stringsIn } from '../shared/locale.js';
import { levelHeading } from '../shared/heading.js';
import { sharedSkills } from '../shared/shared-skills.js';
import { slashBreaks } from '../shared/slash-breaks.js';

const RELATED_SHOWN = 5;

/** Occupations related to a base occupation as the list shows them, remembered for the next render. */
export class RelatedList {
  private memo: { index: LoadedIndex; key: string; list: RelatedOccupation[] } | null = null;

  /** `find`: the core's `relatedOccupations`, which the portal loads with the whole index. */
  get(index: LoadedIndex, base: string, lang: Lang, target: string | null, find: typeof relatedOccupations): RelatedOccupation[] {
    const key = `${base}|${lang}|${target ?? ''}`;
    const memo = this.memo;
    if (memo && memo.index === index && memo.key === key) return memo.list;
    let list: RelatedOccupation[] = [];
    if (index.occupations.has(base)) {
      list = find(index, base, { lang, limit: RELATED_SHOWN + 2 })
        .filter((r) => r.code !== target)
        .slice(0, RELATED_SHOWN);
    }
    this.memo = { index, key, list };
    return list;
  }
}

export interface RelatedContext {
  /** Prefix of the ids this part renders. */
  uid: string;
  level: number;
  lang: Lang;
  related: readonly RelatedOccupation[];
  /** The core's sentences in `lang` (`coreMessages`), loaded with the whole index. */
  m: ReturnType<typeof coreMessages>;
  /** The training and wage beside a related occupation (the core's `moveFacts`). */
  facts: (code: string) => Pick<MoveFacts, 'training' | 'wage'>;
  onPick: (code: string) => void;
}

/**
 * The training and the wage, each a line of text after the shared skills, read in that order
 * by a screen reader's reading; also the button's description, so that moving from button to
 * button says them after its name ("Set … as the job I want").
 */
function factLines(ctx: RelatedContext, code: string, i: number): { ids: string; lines: TemplateResult } {
  const { training, wage } = ctx.facts(code);
  const id = `${ctx.uid}-related-${i}`;
  const shown: Array<{ id: string; text: string }> = [];
  if (training) shown.push({ id: `${id}-training`, text: training });
  if (wage) shown.push({ id: `${id}-wage`, text: wage });
  return {
    ids: shown.map((line) => line.id).join(' '),
    lines: html`${shown.map((line) => html`<span class="fact" id=${line.id}>${line.text}</span>`)}`,
  };
}

export function renderRelated(ctx: RelatedContext): TemplateResult {
  const { related, m } = ctx;
  const p = stringsIn(ctx.lang, { related: english }).related;
  return html`<div class="related" part="related">
      ${levelHeading(ctx.level, { id: `${ctx.uid}-related`, part: 'subheading', text: p.heading })}
      ${
        related.length === 0
          ? html`<p>${p.none}</p>`
          : html`<p>${p.intro} <span class="screen-only">${p.choose}</span></p>
            <ul>
              ${related.map((r, i) => {
                const facts = factLines(ctx, r.code, i);
                return html`<li>
                  <button
                    type="button"
                    class="link"
                    aria-label=${p.setTarget(r.title)}
                    aria-describedby=${facts.ids || nothing}
                    @click=${() => ctx.onPick(r.code)}
                  >
                    ${slashBreaks(r.title)}
                  </button>
                  ${sharedSkills(m, r)} ${facts.lines}
                </li>`;
              })}
            </ul>`
      }
    </div>`;
}
