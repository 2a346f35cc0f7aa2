/**
 * Skill tagger: maps a catalogue's free-text skill tags onto the skill vocabulary, and
 * infers skills from a program's title and description when its tags map to nothing.
 * Matching works on `termKey` (folded, stemmed words), so "Patient Care", "patient-care"
 * and "soins aux patients" meet their labels the same way at build time and in the core.
 */
import { fold, STOPWORDS, stem, termKey, tokenize } from '../text/index.js';
import { TOOL_NAMES } from './tool-names.js';
import type { SkillDef } from './vocabulary.js';
import { SOFTWARE_PRODUCTS } from '../text/index.js';
import { runInSlices, runSteps, stepDone, type Slicing, type Steps } from '../schedule/index.js';

const NOT_SPECIFIED = new Set(['not specified', 'none', 'n a', 'non specifie']);
/** Skill names indexed per step while building a tagger. */
const NAMES_PER_STEP = 256;

export interface TagResult {
  skills: string[];
  tagging: 'tags' | 'text' | 'none';
  /** Tags that matched nothing, as written. */
  unmapped: string[];
}

/**
 * How sure a suggestion is: `strong` a catalogue tag that names the skill (its label, an
 * alternative label, a listed tool name, the same words in another order); `medium` a tag
 * that is a spelling variant of the label or contains it, a software product or a
 * knowledge area the text names; `weak` a label found in the title or description, or
 * a broad subject tag.
 */
export type Strength = 'strong' | 'medium' | 'weak';

/** Words a skill's label may add to a tag it holds and still name what the tag names. */
const GENERIC_HEADS = new Set(
  (
    'techniques principles methods methodology theory tools software hardware systems procedures processes practices ' +
    'framework languages skills concepts features database programming applications standards models strategy reports goals ' +
    'engineering ict risks threats operations measures services out'
  )
    .split(' ')
    .map((w) => termKey(w)),
);

/** Where a suggestion's phrase comes from. */
export type SuggestionSource = 'tag' | 'text' | 'product' | 'title' | 'subject';

/** One suggested skill and the phrase of the program's own text that supports it. */
export interface SkillSuggestion {
  skill: string;
  /** The tag as written, or the words of the title or description that name the skill. */
  phrase: string;
  strength: Strength;
  source: SuggestionSource;
}

export interface Explained {
  suggestions: SkillSuggestion[];
  tagging: TagResult['tagging'];
  unmapped: string[];
}

interface TagMatch {
  id: string;
  strength: 'strong' | 'medium';
}

/**
 * The folded words of `text` as `tokenize` gives them, each with the span of the text it
 * was written in, so a matched run of words can be quoted as written. Null in the rare
 * case a whitespace-separated piece folds differently alone than inside the whole text.
 */
