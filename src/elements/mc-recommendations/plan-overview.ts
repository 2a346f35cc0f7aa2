/**
 * The plan mc-recommendations shows above its list: the target's key skills the person
 * likely has (from the current occupation: key skills both list, then broad skills and
 * knowledge both call for) and those they need; on a move to work that usually takes formal
 * training, what that training is; then a short pathway of
 * recommended programs covering most of the needed ones, with totals, a step that is a
 * partial match saying so. The core chooses (`skillGap`, `pathway`); this only renders, with
 * headings and lists so a screen reader can move through it and nothing rests on colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Recommendation, SkillRef } from '../../core/model/index.js';
import { localizeMarked, type Lang } from '../../core/index-format/index.js';
import type { Pathway, SkillGap } from '../../core/rank/index.js';
import { distinctLabels } from '../../core/text/index.js';
import { safeHttpsUrl } from '../../core/text/index.js';
import { formatMoney } from '../../core/lmi/index.js';
import { listPieces, lowerFirst, quoteMarks } from '../../core/messages/index.js';
import { hoursText, type Strings } from '../shared/locale.js';
import { levelHeading } from '../shared/heading.js';
import { markedName, providerName } from '../shared/names.js';

export interface PlanOverviewOptions {
  t: Strings<'card' | 'plan' | 'training'>;
  lang: Lang;
  gap: SkillGap;
  plan: Pathway;
  /** Localized title of the current occupation, or null for the target alone. */
  from: string | null;
  /** Level of the overview's heading; its sections are one level below. */
  level: number;
  /**
   * The target occupation's TEER on a move to work that usually takes as much formal
   * training as the current one or more (`moveTraining`), else null.
   */
  training: number | null;
  /** Programs are listed below the plan: it says the full list follows. */
  listed: boolean;
}

/**
 * The TEER of `to` when moving there from `from` usually takes formal training (TEER 1 to
 * 3) as long or longer: the plan says what it usually takes, and that short programs do not
 * replace it. A management occupation (TEER 0) says nothing of training, so from one, any.
 * From an occupation to itself is no move.
 */
export function moveTraining(from: { code: string; teer: number } | undefined, to: { code: string; teer: number }): number | null {
  return from && from.code !== to.code && to.teer >= 1 && to.teer <= 3 && (from.teer === 0 || to.teer <= from.teer) ? to.teer : null;
}

/** No name of its own: the heading or sentence just before it introduces it, and a name read it again on entering the list. */
const skillList = (skills: readonly SkillRef[], cls: string): TemplateResult =>
  html`<ul class=${cls}>
    ${distinctLabels(skills).map((s) => html`<li lang=${s.labelLang ?? nothing}>${s.label}</li>`)}
  </ul>`;

/**
 * Skills in a sentence ("Adds: “a”, “b” and “c”"): each label quoted (`quoteSkill`), marked with its own
 * language, and in lower case as the related occupations' sentence has them (« Santé mentale » beside « nutrition »).
 */
function skillsInSentence(lang: Lang, skills: readonly SkillRef[]): Array<TemplateResult | string> {
  const [open, close] = quoteMarks(lang);
  const quoted = skills.map((s) => [html`${open}<span lang=${s.labelLang ?? nothing}>${lowerFirst(s.label)}</span>${close}`]);
  return listPieces(quoted, lang === 'fr' ? 'et' : 'and');
}

