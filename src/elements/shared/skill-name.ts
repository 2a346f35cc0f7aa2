/**
 * A skill of the index by its id, named as a page shows it: its label in the page's
 * language, or its English one marked `lang="en"` when it has no French label (ESCO leaves
 * some untranslated), so the element holding it carries that `lang`.
 */
import type { LoadedIndex } from '../../core/model/index.js';
import { localizeMarked, type Lang, type Skill } from '../../core/index-format/index.js';
import type { ShownName } from './names.js';

const skillsById = new WeakMap<LoadedIndex, Map<string, Skill>>();

/** The skill of `id` in `index`, if its vocabulary has it. */
export function skillOf(index: LoadedIndex, id: string): Skill | undefined {
  let byId = skillsById.get(index);
  if (!byId) skillsById.set(index, (byId = new Map(index.manifest.skills.map((s) => [s.id, s]))));
  return byId.get(id);
}

/** The name of a skill id as `localizeMarked` gives it, or the id, unmarked, when the vocabulary lacks it. */
export function skillName(index: LoadedIndex, id: string, lang: Lang): ShownName {
  const skill = skillOf(index, id);
  return skill ? localizeMarked(skill.label, lang) : { value: id, lang: null };
}
