/**
 * A catalogue program's skills, as the index builder and the catalogue review page both
 * work them out: the tagger over its tags and text, plus the knowledge areas its title
 * names. One function, so the page shows what the build will do.
 */
import { knowledgeAreaMatches } from './knowledge-areas.js';
import type { RawProgram } from './programs.js';
import type { Explained, SkillTagger } from './tagger.js';

/** The text the tagger reads: both titles, both descriptions and any tagging-only text. */
export function taggingText(p: RawProgram): string {
  return `${p.title.en} ${p.title.fr} ${p.description.en} ${p.description.fr} ${p.taggingText ?? ''}`;
}

/** Suggested skills of `p`; `known` says which skill ids the vocabulary has. */
export function tagProgram(tagger: SkillTagger, p: RawProgram, known: (id: string) => boolean): Explained {
  const result = tagger.explain(p.tags, taggingText(p), p.fallbackTags);
  for (const { id, phrase } of knowledgeAreaMatches(p.title.en)) {
    if (known(id) && !result.suggestions.some((s) => s.skill === id)) {
      result.suggestions.push({ skill: id, phrase, strength: 'medium', source: 'title' });
    }
  }
  if (result.suggestions.length > 0 && result.tagging === 'none') result.tagging = 'text';
  return result;
}
