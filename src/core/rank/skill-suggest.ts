/**
 * Typeahead over the index's skill vocabulary for mc-skill-finder. A vocabulary of a few
 * thousand labels is small enough to filter per keystroke once the folded labels are
 * prepared (once per index and language).
 */
import { fold } from '../text/index.js';
import { stepDone, yieldToEventLoop } from '../schedule/index.js';
import type { LoadedIndex } from '../model/index.js';
import { localize, type Lang, type Skill } from '../index-format/index.js';
import { SOFTWARE_PRODUCTS, STOPWORDS } from '../text/index.js';
import { twinKey, vocabularyGroups, type Groups, type Twin } from './skill-groups.js';

export interface SkillSuggestion {
  id: string;
  /** Its label in the page's language. */
  label: string;
  /**
   * Set when it was found by its name in the other language (`suggestSkillsAcross`): that
   * name (its label there, or the other name that matched) and its language.
   */
  foundAs?: { name: string; lang: Lang };
  /**
   * Set when it was found by one of its other names in the page's language, not by its label:
   * that name ("CPR" of "resuscitation"), so the person sees why it is offered.
   */
  alsoCalled?: string;
  /**
   * Set when no skill holds every word typed: the typed word, as typed, it was found without
   * ("occupational" of "occupational health and safety"), so the person sees it. Stop words it
   * lacks too (« du » of « santé et sécurité du travail au chantier ») go unsaid.
   */
  without?: string;
}

interface Entry {
  id: string;
  label: string;
  folded: string;
  /** Words of the label, and the names of software it is the skill of ("excel"). */
  words: string[];
  /** Whether the label is written in this language, not the English one standing in for a missing translation. */
  native: boolean;
  /** Whether its label's words are French (not the English standing in): French nouns of an act find its verbs (`nounOf`). */
  frenchWords: boolean;
  /** Whether its other names are French (those of a French page): the same. */
  frenchNames: boolean;
  /** Its other names ("premiers soins" of "premiers secours"), folded, and their words: matched, and said when one found it. */
  alts: Array<{ name: string; folded: string; words: string[] }>;
  /** The words of all its other names, each once: a typed word none of them holds rules them all out at once. */
  altWords: string[];
  /** Broad OaSIS skills and knowledge before fine-grained ESCO detail skills. */
  rank: number;
  /** Whether any program teaches it: a skill no program teaches leads to an empty search. */
  taught: boolean;
  /** How many programs teach it. */
  programs: number;
  /** What tells its near-identical skills (skill-groups.ts). */
  twin: Twin;
}

interface Prepared {
  entries: Entry[];
  promise: Promise<void> | null;
  /** The index held labels in this language when these were prepared (English always does). */
  labelled: boolean;
  /** The index held the other names of this language written apart (`names.<lang>.txt`) when these were prepared. */
  named: boolean;
  /** Near-identical skills (skill-groups.ts), once every label is folded. */
  groups: Groups | null;
}

const prepared = new WeakMap<LoadedIndex, Partial<Record<Lang, Prepared>>>();
const KIND_RANK: Record<Skill['kind'], number> = { skill: 0, knowledge: 1, detail: 2 };
/** Milliseconds of preparation before giving the page a turn. */
const SLICE = 8;
/** Skills prepared between two looks at the clock. */
const SKILLS_PER_CLOCK_CHECK = 64;

/** Whether some skill of `index` has a label written in `lang` (another language's labels load later). */
function labelled(index: LoadedIndex, lang: Lang): boolean {
  return lang === 'en' || index.manifest.skills.some((skill) => skill.label[lang] !== '');
}

/**
 * Whether `index` holds the other names of `lang` written apart (`names.<lang>.txt`, read in
 * at a miss): `known` once it did, as they never go; else whether some skill has one (a scan,
 * only for an index that writes them apart, until they arrive).
 */
function namesIn(index: LoadedIndex, lang: Lang, known: boolean): boolean {
  if (known || index.manifest.files.otherNames?.[lang] === undefined) return known;
  return index.manifest.skills.some((skill) => skill.alt?.[lang] !== undefined);
}

