/**
 * The chosen skills of mc-skill-finder, as chips with remove buttons. A skill with no label in
 * the page's language shows its English one marked `lang="en"`, in its chip and in its remove
 * button's name, which is the button's own (visually hidden) words: an aria-label cannot
 * carry a language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Strings } from '../shared/locale.js';
import { saidWith } from '../shared/names.js';
import { skillName } from '../shared/skill-name.js';

export interface ChipsOptions {
  f: Strings<'finder'>['finder'];
  index: LoadedIndex;
  lang: Lang;
  /** The chosen skill ids, in the order chosen. */
  skills: readonly string[];
  /** The remove button of `id` was pressed; `label` is the skill's name as shown. */
  onRemove(id: string, label: string): void;
}

export function chips({ f, index, lang, skills, onRemove }: ChipsOptions): TemplateResult | typeof nothing {
  if (skills.length === 0) return nothing;
  return html`<ul part="chips" class="chips" aria-label=${f.chosen}>
    ${skills.map((id) => {
      const name = skillName(index, id, lang);
      return html`<li>
        <span lang=${name.lang ?? nothing}>${name.value}</span>
        <button type="button" data-skill=${id} title=${f.remove(name.value)} @click=${() => onRemove(id, name.value)}>
          ${saidWith('×', f.remove(name.value), [name])}
        </button>
      </li>`;
    })}
  </ul>`;
}
