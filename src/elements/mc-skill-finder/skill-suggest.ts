/**
 * Typeahead over the index's skill vocabulary for mc-skill-finder. A vocabulary of a few
 * thousand labels is small enough to filter per keystroke once the folded labels are
 * prepared (once per index and language).
 */
import { fold } from '../../core/normalize.js';
import type { LoadedIndex } from '../../core/loaded.js';
import { localize, type Lang, type Skill } from '../../core/schema.js';

export interface SkillSuggestion {
  id: string;
  label: string;
}

interface Entry {
  id: string;
  label: string;
  folded: string;
  words: string[];
  /** Broad OaSIS skills and knowledge before fine-grained ESCO detail skills. */
  rank: number;
  /** Whether any program teaches it: a skill no program teaches leads to an empty search. */
  taught: boolean;
}

const prepared = new WeakMap<LoadedIndex, Partial<Record<Lang, Entry[]>>>();
const KIND_RANK: Record<Skill['kind'], number> = { skill: 0, knowledge: 1, detail: 2 };

function entries(index: LoadedIndex, lang: Lang): Entry[] {
  let byLang = prepared.get(index);
  if (!byLang) {
    byLang = {};
    prepared.set(index, byLang);
  }
  let list = byLang[lang];
  if (!list) {
    const { postingStart } = index.ranking;
    list = index.manifest.skills.map((skill, i) => {
      const label = localize(skill.label, lang);
      const folded = fold(label);
      const taught = (postingStart[i + 1] ?? 0) > (postingStart[i] ?? 0);
      return { id: skill.id, label, folded, words: folded.split(' '), rank: KIND_RANK[skill.kind], taught };
    });
    byLang[lang] = list;
  }
  return list;
}

/**
 * Skills whose label contains every word of `query` as the start of one of its words:
 * skills some program teaches first, then labels that start with the query, then shorter
 * and broader ones; skills in `exclude` (already chosen) are left out.
 */
export function suggestSkills(
  index: LoadedIndex,
  query: string,
  opts: { lang: Lang; limit?: number; exclude?: ReadonlySet<string> },
): SkillSuggestion[] {
  const q = fold(query);
  if (q === '') return [];
  const parts = q.split(' ');
  const limit = opts.limit ?? 8;
  const hits: Array<{ entry: Entry; key: number }> = [];
  for (const entry of entries(index, opts.lang)) {
    if (opts.exclude?.has(entry.id)) continue;
    if (!parts.every((part) => entry.words.some((word) => word.startsWith(part)))) continue;
    const key = (entry.taught ? 0 : 100) + (entry.folded.startsWith(q) ? 0 : 10) + entry.rank;
    hits.push({ entry, key });
  }
  hits.sort(
    (a, b) =>
      a.key - b.key ||
      a.entry.label.length - b.entry.label.length ||
      a.entry.folded.localeCompare(b.entry.folded) ||
      (a.entry.id < b.entry.id ? -1 : 1),
  );
  return hits.slice(0, limit).map(({ entry }) => ({ id: entry.id, label: entry.label }));
}

/** Localized label of a skill id, or the id itself when the index lacks it. */
export function skillLabel(index: LoadedIndex, id: string, lang: Lang): string {
  const entry = entries(index, lang).find((e) => e.id === id);
  return entry ? entry.label : id;
}
