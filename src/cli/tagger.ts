/**
 * Skill tagger: maps a catalogue's free-text skill tags onto the skill vocabulary, and
 * infers skills from a program's title and description when its tags map to nothing.
 * Matching works on `termKey` (folded, stemmed words), so "Patient Care", "patient-care"
 * and "soins aux patients" meet their labels the same way at build time and in the core.
 */
import { fold, termKey, terms } from '../core/normalize.js';
import type { SkillDef } from './vocabulary.js';

const NOT_SPECIFIED = new Set(['not specified', 'none', 'n a', 'non specifie']);

export interface TagResult {
  skills: string[];
  tagging: 'tags' | 'text' | 'none';
  /** Tags that matched nothing, as written. */
  unmapped: string[];
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export class SkillTagger {
  /** termKey -> skill id; the first definition (vocabulary order) wins. */
  private readonly exact = new Map<string, string>();
  /** Sorted unique terms -> skill id, so word order does not matter. */
  private readonly tokenSet = new Map<string, string>();
  /** Keys by their first two letters, for near matches. */
  private readonly buckets = new Map<string, string[]>();
  /** Longest label in words, bounding the n-grams tried on text. */
  private readonly maxWords: number;

  constructor(defs: readonly SkillDef[]) {
    let maxWords = 1;
    for (const def of defs) {
      for (const name of [def.label.en, def.label.fr, ...(def.aliases ?? [])]) {
        const key = termKey(name);
        if (key === '') continue;
        if (!this.exact.has(key)) {
          this.exact.set(key, def.id);
          const bucket = key.slice(0, 2);
          const list = this.buckets.get(bucket);
          if (list) list.push(key);
          else this.buckets.set(bucket, [key]);
        }
        const set = [...new Set(key.split(' '))].sort().join(' ');
        if (!this.tokenSet.has(set)) this.tokenSet.set(set, def.id);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
    this.maxWords = Math.min(maxWords, 5);
  }

  /** The skill id one tag maps to, or null. */
  matchTag(tag: string): string | null {
    const key = termKey(tag);
    if (key === '') return null;
    const exact = this.exact.get(key);
    if (exact) return exact;
    const set = this.tokenSet.get([...new Set(key.split(' '))].sort().join(' '));
    if (set) return set;
    // Near match only for longer keys: short ones ("sql", "art") have too many neighbours.
    if (key.length < 6) return null;
    const max = key.length >= 12 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const candidate of this.buckets.get(key.slice(0, 2)) ?? []) {
      const d = editDistance(key, candidate, max);
      if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best === null ? null : this.exact.get(best)!;
  }

  /** Skill ids whose label appears as a run of words in `text`, in order of appearance. */
  matchText(text: string): string[] {
    const words = terms(text);
    const found: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      // Longest label first, so "quality control testing" wins over "testing".
      for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
        const key = words.slice(i, i + n).join(' ');
        if (n === 1 && key.length < 4) continue;
        const id = this.exact.get(key);
        if (id) {
          if (!seen.has(id)) {
            seen.add(id);
            found.push(id);
          }
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Tags first; the title and description when no tag maps. */
  tag(tags: readonly string[], text: string): TagResult {
    const skills: string[] = [];
    const unmapped: string[] = [];
    for (const tag of tags) {
      if (NOT_SPECIFIED.has(fold(tag))) continue;
      const id = this.matchTag(tag);
      if (id === null) unmapped.push(tag);
      else if (!skills.includes(id)) skills.push(id);
    }
    if (skills.length > 0) return { skills, tagging: 'tags', unmapped };
    const inferred = this.matchText(text);
    return { skills: inferred, tagging: inferred.length > 0 ? 'text' : 'none', unmapped };
  }
}
