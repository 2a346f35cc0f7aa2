/**
 * The skill text field of mc-skill-finder as an ARIA 1.2 combobox with list autocomplete,
 * plus the "no skill matches" note. Stateless: the element owns query, open and active.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SkillSuggestion } from '../../core/rank/index.js';
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
  /** The field's label, hint and no-match note; mc-skill-finder's by default. */
  text?: { label: string; hint: string; noMatch: (query: string) => string };
}

export function skillPicker(o: SkillPickerOptions): TemplateResult {
  const f = o.text ?? { label: o.t.finder.skillLabel, hint: o.t.finder.skillHint, noMatch: o.t.finder.noSkill };
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
                ${s.label}
              </li>`,
              )
            : nothing
        }
      </ul>
    </div>
    ${typed && suggestions.length === 0 ? html`<p class="note">${f.noMatch(o.query.trim())}</p>` : nothing}
  </div>`;
}
