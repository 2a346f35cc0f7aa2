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

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Label, French label, aliases, and each without a parenthesised qualifier: "Python (computer programming)" -> "Python". */
function names(def: SkillDef): string[] {
  const all = [def.label.en, def.label.fr, ...(def.aliases ?? [])].filter((n) => n.trim() !== '');
  const bare = all.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter((n) => n !== '');
  return [...all, ...bare];
}

/**
 * Spelling variants, not other words: same word count, each word at most one edit away,
 * and only words of five letters or more may differ ("visualization" ~ "visualisation",
 * but not "video production" ~ "vine production").
 */
function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

function wordwiseNear(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => w === wb[i] || (w.length >= 5 && editDistance(w, wb[i]!, 1) <= 1));
}

export class SkillTagger {
  /** termKey -> skill id; the first definition (vocabulary order) wins. */
  private readonly exact = new Map<string, string>();
  /** Sorted unique terms -> skill id, so word order does not matter. */
  private readonly tokenSet = new Map<string, string>();
  /** Keys by their first two letters, for near matches. */
  private readonly buckets = new Map<string, string[]>();
  /** Keys by each of their words, for labels that contain a short tag ("leadership"). */
  private readonly byTerm = new Map<string, string[]>();
  /** Longest label in words, bounding the n-grams tried on text. */
  private readonly maxWords: number;

  constructor(defs: readonly SkillDef[]) {
    let maxWords = 1;
    for (const def of defs) {
      for (const name of names(def)) {
        const key = termKey(name);
        if (key === '') continue;
        if (!this.exact.has(key)) {
          this.exact.set(key, def.id);
          push(this.buckets, key.slice(0, 2), key);
          for (const term of new Set(key.split(' '))) push(this.byTerm, term, key);
        }
        const set = [...new Set(key.split(' '))].sort().join(' ');
        if (!this.tokenSet.has(set)) this.tokenSet.set(set, def.id);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
    this.maxWords = Math.min(maxWords, 5);
  }

  /** Results by tag: catalogues repeat the same tags thousands of times. */
  private readonly memo = new Map<string, string | null>();

  /** The skill id one tag maps to, or null. */
  matchTag(tag: string): string | null {
    let id = this.memo.get(tag);
    if (id === undefined) {
      id = this.lookup(tag);
      this.memo.set(tag, id);
    }
    return id;
  }

  private lookup(tag: string): string | null {
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
    const words = wordCount(key);
    for (const candidate of this.buckets.get(key.slice(0, 2)) ?? []) {
      if (Math.abs(candidate.length - key.length) > max || wordCount(candidate) !== words) continue;
      const d = editDistance(key, candidate, max);
      if (d > max || !wordwiseNear(key, candidate)) continue;
      if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best !== null) return this.exact.get(best)!;
    // A known label inside the tag: "Python Programming" -> "python".
    const inside = this.matchText(tag);
    if (inside.length > 0) return inside[0]!;
    const contained = this.containing(key);
    if (contained !== null) return contained;
    // "Artificial Intelligence (AI)": try again without the parenthesised short form.
    const bare = tag.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    return bare !== tag.trim() && bare !== '' ? this.lookup(bare) : null;
  }

  /** The shortest label containing all of `key` as whole words: "leadership" -> "leadership principles". */
  private containing(key: string): string | null {
    const words = key.split(' ');
    if (!words.some((w) => w.length >= 4)) return null;
    let pool: string[] | undefined;
    for (const word of words) {
      const list = this.byTerm.get(word);
      if (!list) return null;
      if (!pool || list.length < pool.length) pool = list;
    }
    const needle = ` ${key} `;
    let best: string | null = null;
    for (const candidate of pool ?? []) {
      if (!` ${candidate} `.includes(needle)) continue;
      if (
        best === null ||
        candidate.split(' ').length < best.split(' ').length ||
        (candidate.split(' ').length === best.split(' ').length && candidate < best)
      ) {
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

  /** Tags first; the title and description when no tag maps; then the fallback tags. */
  tag(tags: readonly string[], text: string, fallbackTags: readonly string[] = []): TagResult {
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
    if (inferred.length > 0) return { skills: inferred, tagging: 'text', unmapped };
    for (const tag of fallbackTags) {
      const id = this.matchTag(tag);
      if (id !== null && !skills.includes(id)) skills.push(id);
    }
    return { skills, tagging: skills.length > 0 ? 'tags' : 'none', unmapped };
  }
}
