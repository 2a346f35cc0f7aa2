/**
 * One program of mc-catalogue-review: its title and line, where it is recommended (with the
 * learners' marks on each occupation), the skills the builder would tag it with (each with
 * Accept and Reject), the skills added by hand (each with Remove), and the Add skill button
 * or the picker the host renders. Stateless: the host owns the review and the decisions, and
 * is told what was pressed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import { localizeMarked, type EvidenceField, type Lang } from '../../core/index-format/index.js';
import type { CatalogueReach, ReviewEntry } from '../../core/catalogue/index.js';
import { quoteLanguage } from '../../core/rank/index.js';
import type { AdminMessages } from '../../i18n/admin.js';
import { levelHeading } from '../shared/heading.js';
import { markedName, providerName, saidWith, withMarkedNames } from '../shared/names.js';
import { skillName, skillOf } from '../shared/skill-name.js';

type Text = AdminMessages['catalogueReview'];
type Suggestion = ReviewEntry['suggestions'][number];

export interface ProgramCardOptions {
  r: Text;
  lang: Lang;
  index: LoadedIndex;
  entry: ReviewEntry;
  /** Prefix of the card's ids (`${key}-title`). */
  key: string;
  /** Level of the program's heading. */
  level: number;
  /** Where the programs are recommended; null while worked out. */
  reach: CatalogueReach | null;
  /** Recommendations per occupation looked at. */
  top: number;
  /** Occupations listed, each with its toggle, before "Show N more occupations". */
  placements: number;
  /** Learners' "not relevant" marks on the program, by occupation code; null without a marks file. */
  marks: ReadonlyMap<string, number> | null;
  /** The add-skill picker when open on this program, else null (the Add skill button shows). */
  adder: TemplateResult | null;
  onDecide(entry: ReviewEntry, skill: string, decision: 'accepted' | 'rejected', name: string): void;
  onRemove(entry: ReviewEntry, skill: string, name: string): void;
  onAdd(id: string): void;
  /** Marks (`on`) or unmarks an occupation the program does not train for. */
  onNotFor(entry: ReviewEntry, code: string, on: boolean, title: string): void;
  /** Lists all the occupations the program is recommended for; `first`: the first occupation that was not listed. */
  onAllPlacements(id: string, first: string): void;
}

export function programCard(o: ProgramCardOptions): TemplateResult {
  const { r, entry } = o;
  const p = entry.program;
  const shown = localizeMarked(p.title, o.lang);
  const title = shown.value;
  return html`<li part="program" class="program" data-program=${p.id}>
      ${levelHeading(o.level, { id: `${o.key}-title`, part: 'program-title', text: title, lang: shown.lang })}
      <p class="meta">${r.meta(p.id, p.line)}${p.provider ? html` · ${markedName(providerName(p, o.lang))}` : ''}</p>
      ${placementsLine(o)}
      ${
        entry.suggestions.length === 0 && entry.added.length === 0
          ? html`<p class="note">${r.noSuggestion}</p>`
          : // Named by the program's heading: an aria-label could not carry the language of an English title.
            html`<ul class="skills" aria-labelledby="${o.key}-title">
            ${entry.suggestions.map((s) => suggestedSkill(o, s))}
            ${entry.added.map((id) => addedSkill(o, id))}
          </ul>`
      }
      ${
        o.adder
          ? o.adder
          : html`<div>
            <button
              type="button"
              class="secondary"
              data-action="add"
              @click=${() => o.onAdd(p.id)}
            >
              ${saidWith(r.addSkill, r.addSkillTo(title), [shown])}
            </button>
          </div>`
      }
    </li>`;
}

/** An occupation listed on a program's card: its rank when it has one, and the words that brought the program there. */
interface Listed {
  code: string;
  rank: number | null;
  words: readonly string[];
}

/**
 * Where the program comes in recommendations, once worked out: the first occupations, each
 * with "Not for this occupation" (a toggle); then any occupation marked in the file that is
 * not among them, so it can be unmarked, and any occupation learners marked it not relevant
 * for (most marks first), so it can be marked. Those keep their rank when they have one.
 */
function placementsLine(o: ProgramCardOptions): TemplateResult | typeof nothing {
  const { r, entry, reach, top, placements: shown } = o;
  if (!reach) return nothing;
  const placements = reach.byProgram.get(entry.program.id);
  const listed: Listed[] = (placements ?? []).slice(0, shown);
  const byMarks = [...(o.marks ?? [])].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  for (const code of new Set([...(entry.program.notFor ?? []), ...entry.notFor, ...byMarks])) {
    const placed = placements?.find((p) => p.code === code);
    if (!listed.some((x) => x.code === code)) listed.push({ code, rank: placed?.rank ?? null, words: placed?.words ?? [] });
  }
  // A program the page's index does not have, learners may have seen in the index they used.
  if (!placements && listed.length === 0) return html`<p class="note reach">${r.notInIndex}</p>`;
  if (listed.length === 0) return html`<p class="note reach">${r.notReached(top)}</p>`;
  const hidden = (placements ?? []).filter((p) => !listed.some((x) => x.code === p.code));
  const more =
    hidden.length > 0
      ? html`<li>
          <button type="button" class="secondary" data-action="more-placements" @click=${() => o.onAllPlacements(entry.program.id, hidden[0]!.code)}>
            ${r.morePlacements(hidden.length)}
          </button>
        </li>`
      : nothing;
  // Only occupations marked (in the file, by a person here, or by learners): say why they are listed.
  const note = !placements ? r.notInIndex : placements.length === 0 ? r.notReached(top) : null;
  return html`<div class="reach">
    ${note ? html`<p class="note">${note}</p>` : nothing}
    <p class="reach-label" id="${o.key}-reach">${note ? r.markedFor : r.reachedFor}</p>
    <ul class="placements" aria-labelledby="${o.key}-reach">
      ${listed.map((x) => placementItem(o, x))}${more}
    </ul>
  </div>`;
}