function preparedFor(index: LoadedIndex, lang: Lang): Prepared {
  let byLang = prepared.get(index);
  if (!byLang) {
    byLang = {};
    prepared.set(index, byLang);
  }
  const state = byLang[lang];
  const named = namesIn(index, lang, state?.named ?? false);
  // Prepared before this language's labels (English stood in) or its other names arrived: prepared again.
  if (state && state.named === named && (state.labelled || !labelled(index, lang))) return state;
  return (byLang[lang] = { entries: [], promise: null, labelled: labelled(index, lang), named, groups: null });
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
    const programs = (postingStart[i + 1] ?? 0) - (postingStart[i] ?? 0);
    const products = SOFTWARE_PRODUCTS.filter((p) => p.skill === skill.id).map((p) => fold(p.name));
    const alts = (skill.alt?.[lang] ?? []).map((name) => {
      const f = fold(name);
      return { name, folded: f, words: f.split(' ') };
    });
    const altWords = [...new Set(alts.flatMap((alt) => alt.words))];
    const native = lang === 'en' || skill.label[lang] !== '';
    const twin = twinKey(label, lang, folded);
    const rank = KIND_RANK[skill.kind];
    entries.push({
      id: skill.id,
      label,
      folded,
      words: [...folded.split(' '), ...products],
      native,
      frenchWords: native && lang === 'fr',
      frenchNames: lang === 'fr',
      alts,
      altWords,
      rank,
      taught: programs > 0,
      programs,
      twin,
    });
    if (stepDone(i + 1, SKILLS_PER_CLOCK_CHECK) && performance.now() >= deadline) break;
  }
  return entries.length === skills.length;
}

function entries(index: LoadedIndex, lang: Lang): Entry[] {
  const state = preparedFor(index, lang);
  prepareUntil(index, lang, state, Number.POSITIVE_INFINITY);
  return state.entries;
}

function groups(index: LoadedIndex, lang: Lang): Groups {
  const state = preparedFor(index, lang);
  if (state.groups) return state.groups;
  // Other names loaded on demand (`names.<lang>.txt`) do not choose a group's label: it would
  // change under the person's eyes once they arrive.
  const apart = index.manifest.files.otherNames?.[lang] !== undefined;
  return (state.groups = vocabularyGroups(
    entries(index, lang).map((entry) => ({ ...entry, names: apart ? 0 : entry.alts.length })),
    lang,
  ));
}

/**
 * The ids of the skills near-identical to `id` in `lang` (skill-groups.ts: "perform market
 * research" and "market research"), `id` first: what a pick of it finds programs by.
 */
export function skillGroup(index: LoadedIndex, id: string, lang: Lang): string[] {
  const { head, at } = groups(index, lang);
  const i = at.get(id);
  if (i === undefined) return [id];
  const all = entries(index, lang);
  return [id, ...all.filter((entry, j) => j !== i && head[j] === head[i]).map((entry) => entry.id)];
}

/**
 * Folds the vocabulary's labels in `lang` in slices of a few milliseconds, then groups the
 * near-identical ones in a task of its own, so the first keystroke finds them ready without
 * one long task (thousands of labels on a full index).
 */
export function prepareSkills(index: LoadedIndex, lang: Lang): Promise<void> {
  const state = preparedFor(index, lang);
  state.promise ??= (async () => {
    while (!prepareUntil(index, lang, state, performance.now() + SLICE)) await yieldToEventLoop();
    await yieldToEventLoop();
    groups(index, lang);
  })();
  return state.promise;
}

/** Letters left over past which a typed word beginning a longer one is another word ("excel" in "excellence"). */
const OTHER_WORD = 5;

/**
 * How `part` matches `word` (a French word when `french`): 3 the same word (or its plural), 2
 * its beginning ("nurs" of "nursing") or another form of it (`formOf`), 1 the beginning of a
 * much longer word, 0 not at all.
 */
function wordMatch(word: string, part: string, french: boolean): 0 | 1 | 2 | 3 {
  if (word === part || word === `${part}s` || part === `${word}s`) return 3;
  // Most words differ from the first letter: no other form to look for (this runs for every word at every keystroke).
  if (!word.startsWith(part)) return word.charCodeAt(0) === part.charCodeAt(0) && (formOf(part, word, french) || formOf(word, part, french)) ? 2 : 0;
  return word.length - part.length >= OTHER_WORD ? 1 : 2;
}

/**
 * Whether `a` is the "-ing" form of the verb `b` ("driving" of "drive", "planning" of "plan"):
 * people type "truck driving" where ESCO writes "drive heavy trucks".
 */
function ingOf(a: string, b: string): boolean {
  // A verb of three letters or more: "sing" is not the "-ing" form of "s".
  if (b.length < 3 || a.length < b.length + 2 || !a.endsWith('ing')) return false;
  const base = a.slice(0, -3);
  return base === b || `${base}e` === b || (base.length > 3 && base.at(-1) === base.at(-2) && base.slice(0, -1) === b);
}