function spannedWords(text: string, words: readonly string[]): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) {
    const folded = fold(m[0]);
    if (folded === '') continue;
    for (const word of folded.split(' ')) {
      if (STOPWORDS.has(word)) continue;
      if (words[spans.length] !== word) return null;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans.length === words.length ? spans : null;
}

/** The text between two spans, without the punctuation around it ("(Excel)," -> "Excel"). */
function quote(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '');
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

/** Each name without a parenthesised qualifier too: "Python (computer programming)" -> "Python". */
function withBare(names: string[]): string[] {
  const all = names.filter((n) => n.trim() !== '');
  const bare = all.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter((n) => n !== '');
  return [...all, ...bare];
}

/**
 * One-word alternative labels are mostly a broader word the skill is filed under
 * (ESCO lists "engineering" for packaging engineering, "security" for securities,
 * "Google" for search engines), so only acronyms ("SQL", "UX") are kept among them.
 */
export function usableAlias(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  return words.length > 1 || /^[A-Z0-9][A-Z0-9+#.&-]{1,6}$/.test(alias.trim());
}

/** Labels (English, French) first, then the usable aliases. */
function names(def: SkillDef): { labels: string[]; aliases: string[] } {
  return {
    labels: withBare([def.label.en, def.label.fr]),
    aliases: withBare((def.aliases ?? []).filter(usableAlias)),
  };
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
  /** Product names as written (a proper noun: "Excel", not the verb "excel") -> skill id. */
  private readonly products: Array<[RegExp, string]> = [];
  /** Longest label in words, bounding the n-grams tried on text. */
  private maxWords = 1;
  /** termKey of a tool or technique name -> skill id, from `TOOL_NAMES`. */
  private readonly tools = new Map<string, string>();

  /** Keys that are some skill's label (not only an alias). */
  private readonly labelKeys = new Set<string>();
  /** First words of at least three multi-word labels ("perform", "use", "manage"): verbs, in ESCO's style. */
  private readonly leadVerbs = new Set<string>();
  /** One-word keys -> the folded words they were written as, so "security" is not "securities". */
  private readonly surface = new Map<string, Set<string>>();

  constructor(defs: readonly SkillDef[], toolNames: typeof TOOL_NAMES = TOOL_NAMES) {
    runSteps(this.loadSteps(defs, toolNames));
  }

  /**
   * A tagger built in steps that yield to the event loop (a full vocabulary takes a few
   * hundred milliseconds to index): for a page.
   */
  static async inSlices(defs: readonly SkillDef[], slicing: Slicing = {}, toolNames: typeof TOOL_NAMES = TOOL_NAMES): Promise<SkillTagger> {
    const tagger = new SkillTagger([], toolNames);
    await runInSlices(tagger.loadSteps(defs, toolNames), slicing);
    return tagger;
  }

  /** Indexes `defs` (into an empty tagger), a few hundred names per step. */
  private *loadSteps(defs: readonly SkillDef[], toolNames: typeof TOOL_NAMES): Steps<void> {
    const byLabel = new Map<string, string>();
    for (const def of defs) {
      const label = def.label.en.trim().toLowerCase();
      if (!byLabel.has(label)) byLabel.set(label, def.id);
    }
    for (const [label, names_] of toolNames) {
      const id = byLabel.get(label.toLowerCase());
      if (id !== undefined) for (const name of names_) this.tools.set(termKey(name), id);
    }
    let maxWords = 1;
    const all = defs.map((def) => ({ def, ...names(def) }));
    let done = 0;
    // Labels of every skill before any alias, so one skill's label beats another's alias.
    for (const pass of ['labels', 'aliases'] as const) {
      for (const entry of all) {
        if (stepDone(++done, NAMES_PER_STEP)) yield;
        for (const name of entry[pass]) {
          const key = termKey(name);
          if (key === '') continue;
          if (pass === 'labels') this.labelKeys.add(key);
          if (!key.includes(' ')) {
            let forms = this.surface.get(key);
            if (!forms) this.surface.set(key, (forms = new Set()));
            for (const word of tokenize(name)) forms.add(word);
          }
          if (!this.exact.has(key)) {
            this.exact.set(key, entry.def.id);
            push(this.buckets, key.slice(0, 2), key);
            for (const term of new Set(key.split(' '))) push(this.byTerm, term, key);
          }
          const set = [...new Set(key.split(' '))].sort().join(' ');
          if (!this.tokenSet.has(set)) this.tokenSet.set(set, entry.def.id);
          maxWords = Math.max(maxWords, key.split(' ').length);
        }
      }
    }
    this.maxWords = Math.max(this.maxWords, Math.min(maxWords, 5));
    const leads = new Map<string, number>();
    for (const key of this.labelKeys) {
      const space = key.indexOf(' ');
      if (space > 0) leads.set(key.slice(0, space), (leads.get(key.slice(0, space)) ?? 0) + 1);
    }
    for (const [word, n] of leads) if (n >= 3) this.leadVerbs.add(word);
    const ids = new Set(defs.map((d) => d.id));
    for (const product of SOFTWARE_PRODUCTS) {
      if (!ids.has(product.skill)) continue;
      const word = fold(product.name);
      this.products.push([new RegExp(`(?:^|[^\\p{L}\\p{N}])${product.name}(?![\\p{L}\\p{N}])`, 'u'), product.skill]);
      if (!this.exact.has(word)) this.exact.set(word, product.skill);
      this.surface.set(word, new Set([word]));
    }
  }

  /**
   * The skill a one-word key stands for when written as `word`: the same word or its
   * plain plural, never another word with the same stem ("security" vs "securities").
   */
  private sameWord(key: string, word: string): boolean {
    const forms = this.surface.get(key);
    if (!forms) return true;
    return forms.has(word) || forms.has(`${word}s`) || (word.endsWith('s') && forms.has(word.slice(0, -1)));
  }

  /** Results by tag: catalogues repeat the same tags thousands of times. */
  private readonly memo = new Map<string, TagMatch | null>();

  /** The skill id one tag maps to, or null. */
  matchTag(tag: string): string | null {
    return this.matchTagHow(tag)?.id ?? null;
  }

  /** The skill one tag maps to and how surely, or null. */
  private matchTagHow(tag: string): TagMatch | null {
    let match = this.memo.get(tag);
    if (match === undefined) {
      match = this.lookup(tag);
      this.memo.set(tag, match);
    }
    return match;
  }

  private lookup(tag: string): TagMatch | null {
    const key = termKey(tag);
    if (key === '') return null;
    const tool = this.tools.get(key);
    if (tool) return { id: tool, strength: 'strong' };
    const exact = this.exact.get(key);
    if (exact) {
      if (key.includes(' ') || this.sameWord(key, tokenize(tag).join(''))) return { id: exact, strength: 'strong' };
      // One word with another word's stem ("security" for "securities"): not that skill.
      return null;
    }
    const set = this.tokenSet.get([...new Set(key.split(' '))].sort().join(' '));
    if (set) return { id: set, strength: 'strong' };
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
    if (best !== null) return { id: this.exact.get(best)!, strength: 'medium' };
    // A known label inside the tag: "Python Programming" -> "python".
    const inside = this.matchText(tag);
    if (inside.length > 0) return { id: inside[0]!, strength: 'medium' };
    const contained = this.containing(key);
    if (contained !== null) return { id: contained, strength: 'medium' };
    // "Artificial Intelligence (AI)": try again without the parenthesised short form.
    const bare = tag.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    return bare !== tag.trim() && bare !== '' ? this.lookup(bare) : null;
  }

  /**
   * The one skill whose label contains all of `key` as whole words: "Knitting" ->
   * "knitting techniques". When labels of several skills contain it ("management",
   * "leadership", "marketing"), the tag is broader than any of them and maps to none. What
   * the label adds around the tag may be its leading verb ("perform data cleansing" for "data
   * cleansing") or a generic head; any other word narrows it to something else: "support
   * children's wellbeing" is not "wellbeing", nor "attack vector" a vector.
   */
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
    let found: { id: string; label: string } | null = null;
    for (const candidate of pool ?? []) {
      if (!this.labelKeys.has(candidate) || !` ${candidate} `.includes(needle)) continue;
      const id = this.exact.get(candidate)!;
      if (found !== null && found.id !== id) return null;
      found ??= { id, label: candidate };
    }
    if (found === null) return null;
    const [first, ...others] = found.label.split(' ');
    const added = (this.leadVerbs.has(first!) ? others : [first!, ...others]).filter((w) => !words.includes(w));
    return added.every((w) => GENERIC_HEADS.has(w)) ? found.id : null;
  }

  /** Skill ids whose label appears as a run of words in `text`, in order of appearance. */
  matchText(text: string): string[] {
    return this.matchTextAt(text).map((m) => m.id);
  }

  /** Like `matchText`, with the words of `text` that name each skill, as written. */
  matchTextPhrases(text: string): Array<{ id: string; phrase: string }> {
    const written = tokenize(text);
    const spans = spannedWords(text, written);
    return this.matchTextAt(text, written).map(({ id, start, end }) => ({
      id,
      phrase: spans ? quote(text, spans[start]![0], spans[end - 1]![1]) : written.slice(start, end).join(' '),
    }));
  }

  /** Matches with the positions of their first and past-last words in `tokenize(text)`. */
  private matchTextAt(text: string, written = tokenize(text)): Array<{ id: string; start: number; end: number }> {
    const words = written.map(stem);
    const found: Array<{ id: string; start: number; end: number }> = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      // Longest label first, so "quality control testing" wins over "testing".
      for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
        const key = words.slice(i, i + n).join(' ');
        if (n === 1 && key.length < 4) continue;
        const id = this.exact.get(key);
        if (id && (n > 1 || this.sameWord(key, written[i]!))) {
          if (!seen.has(id)) {
            seen.add(id);
            found.push({ id, start: i, end: i + n });
          }
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  /**
   * Tags first; the title and description when no tag maps; then the fallback tags. A
   * software product the text names always adds its skill: an Excel course teaches
   * spreadsheets whatever its tags say.
   */
  tag(tags: readonly string[], text: string, fallbackTags: readonly string[] = []): TagResult {
    const { suggestions, tagging, unmapped } = this.explain(tags, text, fallbackTags);
    return { skills: suggestions.map((s) => s.skill), tagging, unmapped };
  }

  /** What `tag` finds, each skill with the phrase that supports it and how strongly. */
  explain(tags: readonly string[], text: string, fallbackTags: readonly string[] = []): Explained {
    const result = this.explainOnly(tags, text, fallbackTags);
    const taken = new Set(result.suggestions.map((s) => s.skill));
    const products = this.products.filter(([name, id]) => !taken.has(id) && name.test(text));
    if (products.length === 0) return result;
    for (const [name, id] of products) {
      taken.add(id);
      result.suggestions.push({ skill: id, phrase: name.exec(text)![0], strength: 'medium', source: 'product' });
    }
    return { ...result, tagging: result.tagging === 'none' ? 'text' : result.tagging };
  }

  private explainOnly(tags: readonly string[], text: string, fallbackTags: readonly string[]): Explained {
    const suggestions: SkillSuggestion[] = [];
    const unmapped: string[] = [];
    const has = (id: string) => suggestions.some((s) => s.skill === id);
    for (const tag of tags) {
      if (NOT_SPECIFIED.has(fold(tag))) continue;
      const match = this.matchTagHow(tag);
      if (match === null) unmapped.push(tag);
      else if (!has(match.id)) suggestions.push({ skill: match.id, phrase: tag.trim(), strength: match.strength, source: 'tag' });
    }
    if (suggestions.length > 0) return { suggestions, tagging: 'tags', unmapped };
    const inferred = this.matchTextPhrases(text);
    if (inferred.length > 0) {
      return { suggestions: inferred.map(({ id, phrase }) => ({ skill: id, phrase, strength: 'weak', source: 'text' })), tagging: 'text', unmapped };
    }
    for (const tag of fallbackTags) {
      const id = this.matchTag(tag);
      if (id !== null && !has(id)) suggestions.push({ skill: id, phrase: tag.trim(), strength: 'weak', source: 'subject' });
    }
    return { suggestions, tagging: suggestions.length > 0 ? 'tags' : 'none', unmapped };
  }
}
