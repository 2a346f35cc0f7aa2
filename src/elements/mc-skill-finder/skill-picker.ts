/**
 * The skill text field of mc-skill-finder (and of mc-catalogue-review's "Add a skill") as an
 * ARIA 1.2 combobox with list autocomplete, plus the "no skill matches" note, and what it
 * says once typing pauses. A skill found by its name in the other language says so, that name
 * marked with its `lang`, as is a label shown in English for want of a French one, and one found by
 * another of its names says which ("also called"), and one found without one of the words typed
 * says which word ("without"). The template is stateless: the element owns
 * query, open and active.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hasEveryWord, type SkillSuggestion } from '../../core/rank/skills.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Strings } from '../shared/locale.js';

export interface SkillPickerOptions {
  t: Strings<'finder'>;
  uid: string;
  query: string;
  open: boolean;
  active: number;
  suggestions: readonly SkillSuggestion[];
  onInput(e: Event): void;
  onKeydown(e: KeyboardEvent): void;
  onBlur(): void;
  onPick(skill: SkillSuggestion): void;
  /** The language of a suggestion's label when it is not the page's (a skill with no French label: `skillName`), to mark it. */
  labelLang?(skill: SkillSuggestion): Lang | null;
  /** The field's label, hint and no-match note; mc-skill-finder's by default. */
  text?: { label: string; hint: string; noMatch: (query: string) => string };
}

/** How long typing must pause before the picker says what it found, as mc-job-search waits. */
const PAUSE_MS = 500;

function wordsOf(o: Pick<SkillPickerOptions, 't' | 'text'>): NonNullable<SkillPickerOptions['text']> {
  return o.text ?? { label: o.t.finder.skillLabel, hint: o.t.finder.skillHint, noMatch: o.t.finder.noSkill };
}

/**
 * What a skill picker says once typing pauses: how many skills it suggests ("3 skills
 * found."), or with none the note under the field ("No skill matches “qqzz”…"). Said late,
 * so a screen reader is not cut off at every key, and through the host's live region (`say`).
 */
export class PickerAnnouncer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly say: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * After each keystroke: once typing pauses, `found()` gives what is typed then and the
   * skills it suggests (null: nothing to say, e.g. no index yet). `o`: the picker's words.
   */
  typed(o: Pick<SkillPickerOptions, 't' | 'text'>, found: () => { query: string; suggestions: readonly SkillSuggestion[] } | null): void {
    this.cancel();
    this.timer = setTimeout(() => {
      const now = found();
      const query = now?.query.trim() ?? '';
      if (!now || query === '') return;
      this.say(foundText(o, query, now.suggestions));
    }, PAUSE_MS);
  }

  /** Says nothing after all (a skill was chosen, the field closed). */
  cancel(): void {
    clearTimeout(this.timer);
  }
}

/** What the picker says of `suggestions` for `query`: how many, and when none holds every word typed, which word they lack. */
function foundText(o: Pick<SkillPickerOptions, 't' | 'text'>, query: string, suggestions: readonly SkillSuggestion[]): string {
  const { finder } = o.t;
  if (suggestions.length === 0) return wordsOf(o).noMatch(query);
  const without = suggestions[0]!.without;
  return without !== undefined && !suggestions.some(hasEveryWord)
    ? finder.suggestionsWithout(suggestions.length, without)
    : finder.suggestionsCount(suggestions.length);
}

/**
 * " (found by its French name “soins infirmiers”)" after a skill found in the other language,
 * that name marked with its `lang`; " (also called “CPR”)" after one found by another of its
 * names in the page's language.
 */
function foundAs(t: Strings<'finder'>['finder'], s: SkillSuggestion): TemplateResult | typeof nothing {
  if (s.foundAs) {
    const [before, after] = t.foundBy;
    return html` <span class="found">${before}<span lang=${s.foundAs.lang}>${s.foundAs.name}</span>${after}</span>`;
  }
  if (s.alsoCalled === undefined) return nothing;
  const [before, after] = t.alsoCalled;
  return html` <span class="found">${before}${s.alsoCalled}${after}</span>`;
}

/** " (without “occupational”)" after a skill found without one of the words typed. */
function without(t: Strings<'finder'>['finder'], s: SkillSuggestion): TemplateResult | typeof nothing {
  if (s.without === undefined) return nothing;
  const [before, after] = t.without;
  return html` <span class="found">${before}${s.without}${after}</span>`;
}

export function skillPicker(o: SkillPickerOptions): TemplateResult {
  const f = wordsOf(o);
  const { uid, suggestions } = o;
  const typed = o.open && o.query.trim() !== '';
  // aria-expanded says whether the list is shown, so never true for an empty list.
  const expanded = typed && suggestions.length > 0;
  const activeId = expanded && o.active >= 0 && o.active < suggestions.length ? `${uid}-opt-${o.active}` : '';
  return html`<div class="picker">
    <label id="${uid}-label" for="${uid}-input">${f.label}</label>
    <p class="hint" id="${uid}-hint">${f.hint}</p>
    <div class="combo">
      <input
        id="${uid}-input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${uid}-listbox"
        aria-describedby="${uid}-hint"
        aria-activedescendant=${activeId || nothing}
        .value=${o.query}
        @input=${o.onInput}
        @keydown=${o.onKeydown}
        @blur=${o.onBlur}
      />
      <ul id="${uid}-listbox" part="listbox" role="listbox" aria-labelledby="${uid}-label" ?hidden=${!expanded}>
        ${
          expanded
            ? suggestions.map(
                (s, i) => html`<li
                id="${uid}-opt-${i}"
                part="option"
                role="option"
                aria-selected=${i === o.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => o.onPick(s)}
              >
                <span lang=${o.labelLang?.(s) ?? nothing}>${s.label}</span>${foundAs(o.t.finder, s)}${without(o.t.finder, s)}
              </li>`,
              )
            : nothing
        }
      </ul>
    </div>
    ${typed && suggestions.length === 0 ? html`<p class="note">${f.noMatch(o.query.trim())}</p>` : nothing}
  </div>`;
}
