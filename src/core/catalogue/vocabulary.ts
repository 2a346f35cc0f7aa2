/** Skill definitions as the adapters produce them, before the index numbers them. */
import type { Lang, Localized, SkillKind } from '../index-format/index.js';

export interface SkillDef {
  /** `oasis:<descriptor code>`, `esco:<slug of the English label>` or `sample:<slug>`. */
  id: string;
  kind: SkillKind;
  label: Localized;
  /** Other names the tagger accepts (column headers, ESCO alternative labels). */
  aliases?: string[];
  /** Other names per language that the skill search matches (`Skill.alt`). */
  alt?: Partial<Record<Lang, string[]>>;
}

const KIND_ORDER: Record<SkillKind, number> = { skill: 0, knowledge: 1, detail: 2 };

/** Vocabulary order: OaSIS skills, then knowledge, then details; by id within a kind. */
export function compareSkills(a: SkillDef, b: SkillDef): number {
  const kind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (kind !== 0) return kind;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