/**
 * Endings of French nouns of an act and of the verbs they name, the stem alike before them:
 * « soudage » of « souder », « installation » of « installer », « vérification » of
 * « vérifier », « fabrication » of « fabriquer », « traitement » of « traiter »,
 * « établissement » of « établir », « soudure » of « souder », « conduite » and « construction »
 * of « conduire » and « construire », « entretien » of « entretenir ». People type
 * « réparation de plomberie » where ESCO writes « réparer des systèmes de plomberie ».
 */
const NOUN_VERB_ENDINGS: ReadonlyArray<readonly [noun: string, verb: string]> = [
  ['age', 'er'],
  ['ation', 'er'],
  ['ication', 'ier'],
  ['ication', 'iquer'],
  ['ement', 'er'],
  ['issement', 'ir'],
  ['ure', 'er'],
  ['uite', 'uire'],
  ['uction', 'uire'],
  ['ien', 'enir'],
];
/** Letters a stem needs before a noun's ending: « ménage » is not the act of « mener », nor « garage » of « garer ». */
const NOUN_STEM = 4;

/**
 * Whether `a` is the French noun (or its plural) of the act of the verb `b` (`NOUN_VERB_ENDINGS`:
 * « conduite » of « conduire »).
 */
function nounOf(a: string, b: string): boolean {
  const end = a.endsWith('s') ? a.length - 1 : a.length;
  for (const [noun, verb] of NOUN_VERB_ENDINGS) {
    const stem = end - noun.length;
    if (stem >= NOUN_STEM && b.length - verb.length === stem && a.endsWith(noun, end) && b.endsWith(verb) && a.slice(0, stem) === b.slice(0, stem)) return true;
  }
  return false;
}

/** Whether `a` is another form of the verb `b`: its "-ing" form, or (both `french`) the noun of its act. */
function formOf(a: string, b: string, french: boolean): boolean {
  return ingOf(a, b) || (french && nounOf(a, b));
}

const NO_WORDS: readonly string[] = [];

/**
 * How the weakest of the typed `parts` matches some word of `words` or `moreWords` (see
 * `wordMatch`; each list French or not). Two lists, not one joined: this runs for every skill
 * at every keystroke.
 */
