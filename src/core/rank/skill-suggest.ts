/**
 * Typeahead over the index's skill vocabulary for mc-skill-finder. A vocabulary of a few
 * thousand labels is small enough to filter per keystroke once the folded labels are
 * prepared (once per index and language).
 */
import { fold } from '../text/index.js';
import { stepDone, yieldToEventLoop } from '../schedule/index.js';
import type { LoadedIndex } from '../model/index.js';
import { localize, type Lang, type Skill } from '../index-format/index.js';
import { SOFTWARE_PRODUCTS } from '../text/index.js';

export interface SkillSuggestion {
  id: string;
  label: string;
}

interface Entry {
  id: string;
  label: string;
  folded: string;
  /** Words of the label, and the names of software it is the skill of ("excel"). */
  words: string[];
  /** Its other names ("premiers soins" of "premiers secours"), folded, and their words: matched, never shown. */
  alts: Array<{ folded: string; words: string[] }>;
  /** Broad OaSIS skills and knowledge before fine-grained ESCO detail skills. */
  rank: number;
  /** Whether any program teaches it: a skill no program teaches leads to an empty search. */
  taught: boolean;
}

interface Prepared {
  entries: Entry[];
  promise: Promise<void> | null;
}

const prepared = new WeakMap<LoadedIndex, Partial<Record<Lang, Prepared>>>();
const KIND_RANK: Record<Skill['kind'], number> = { skill: 0, knowledge: 1, detail: 2 };
/** Milliseconds of preparation before giving the page a turn. */
const SLICE = 8;
/** Skills prepared between two looks at the clock. */
const SKILLS_PER_CLOCK_CHECK = 64;

function preparedFor(index: LoadedIndex, lang: Lang): Prepared {
  let byLang = prepared.get(index);
  if (!byLang) {
    byLang = {};
    prepared.set(index, byLang);
  }
  return (byLang[lang] ??= { entries: [], promise: null });
}

/** Folds labels until `deadline` (ms, performance.now()); true when all are done. */
function prepareUntil(index: LoadedIndex, lang: Lang, state: Prepared, deadline: number): boolean {
  const skills = index.manifest.skills;
  const { postingStart } = index.ranking;
  const { entries } = state;
  while (entries.length < skills.length) {
    const i = entries.length;
    const skill = skills[i]!;
    const label = localize(skill.label, lang);
    const folded = fold(label);
    const taught = (postingStart[i + 1] ?? 0) > (postingStart[i] ?? 0);
    const products = SOFTWARE_PRODUCTS.filter((p) => p.skill === skill.id).map((p) => fold(p.name));
    const alts = (skill.alt?.[lang] ?? []).map((name) => {
      const f = fold(name);
      return { folded: f, words: f.split(' ') };
    });
    entries.push({ id: skill.id, label, folded, words: [...folded.split(' '), ...products], alts, rank: KIND_RANK[skill.kind], taught });
    if (stepDone(i + 1, SKILLS_PER_CLOCK_CHECK) && performance.now() >= deadline) break;
  }
  return entries.length === skills.length;
}

function entries(index: LoadedIndex, lang: Lang): Entry[] {
  const state = preparedFor(index, lang);
  prepareUntil(index, lang, state, Number.POSITIVE_INFINITY);
  return state.entries;
}

/**
 * Folds the vocabulary's labels in `lang` in slices of a few milliseconds, so the first
 * keystroke finds them ready without one long task (thousands of labels on a full index).
 */
export function prepareSkills(index: LoadedIndex, lang: Lang): Promise<void> {
  const state = preparedFor(index, lang);
  state.promise ??= (async () => {
    while (!prepareUntil(index, lang, state, performance.now() + SLICE)) await yieldToEventLoop();
  })();
  return state.promise;
}

/** Letters left over past which a typed word beginning a longer one is another word ("excel" in "excellence"). */
const OTHER_WORD = 5;

/**
 * How `part` matches `word`: 3 the same word (or its plural), 2 its beginning ("nurs" of
 * "nursing"), 1 the beginning of a much longer word, 0 not at all.
 */
function wordMatch(word: string, part: string): 0 | 1 | 2 | 3 {
  if (word === part || word === `${part}s` || part === `${word}s`) return 3;
  if (!word.startsWith(part)) return 0;
  return word.length - part.length >= OTHER_WORD ? 1 : 2;
}

const NO_WORDS: readonly string[] = [];

/**
 * How the weakest of the typed `parts` matches some word of `words` or `moreWords` (see
 * `wordMatch`). Two lists, not one joined: this runs for every skill at every keystroke.
 */
