/**
 * "What the work requires" in `<mc-labour-market>`: what the occupation's training level in
 * the NOC (TEER) usually means, in the page's language, then what its official profile says
 * (OaSIS employment requirements, loaded on demand: `loadRequirements`), grouped by the
 * profiles each sentence holds for, and that short programs do not replace a required
 * diploma, licence or trade certificate. An index may hold them in one language (the shared
 * data has OaSIS in English; the NOC's French text exists but was not obtained): a French page
 * then shows the English sentences, marked as English, and says this site has them in English
 * only, not that they are published so.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LoadedIndex } from '../../core/model/index.js';
import { isAbortError, localize, type Lang, type Occupation, type RequirementGroup } from '../../core/index-format/index.js';
import { loadRequirements, type OccupationRequirements } from '../../core/load/index.js';
import { fireError } from '../shared/errors.js';
import { through } from '../shared/index-source.js';
import { levelHeading } from '../shared/heading.js';
import { listFormat, type Strings } from '../shared/locale.js';

type BlockStrings = Strings<'common' | 'labourMarket' | 'training'>;

export class RequirementsBlock {
  private readonly task: Task<readonly [LoadedIndex | null, string | null, Lang], OccupationRequirements | null>;

  /**
   * `args`: the index shown, the occupation and the page's language; the load starts when
   * they change. A failed load fires `mc-error` from `host`, as a failed index does.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, args: () => readonly [LoadedIndex | null, string | null, Lang]) {
    this.task = new Task(host, {
      args,
      task: async ([index, code, lang], { signal }) => {
        if (!index || !code) return null;
        try {
          return await loadRequirements(index, code, lang, { signal, ...(await through()) });
        } catch (error) {
          if (!isAbortError(error)) fireError(host, error, lang);
          throw error;
        }
      },
    });
  }

  render(index: LoadedIndex, occupation: Occupation, lang: Lang, t: BlockStrings, level: number, id: string): TemplateResult {
    const lm = t.labourMarket;
    const teer = t.training.teer(occupation.teer);
    return html`<div class="block" part="requirements">
      ${levelHeading(level, { id, part: 'subheading', text: lm.requirements })}
      ${teer ? html`<p>${teer}</p>` : nothing} ${this.renderOfficial(lang, t, id)}
      <p>${lm.requirementsNote}</p>
      ${this.renderSources(index, lang, lm)}
    </div>`;
  }

  private renderOfficial(lang: Lang, t: BlockStrings, id: string): TemplateResult | typeof nothing {
    const lm = t.labourMarket;
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) {
      return html`<div part="state" class="state error" role="alert">
        <p>${lm.requirementsFailed}</p>
        <button type="button" @click=${() => void this.task.run()}>${t.common.retry}</button>
      </div>`;
    }
    if (status !== TaskStatus.COMPLETE) return html`<p class="pending">${t.common.loading}</p>`;
    if (!value) return nothing;
    if (value.groups.length === 0) return html`<p>${lm.requirementsNone}</p>`;
    const other = value.lang !== lang ? value.lang : undefined;
    return html`<p>${other ? lm.requirementsOfficialOther : lm.requirementsOfficial}</p>
      ${value.groups.map((g, i) => this.renderGroup(g, `${id}-${i}`, lang, other, lm))}`;
  }

  /** A group's list, named by the line that says whom it holds for (`id`), when it does not hold for all. */
  private renderGroup(group: RequirementGroup, id: string, lang: Lang, other: Lang | undefined, lm: BlockStrings['labourMarket']): TemplateResult {
    const names = group.only ?? group.except;
    const list = html`<ul class="requirements" lang=${other ?? nothing} aria-labelledby=${names ? id : nothing}>
      ${group.items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
    if (!names) return list;
    // The profiles' names are published in English: in a French sentence, each is marked so.
    // A list of units ("A, B, C"): names with "and" of their own ("Nursing researchers and
    // consultants") would blur in "A and B and C".
    const parts = listFormat(lang, 'unit').formatToParts(names.map((_, i) => `\u0000${i}`));
    const named = parts.map((p) => (p.type === 'element' ? html`<span lang=${other ?? nothing}>${names[Number(p.value.slice(1))]}</span>` : p.value));
    const [before, after] = group.only ? lm.requirementsOnly : lm.requirementsExcept;
    return html`<p class="scope" id=${id}>${before}${named}${after}</p>
      ${list}`;
  }

  private renderSources(index: LoadedIndex, lang: Lang, lm: BlockStrings['labourMarket']): TemplateResult | typeof nothing {
    const names = ['noc', 'oasis']
      .map((id) => index.manifest.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      // "National Occupational Classification (NOC) 2021", not "… 2021, 2021 V1.0".
      .map((s) => (localize(s.name, lang).includes(s.vintage.slice(0, 4)) ? localize(s.name, lang) : `${localize(s.name, lang)}, ${s.vintage}`));
    return names.length === 0 ? nothing : html`<p class="source">${lm.requirementsSources(names)}</p>`;
  }
}