/**
 * One occupation the program is recommended for (or marked as not for, or that learners
 * marked), with the program's words that brought it there, its toggle and how many learners
 * marked it not relevant.
 */
function placementItem({ r, lang, index, entry, marks, onNotFor }: ProgramCardOptions, { code, rank, words }: Listed): TemplateResult {
  const occupation = index.occupations.get(code);
  const named = occupation ? localizeMarked(occupation.title, lang) : { value: code, lang: null };
  const title = named.value;
  const program = localizeMarked(entry.program.title, lang);
  const marked = entry.notFor.has(code);
  const learners = marks?.get(code) ?? 0;
  return html`<li class="placement ${marked ? 'not-for' : ''}">
    <span class="label">${withMarkedNames(rank === null ? title : r.placement(title, rank), [named])}</span>
    ${words.length > 0 ? html`<span class="words">${r.placementWords(words)}</span>` : nothing}
    ${learners > 0 ? html`<span class="learner-marks">${r.marksBadge(learners)}</span>` : nothing}
    <button
      type="button"
      class="secondary"
      data-action="not-for"
      data-occupation=${code}
      aria-pressed=${marked ? 'true' : 'false'}
      @click=${() => onNotFor(entry, code, !marked, title)}
    >
      ${saidWith(r.notFor, r.notForOccupation(title, program.value), [named, program])}
    </button>
    ${marked ? html`<span class="note">${r.notForMarked}</span>` : nothing}
  </li>`;
}

/** A skill the builder suggests, with its strength, the phrase behind it, Accept and Reject. */
function suggestedSkill({ r, lang, index, entry, onDecide }: ProgramCardOptions, s: Suggestion): TemplateResult {
  const decision = entry.decisions.get(s.skill);
  const skill = skillName(index, s.skill, lang);
  const { value: name, lang: nameLang } = skill;
  const [before, after] = r.why(r.source[s.source]);
  const program = localizeMarked(entry.program.title, lang);
  const decisionButton = (verdict: 'accepted' | 'rejected', label: string, text: string) => {
    const action = verdict === 'accepted' ? 'accept' : 'reject';
    return html`<button
      type="button"
      class="${action} secondary"
      data-action=${action}
      data-skill=${s.skill}
      aria-pressed=${decision === verdict ? 'true' : 'false'}
      @click=${() => onDecide(entry, s.skill, verdict, name)}
    >
      ${saidWith(text, label, [skill, program])}
    </button>`;
  };
  return html`<li class="skill ${decision ?? ''}">
                <span class="label" lang=${nameLang ?? nothing}>${name}</span>
                <span class="strength ${s.strength}"><span class="visually-hidden">${r.strengthLabel} </span>${r.strength[s.strength]}</span>
                <span class="why">${before}<span lang=${phraseLang(index, entry, s, lang) ?? nothing}>${s.phrase}</span>${after}</span>
                <span class="actions">${decisionButton('accepted', r.acceptSkill(name, program.value), r.accept)}${decisionButton('rejected', r.rejectSkill(name, program.value), r.reject)}</span>
              </li>`;
}

/** A skill added by hand, with Remove. */
function addedSkill({ r, lang, index, entry, onRemove }: ProgramCardOptions, id: string): TemplateResult {
  const skill = skillName(index, id, lang);
  const { value: name, lang: nameLang } = skill;
  const program = localizeMarked(entry.program.title, lang);
  return html`<li class="skill added">
                <span class="label" lang=${nameLang ?? nothing}>${name}</span>
                <span class="strength added">${r.added}</span>
                <span class="actions">
                  <button
                    type="button"
                    class="secondary"
                    data-action="remove"
                    data-skill=${id}
                    @click=${() => onRemove(entry, id, name)}
                  >
                    ${saidWith(r.removeButton, r.remove(name, program.value), [skill, program])}
                  </button>
                </span>
              </li>`;
}

/** Where in the program the tagger read each kind of phrase; a software name is in no language. */
const PHRASE_FIELD: Record<Suggestion['source'], EvidenceField | null> = { title: 'title', text: 'description', tag: 'tag', subject: 'tag', product: null };

/** The language of a suggestion's phrase, the program's own words, when it is not the page's: told as a learner's card tells its quotes. */
function phraseLang(index: LoadedIndex, entry: ReviewEntry, s: Suggestion, page: Lang): Lang | null {
  const field = PHRASE_FIELD[s.source];
  const label = skillOf(index, s.skill)?.label;
  const lang = field ? quoteLanguage(entry.program, s.phrase, field, label ? [label] : []) : null;
  return lang === page ? null : lang;
}