function worstMatch(parts: readonly string[], words: readonly string[], french: boolean, moreWords: readonly string[] = NO_WORDS, moreFrench = false): number {
  let worst = 3;
  for (const part of parts) {
    let best = 0;
    for (const word of words) best = Math.max(best, wordMatch(word, part, french));
    for (const word of moreWords) best = Math.max(best, wordMatch(word, part, moreFrench));
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
/** A typed word only beginning a word of it, or another form of it ("nursing" of "nurse trees"): after whole words. */
const NOT_WHOLE = 40;
const UNTAUGHT = 100;

/** How an entry matched: its weakest typed word (`wordMatch`), its place, and the other name that matched (null: the label). */
interface Match {
  worst: number;
  place: number;
  name: string | null;
  /** Whether `name` is one of the entry's own other names, not of its entry in `alsoLang`. */
  own: boolean;
}

/**
 * How `entry` (with `other`, its entry in `alsoLang`) matches the typed `parts` of `q`:
 * through its label (and software names), or better through one of its other names, all
 * of whose words must then hold the typed words (two names never add up to a match).
 */
function matchOf(entry: Entry, other: Entry | null, parts: readonly string[], q: string): Match {
  const worst = worstMatch(parts, entry.words, entry.frenchWords, other?.words, other?.frenchWords);
  const best: Match = { worst, place: entry.folded.startsWith(q) ? LABEL_START : LABEL_INSIDE, name: null, own: false };
  if (worst === 3) return best;
  // Thousands of skills, most with several other names: the names' words together rule most out.
  if (worstMatch(parts, entry.altWords, entry.frenchNames) > 0) betterOtherName(best, worst, entry, parts, q, true);
  if (other && worstMatch(parts, other.altWords, other.frenchNames) > 0) betterOtherName(best, worst, other, parts, q, false);
  return best;
}

/** Updates `best` (the match so far, `worst` the label's) with the other names of `entry` (`own`: the one matched) that match better. */
function betterOtherName(best: Match, worst: number, entry: Entry, parts: readonly string[], q: string, own: boolean): void {
  for (const alt of entry.alts) {
    const w = worstMatch(parts, alt.words, entry.frenchNames);
    if (w === 0 || w < best.worst) continue;
    const place = alt.folded.startsWith(q) ? OTHER_NAME_START : OTHER_NAME_INSIDE;
    if (w > best.worst || (w > worst && place < best.place)) {
      best.worst = w;
      best.place = place;
      best.name = alt.name;
      best.own = own;
    }
  }
}

interface Hit {
  /** Its position in the vocabulary (the same in every language). */
  i: number;
  entry: Entry;
  key: number;
  match: Match;
}

interface RankOptions {
  /** Ids never offered. */
  exclude?: ReadonlySet<string>;
  /** Entries never offered, by entry and position. */
  skip?: (entry: Entry, i: number) => boolean;
  /** The page language's near-identical skills: a group is taught when any of its skills is. */
  groups?: Groups | null;
}

/**
 * The entries of `list` (with `others`, the same skills in `alsoLang`) that `q` matches,
 * best first (see `suggestSkills`), leaving out those `opts` rules out.
 */
function ranked(list: readonly Entry[], others: readonly Entry[] | null, q: string, opts: RankOptions = {}): Hit[] {
  const parts = q.split(' ');
  const hits: Hit[] = [];
  const { exclude, skip, groups } = opts;
  for (const [i, entry] of list.entries()) {
    if (exclude?.has(entry.id) || skip?.(entry, i)) continue;
    const match = matchOf(entry, others ? others[i]! : null, parts, q);
    if (match.worst === 0) continue;
    const taught = groups ? groups.taught[groups.head[i]!]! : entry.taught;
    hits.push({ i, entry, key: (taught ? 0 : UNTAUGHT) + (match.worst === 3 ? 0 : NOT_WHOLE) + match.place + entry.rank, match });
  }
  // A typed word that is a whole word somewhere drops the matches where it only begins a much longer one.
  const kept = hits.some((h) => h.match.worst === 3) ? hits.filter((h) => h.match.worst > 1) : hits;
  return kept.sort(
    (a, b) =>
      a.key - b.key ||
      a.entry.label.length - b.entry.label.length ||
      // Folded labels are plain lower-case text: a code-unit comparison orders them without
      // a first localeCompare call, which costs a collator set-up of tens of milliseconds.
      (a.entry.folded < b.entry.folded ? -1 : a.entry.folded > b.entry.folded ? 1 : 0) ||
      (a.entry.id < b.entry.id ? -1 : 1),
  );
}

/**
 * Words of this many letters or more a query must keep when one of its words is left out
 * (`rankedOrLoose`): two, so that "conduite de camion" is not searched as "conduite de" (pipes).
 */
const LOOSE_KEPT_LETTERS = 4;
const LOOSE_KEPT_WORDS = 2;

/** A search leaving out a typed word: what it found, and that word (none when it found nothing). */
interface Loose {
  hits: Hit[];
  without?: string;
}

/**
 * `ranked`, or when nothing holds every typed word of `q`, the best of the searches leaving
 * out one of them ("occupational" of "occupational health and safety", which ESCO calls
 * "health and safety regulations"), with that word. When none finds anything, the same
 * over the words of `q` that are not stop words (« santé et sécurité du travail au chantier »
 * found without « chantier » and « du » as « santé et sécurité au travail »): a stop word
 * carries no meaning, so leaving one out too is not leaving out another word.
 */
function rankedOrLoose(list: readonly Entry[], others: readonly Entry[] | null, q: string, opts: RankOptions): Loose {
  const hits = ranked(list, others, q, opts);
  if (hits.length > 0) return { hits };
  const parts = q.split(' ');
  const held = holders(list, others, parts);
  const all = [...parts.keys()];
  const loose = leavingOutOne(list, others, parts, all, held, opts);
  const meaningful = all.filter((k) => !STOPWORDS.has(parts[k]!));
  return loose.hits.length > 0 || meaningful.length === parts.length ? loose : leavingOutOne(list, others, parts, meaningful, held, opts);
}

/**
 * For the `k`th of `parts`, which entries of `list` (with `others`) hold it in some word of a
 * name (`wordMatch`), 1 or 0: a search finds only entries holding each of its words, so the
 * searches leaving one out each look at those alone, and the vocabulary is read once per
 * typed word, not once per search. Worked out when first asked for.
 */
function holders(list: readonly Entry[], others: readonly Entry[] | null, parts: readonly string[]): (k: number) => Uint8Array {
  const done: Uint8Array[] = [];
  return (k) => {
    if (done[k]) return done[k];
    const one = [parts[k]!];
    const held = new Uint8Array(list.length);
    for (const [i, entry] of list.entries()) {
      const other = others ? others[i]! : null;
      const label = worstMatch(one, entry.words, entry.frenchWords, other?.words, other?.frenchWords) > 0;
      const names = worstMatch(one, entry.altWords, entry.frenchNames, other?.altWords, other?.frenchNames) > 0;
      held[i] = label || names ? 1 : 0;
    }
    return (done[k] = held);
  };
}

/**
 * The best of the searches over the `among` of `parts` leaving out one of them, that keep two
 * words of four letters or more: the one whose best match ranks first, the earliest word on
 * a tie. Each looks only at the entries `held` says hold each of its words.
 */
function leavingOutOne(
  list: readonly Entry[],
  others: readonly Entry[] | null,
  parts: readonly string[],
  among: readonly number[],
  held: (k: number) => Uint8Array,
  opts: RankOptions,
): Loose {
  let best: Loose = { hits: [] };
  for (const j of among) {
    const kept = among.filter((k) => k !== j);
    if (kept.filter((k) => parts[k]!.length >= LOOSE_KEPT_LETTERS).length < LOOSE_KEPT_WORDS) continue;
    const masks = kept.map(held);
    const skip = (entry: Entry, i: number) => masks.some((mask) => mask[i] === 0) || (opts.skip?.(entry, i) ?? false);
    const found = ranked(list, others, kept.map((k) => parts[k]).join(' '), { ...opts, skip });
    if (found.length > 0 && (best.hits.length === 0 || found[0]!.key < best.hits[0]!.key)) best = { hits: found, without: parts[j] };
  }
  return best;
}

/** The word of `query` as typed whose folded form is `part` (the folded word when none is). */
function typedWord(query: string, part: string): string {
  return query.split(/\s+/).find((word) => fold(word) === part) ?? part;
}

/**
 * The first `limit` of `hits`, as `toSuggestion` makes them, each label offered once whatever
 * its capitals, and none of the folded labels `seen` already offered.
 */
function distinct(
  hits: readonly Hit[],
  limit: number,
  toSuggestion: (hit: Hit) => SkillSuggestion & { folded: string },
  seen = new Set<string>(),
): SkillSuggestion[] {
  const out: SkillSuggestion[] = [];
  for (const hit of hits) {
    const { folded, ...suggestion } = toSuggestion(hit);
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(suggestion);
    if (out.length === limit) break;
  }
  return out;
}

/** Options of `suggestSkills` and `suggestSkillsAcross`. */
export interface SuggestSkillsOptions {
  /** The page's language: the labels shown, and searched. */
  lang: Lang;
  /** Most suggestions (8). */
  limit?: number;
  /** Ids of skills already chosen, never offered (nor, grouped, their near-identical skills). */
  exclude?: ReadonlySet<string>;
  /**
   * false: each skill on its own (to tag a program with one). By default near-identical
   * skills (`skillGroup`) are one suggestion, under their group's label.
   */
  group?: boolean;
}

/**
 * The page language's groups (none with `group: false`), and a `skip` that leaves out the
 * groups of `chosen`.
 */
function grouping(
  index: LoadedIndex,
  opts: SuggestSkillsOptions,
  chosen: Iterable<string>,
): { groups: Groups | null; skip?: (entry: Entry, i: number) => boolean } {
  if (opts.group === false) return { groups: null };
  const g = groups(index, opts.lang);
  const out = new Set<number>();
  for (const id of chosen) {
    const at = g.at.get(id);
    if (at !== undefined) out.add(g.head[at]!);
  }
  return { groups: g, skip: (_entry, i) => out.has(g.head[i]!) };
}

/**
 * Skills whose label (in `lang`, or in `alsoLang` too when given), or one of its other
 * names there (ESCO's alternative labels: "premiers soins" finds "premiers secours", "CPR"
 * "resuscitation" once an English page has loaded them), contains every word of `query` as
 * the start of one of its words, or as the "-ing" form of one ("driving" of "drive"), or in
 * French as the noun of its act (« conduite » of « conduire »; one found by an other name in
 * `lang` says it: `alsoCalled`): skills some program teaches first,
 * then those holding every typed word whole, labels that start with the query, other labels,
 * then other names, shorter and broader ones first; skills in `exclude` (already chosen)
 * are left out. A typed word that is a whole word of some label (or a software name,
 * "excel") does not also offer labels where it only begins a much longer word
 * ("excellence"). Labels that differ only in capitals ("Accounting", "accounting") are
 * offered once. Near-identical skills ("perform market research", "market research": see
 * `skillGroup`) are offered once, under their group's label, when any of them matches. When
 * no skill holds every typed word, those found without one of them (and, if need be, the
 * stop words typed), each saying which (`without`; see `rankedOrLoose`).
 */
export function suggestSkills(index: LoadedIndex, query: string, opts: SuggestSkillsOptions & { alsoLang?: Lang }): SkillSuggestion[] {
  const q = fold(query);
  if (q === '') return [];
  // With `alsoLang`, a typed word may match the label in either language (same order).
  const other = opts.alsoLang && opts.alsoLang !== opts.lang ? entries(index, opts.alsoLang) : null;
  const all = entries(index, opts.lang);
  const { groups, skip } = grouping(index, opts, opts.exclude ?? []);
  const { hits, without } = rankedOrLoose(all, other, q, { exclude: opts.exclude, skip, groups });
  const typed = without === undefined ? {} : { without: typedWord(query, without) };
  return distinct(hits, opts.limit ?? 8, ({ i, match }) => {
    const { id, label, folded } = all[groups ? groups.head[i]! : i]!;
    return { id, label, folded, ...(match.name !== null && match.own ? { alsoCalled: match.name } : {}), ...typed };
  });
}

/** Fewer suggestions than this in the page's language also offer those found by their name in the other one. */
export const FEW_SKILLS = 3;
/**
 * Letters (spaces aside) a query needs before the other language is searched: fewer say
 * little, and a slip would load the other labels. Three, not the job search's four: skill
 * names hold short words the other language keeps ("TIC" on the English page is ICT).
 */
const ACROSS_MIN_LETTERS = 3;

/**
 * True when the skills found by their name in the other language are worth offering
 * beside the `found` suggestions of the page's language for `query`: fewer than
 * `FEW_SKILLS` of them, and at least three letters typed.
 */
export function searchesAcross(query: string, found: number): boolean {
  return found < FEW_SKILLS && fold(query).replace(/ /g, '').length >= ACROSS_MIN_LETTERS;
}

/**
 * `suggestSkills` in `opts.lang`, then, when they are few (`searchesAcross`), the skills
 * whose name in the other language matches `query` as `suggestSkills` matches (its label
 * there, or one of its other names there), each shown by its label in `opts.lang` with
 * `foundAs` naming what matched: "welding" on the French page offers « utiliser du matériel
 * de soudure », found as "use welding equipment". A skill whose label has no translation in
 * the other language is not searched there (English would stand in). The index must hold
 * the other language's labels (an English page loads them on demand: `hasLabels`).
 */
export function suggestSkillsAcross(index: LoadedIndex, query: string, opts: SuggestSkillsOptions): SkillSuggestion[] {
  const limit = opts.limit ?? 8;
  const own = suggestSkills(index, query, { ...opts, limit });
  if (!searchesAcross(query, own.filter(hasEveryWord).length)) return own;
  const other: Lang = opts.lang === 'en' ? 'fr' : 'en';
  const exclude = new Set([...(opts.exclude ?? []), ...own.map((s) => s.id)]);
  const shown = entries(index, opts.lang);
  // Shown by the page language's labels, so grouped by them too.
  const { groups, skip } = grouping(index, opts, exclude);
  const skipAcross = (e: Entry, i: number) => !e.native || (skip?.(e, i) ?? false);
  const { hits, without } = rankedOrLoose(entries(index, other), null, fold(query), { exclude, skip: skipAcross, groups });
  const typed = without === undefined ? {} : { without: typedWord(query, without) };
  const toSuggestion = ({ i, entry, match }: Hit) => {
    const { id, label, folded } = shown[groups ? groups.head[i]! : i]!;
    return { id, label, foundAs: { name: match.name ?? entry.label, lang: other }, folded, ...typed };
  };
  const full = own.filter(hasEveryWord);
  const found = distinct(hits, limit - full.length, toSuggestion, new Set(own.map((s) => fold(s.label))));
  // What holds every typed word comes first, in either language.
  const loose = (s: SkillSuggestion) => !hasEveryWord(s);
  return [...full, ...found.filter(hasEveryWord), ...own.filter(loose), ...found.filter(loose)].slice(0, limit);
}

/** Whether a suggestion holds every word typed (`SkillSuggestion.without` unset). */
export function hasEveryWord(s: SkillSuggestion): boolean {
  return s.without === undefined;
}