function worstMatch(parts: readonly string[], words: readonly string[], moreWords: readonly string[] = NO_WORDS): number {
  let worst = 3;
  for (const part of parts) {
    let best = 0;
    for (const word of words) best = Math.max(best, wordMatch(word, part));
    for (const word of moreWords) best = Math.max(best, wordMatch(word, part));
    worst = Math.min(worst, best);
    if (worst === 0) break;
  }
  return worst;
}

/** Where a match ranks: the label before the other names, each starting with the query first. */
const LABEL_START = 0;
const LABEL_INSIDE = 10;
const OTHER_NAME_START = 20;
const OTHER_NAME_INSIDE = 30;
const UNTAUGHT = 100;

/**
 * How `entry` (with `other`, its entry in `alsoLang`) matches the typed `parts` of `q`:
 * through its label (and software names), or better through one of its other names, all
 * of whose words must then hold the typed words (two names never add up to a match).
 */
function matchOf(entry: Entry, other: Entry | null, parts: readonly string[], q: string): { worst: number; place: number } {
  const worst = worstMatch(parts, entry.words, other?.words);
  const best = { worst, place: entry.folded.startsWith(q) ? LABEL_START : LABEL_INSIDE };
  if (worst === 3) return best;
  betterOtherName(best, worst, entry.alts, parts, q);
  if (other) betterOtherName(best, worst, other.alts, parts, q);
  return best;
}

/** Updates `best` (the match so far, `worst` the label's) with the other names `alts` that match better. */
function betterOtherName(best: { worst: number; place: number }, worst: number, alts: Entry['alts'], parts: readonly string[], q: string): void {
  for (const alt of alts) {
    const w = worstMatch(parts, alt.words);
    if (w === 0 || w < best.worst) continue;
    const place = alt.folded.startsWith(q) ? OTHER_NAME_START : OTHER_NAME_INSIDE;
    if (w > best.worst || (w > worst && place < best.place)) {
      best.worst = w;
      best.place = place;
    }
  }
}

/**
 * Skills whose label (in `lang`, or in `alsoLang` too when given), or one of its other
 * names there (ESCO's alternative labels: "premiers soins" finds "premiers secours"),
 * contains every word of `query` as the start of one of its words:
 * skills some program teaches first, then labels that start with the query, other labels,
 * then other names, shorter and broader ones first; skills in `exclude` (already chosen)
 * are left out. A typed word that is a whole word of some label (or a software name,
 * "excel") does not also offer labels where it only begins a much longer word
 * ("excellence"). Labels that differ only in capitals ("Accounting", "accounting") are
 * offered once.
 */
export function suggestSkills(
  index: LoadedIndex,
  query: string,
  opts: { lang: Lang; limit?: number; exclude?: ReadonlySet<string>; alsoLang?: Lang },
): SkillSuggestion[] {
  const q = fold(query);
  if (q === '') return [];
  const parts = q.split(' ');
  const limit = opts.limit ?? 8;
  // With `alsoLang`, a typed word may match the label in either language (same order).
  const other = opts.alsoLang && opts.alsoLang !== opts.lang ? entries(index, opts.alsoLang) : null;
  // `worst`: how the weakest typed word matched; `whole`: every typed word is a whole word.
  const hits: Array<{ entry: Entry; key: number; worst: number }> = [];
  for (const [i, entry] of entries(index, opts.lang).entries()) {
    if (opts.exclude?.has(entry.id)) continue;
    const { worst, place } = matchOf(entry, other ? other[i]! : null, parts, q);
    if (worst === 0) continue;
    hits.push({ entry, key: (entry.taught ? 0 : UNTAUGHT) + place + entry.rank, worst });
  }
  const whole = hits.some((h) => h.worst === 3);
  const kept = whole ? hits.filter((h) => h.worst > 1) : hits;
  kept.sort(
    (a, b) =>
      a.key - b.key ||
      a.entry.label.length - b.entry.label.length ||
      // Folded labels are plain lower-case text: a code-unit comparison orders them without
      // a first localeCompare call, which costs a collator set-up of tens of milliseconds.
      (a.entry.folded < b.entry.folded ? -1 : a.entry.folded > b.entry.folded ? 1 : 0) ||
      (a.entry.id < b.entry.id ? -1 : 1),
  );
  const seen = new Set<string>();
  const out: SkillSuggestion[] = [];
  for (const { entry } of kept) {
    if (seen.has(entry.folded)) continue;
    seen.add(entry.folded);
    out.push({ id: entry.id, label: entry.label });
    if (out.length === limit) break;
  }
  return out;
}

/** Localized label of a skill id, or the id itself when the index lacks it. */
export function skillLabel(index: LoadedIndex, id: string, lang: Lang): string {
  const entry = entries(index, lang).find((e) => e.id === id);
  return entry ? entry.label : id;
}