/** The overview: skills had and needed, the pathway, its totals. */
export function planOverview({ t, lang, gap, plan, from, level, training, listed }: PlanOverviewOptions): TemplateResult {
  const p = t.plan;
  const sub = level + 1;
  const needed = plan.covered.length + plan.uncovered.length;
  return html`<section part="plan" class="plan" aria-labelledby="plan-heading">
    ${levelHeading(level, { id: 'plan-heading', part: 'plan-heading', text: p.heading })}
    <div class="plan-skills">
      ${
        from
          ? html`<div class="plan-group">
            ${levelHeading(sub, { id: 'plan-have', part: 'plan-subheading', text: p.have })}
            ${
              gap.have.length > 0
                ? html`<p class="note">${p.haveNote(from)}</p>
                  ${skillList(gap.have, 'plan-have')}`
                : gap.carries.length === 0
                  ? html`<p>${p.haveNone}</p>`
                  : nothing
            }
            ${
              gap.carries.length > 0
                ? html`<p id="plan-carries">${gap.have.length > 0 ? p.carriesAlso : p.carries(from)}</p>
                  ${skillList(gap.carries, 'plan-carries')}`
                : nothing
            }
          </div>`
          : nothing
      }
      <div class="plan-group">
        ${levelHeading(sub, { id: 'plan-need', part: 'plan-subheading', text: from ? p.need : p.keySkills })}
        ${gap.need.length > 0 ? skillList(gap.need, 'plan-need') : html`<p>${p.allHad}</p>`}
      </div>
    </div>
    ${training === null ? nothing : html`<p class="note">${p.moveTraining(t.training.level(training))}</p>`}
    ${needed === 0 ? nothing : pathwayView(t, lang, plan, sub, needed)}
    ${listed ? html`<p class="note">${p.fullList}</p>` : nothing}
  </section>`;
}

function pathwayView(t: Strings<'card' | 'plan'>, lang: Lang, plan: Pathway, level: number, needed: number): TemplateResult {
  const p = t.plan;
  if (plan.steps.length === 0) {
    return html`<div class="plan-pathway">
      ${levelHeading(level, { id: 'plan-pathway', part: 'plan-subheading', text: p.pathway })}
      <p>${p.noPathway}</p>
    </div>`;
  }
  const hours = plan.hours === null ? p.hoursUnknown(plan.steps.length) : hoursText(plan.hours, lang, p.hours);
  const cost = plan.costCad === null ? p.costUnknown(plan.steps.length) : plan.costCad === 0 ? t.card.free : formatMoney(plan.costCad, lang, false);
  return html`<div class="plan-pathway">
    ${levelHeading(level, { id: 'plan-pathway', part: 'plan-subheading', text: p.pathway })}
    <p>${p.pathwayIntro(plan.steps.length, plan.covered.length, needed)}</p>
    <ol class="plan-steps">
      ${plan.steps.map(
        (step) => html`<li>
          ${programTitle(t, lang, step.recommendation)}
          <span class="provider">${markedName(providerName(step.recommendation.program, lang))}</span>
          ${step.partial ? html`<span class="partial">${p.partialStep}</span>` : nothing}
          <span class="adds">${p.adds}${lang === 'fr' ? '\u00a0' : ''}: ${skillsInSentence(lang, step.adds)}</span>
        </li>`,
      )}
    </ol>
    <p class="plan-total"><strong>${p.total}${lang === 'fr' ? '\u00a0' : ''}:</strong> ${hours} · ${cost}</p>
    ${
      plan.uncovered.length > 0
        ? html`<p class="note">
          ${p.uncovered}${lang === 'fr' ? '\u00a0' : ''}:
          ${skillsInSentence(lang, plan.uncovered)}
        </p>`
        : nothing
    }
  </div>`;
}

/** The program's title, a new-tab link to its page when the address is safe. */
function programTitle(t: Strings<'card' | 'plan'>, lang: Lang, rec: Recommendation): TemplateResult {
  const title = localizeMarked(rec.program.title, lang);
  const text = html`<span lang=${title.lang ?? nothing}>${title.value}</span>`;
  const url = safeHttpsUrl(rec.program.url);
  return url
    ? html`<a class="title" href=${url} target="_blank" rel="noopener noreferrer"
        >${text}<span class="visually-hidden"> ${t.card.newTab}</span></a
      >`
    : html`<span class="title">${text}</span>`;
}
