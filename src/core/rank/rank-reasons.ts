/**
 * The reasons phase of `recommend()`: for each program kept, which of the occupation's key
 * skills it teaches and leaves out, and the sentence quoting its own words.
 */
import type { EvidenceItem, Lang, Occupation, ProgramEvidence } from '../index-format/index.js';
import { localize } from '../index-format/index.js';
import { termKey, terms } from '../text/index.js';
import type { LoadedIndex, Reason, Recommendation } from '../model/index.js';
import { coreMessages, isPhrase, plainSentence, shortOccupation } from '../messages/index.js';
import { evidenceWords } from './evidence-lang.js';
import { programMentions } from './rank-text.js';
import { skillRef } from './rank-common.js';
import { PROFILE_TOP, keySkillsOf, skillsGivenBy, splitKeySkills } from './key-skills.js';

/** Key skills the program's text does not name (the card's list): the few that matter. */
const GAP_SHOWN = 3;

/** A program kept by the ranking: the best of its series, with the others it stands for. */
export interface Leader {
  /** Program number. */
  p: number;
  score: number;
  /** Which of the program's evidence entries is for the target occupation. */
  e: number;
  /** Program numbers of the other parts of its series. */
  others: number[];
}

/** What every result's reasons share: the occupations' names and the ranked key skills. */
export interface ReasonContext {
  index: LoadedIndex;
  lang: Lang;
  m: ReturnType<typeof coreMessages>;
  who: string;
  /** The target's short name in the other language: the program's words may name it in theirs. */
  otherWho: string;
  /** In gap mode: the programs that are evidence for the current occupation. */
  given: ReadonlyMap<number, number>;
  gapMode: boolean;
  /**
   * In gap mode: the words (`termKey`) that the target's programs show of the current
   * occupation's work, where they are evidence for it too. A reason naming one does not say
   * the current work does not give it: a financial manager's accounting.
   */
  currentWords: ReadonlySet<string>;
  profileWeight: ReadonlyMap<number, number>;
  /** The target's skills still to learn, heaviest and most specific first. */
  ranked: number[];
  topSkills: number[];
  /** The target's key skills as the page lists them, in gap mode too: what a card's strength counts. */
  keySkills: number[];
  /**
   * The order of a card's matched skills: `ranked`, then on a move the key skills the current
   * work gives in full, which are not among those still to learn yet count for the strength:
   * listed after, so the card can say so.
   */
  matchOrder: number[];
  /**
   * On a career move (a current occupation other than the target): the key skills still needed,
   * as the plan lists them (`skillGap`); null without one.
   */
  need: ReadonlySet<number> | null;
  /**
   * In gap mode: the words (`terms`) of what the plan says the person likely has already (its
   * key skills and the broad skills that carry over, in the languages loaded). A reason naming
   * one does not say the current work does not give it: "vital signs" under "monitor basic
   * patients signs".
   */
  hadWords: readonly string[];
}

/**
 * The key skills of `target` still to learn: minus what `current` already uses and what
 * the person says they `had`, ordered by weight times specificity.
 */
export function reasonContext(
  index: LoadedIndex,
  target: Occupation,
  current: Occupation | null,
  had: readonly number[],
  given: ReadonlyMap<number, number>,
  lang: Lang,
  gapMode: boolean,
): ReasonContext {
  const data = index.ranking;
  const { weight } = data.scratch;
  for (const [s, w] of target.skills) weight[s] = w;
  if (current) for (const [s, w] of skillsGivenBy(current)) if (weight[s]! > 0) weight[s] = Math.max(0, weight[s]! - w);
  for (const s of had) weight[s] = 0;
  const key = (s: number) => weight[s]! * data.idf[s]!;
  const ranked = target.skills
    .map(([s]) => s)
    .filter((s) => weight[s]! > 0)
    .sort((a, b) => key(b) - key(a) || a - b);
  for (const [s] of target.skills) weight[s] = 0;
  // Absent on an English page (French labels are not loaded there).
  const otherTitle = target.title[lang === 'en' ? 'fr' : 'en'];
  const move = current && current.code !== target.code ? splitKeySkills(index, target, current) : null;
  const keySkills = (move ? move.top : keySkillsOf(index, target)).map(([s]) => s);
  return {
    index,
    lang,
    m: coreMessages(lang),
    who: shortOccupation(localize(target.title, lang)),
    otherWho: otherTitle ? shortOccupation(otherTitle) : '',
    given,
    gapMode,
    currentWords: gapMode && current ? wordsOfWork(index, target, current) : new Set(),
    profileWeight: new Map(target.skills),
    ranked,
    topSkills: ranked.slice(0, PROFILE_TOP),
    keySkills,
    matchOrder: move ? [...ranked, ...keySkills.filter((s) => !ranked.includes(s))] : ranked,
    need: move ? new Set(move.need.map(([s]) => s)) : null,
    hadWords: gapMode && move ? wordsOfSkills(index, [...move.have, ...move.carries]) : [],
  };
}

/** The words of the skills' labels, English and French (where loaded), each once. */
function wordsOfSkills(index: LoadedIndex, skills: ReadonlyArray<readonly [number, number]>): string[] {
  const words = new Set<string>();
  for (const [s] of skills) {
    const { en, fr } = index.manifest.skills[s]!.label;
    for (const word of [...terms(en), ...(fr ? terms(fr) : [])]) words.add(word);
  }
  return [...words];
}

/**
 * Whether `label`, words of a program, names something the person likely has: one of its
 * words is one of `hadWords`, or the same word with another ending ("manufacture",
 * "Manufacturing, processing and production"): a prefix of at least HAD_PREFIX letters.
 */
function namesHad(ctx: ReasonContext, label: string): boolean {
  const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= HAD_PREFIX && (a.startsWith(b) || b.startsWith(a)));
  return ctx.hadWords.length > 0 && terms(label).some((word) => ctx.hadWords.some((had) => same(word, had)));
}

/**
 * Shortest stem that counts as the same word as a longer one: the stemmer keeps "-ing"
 * ("manufactur", "manufacturing"); at 6, "engine" would be "engineering".
 */
const HAD_PREFIX = 7;

/**
 * The words the target's programs show of `current`'s work: the labels of their evidence for
 * it. Only the target's programs, so that a page with that occupation's slice of the
 * catalogue words its reasons as one with the whole catalogue does.
 */
function wordsOfWork(index: LoadedIndex, target: Occupation, current: Occupation): Set<string> {
  const words = new Set<string>();
  for (const [p] of index.ranking.evidence.get(target.code) ?? []) {
    const evidence = index.programs[p]!.evidence!.find((e) => e.occupation === current.code);
    for (const item of evidence?.items ?? []) words.add(termKey(item.label));
  }
  return words;
}

/** One result: the program, its matched and missing key skills, and why it is shown. */
export function describeLeader(ctx: ReasonContext, { p, score, e, others }: Leader): Recommendation {
  const { index, lang } = ctx;
  const program = index.programs[p]!;
  const evidence = program.evidence![e]!;
  const { taught, claimed } = coverage(ctx, p, e);
  const matched = ctx.matchOrder.filter(claimed);
  // A skill its text names only in part is never said to be missing ("CAD software" on a
  // course that says "CAD"), though it is not claimed either.
  const partly = new Set(evidence.partlyNamed ?? []);
  // Before the quotes, the page cannot know what the modules and outcomes name.
  const gaps = evidence.named ? ctx.topSkills.filter((s) => !taught.has(s) && !partly.has(s)).slice(0, GAP_SHOWN) : [];
  const ref = (s: number) => skillRef(index, s, ctx.profileWeight.get(s) ?? 0, lang);
  const strength = shownStrength(evidence, ctx.keySkills.filter(claimed).length);
  return {
    program,
    score: Math.min(1, score),
    strength,
    evidence: evidence.items,
    series: others.map((o) => index.programs[o]!),
    matchedSkills: matched.map(ref),
    gapSkills: gaps.map(ref),
    reasons: [evidenceReason(ctx, p, e, strength !== 'strong')],
  };
}

/**
 * What program `p` (its evidence entry `e`) teaches as its reasons tell: `taught`, the skills its
 * words name (its tags, the skills its whole text names, the builder's `named`, with the quotes,
 * and those of `topSkills` its title and description name on this page, in French too); and
 * `claimed`, those its card says it covers: its tagged skills and the ESCO skills its words
 * name, not OaSIS's broad skills and knowledge areas ("Systems analysis", "Setting up", "Law"),
 * which one common word names ("systems", "setting", "Faraday's law"): enough to keep them off
 * the list of what it lacks, not to claim it teaches them.
 */
function coverage(ctx: ReasonContext, p: number, e: number): { taught: Set<number>; claimed: (s: number) => boolean } {
  const { index, lang } = ctx;
  const program = index.programs[p]!;
  const taught = new Set([...program.skills, ...(program.evidence![e]!.named ?? [])]);
  for (const s of ctx.topSkills) if (!taught.has(s) && mentionsSkill(index, p, s, lang)) taught.add(s);
  const tagged = new Set(program.skills);
  return { taught, claimed: (s) => taught.has(s) && (tagged.has(s) || index.manifest.skills[s]!.kind === 'detail') };
}

/**
 * On a move, whether program `p` covers a key skill still needed, as its card says ("Adds key
 * skills you still need") and the plan's pathway counts it: the gap-mode order puts these first.
 */
export function coversNeeded(ctx: ReasonContext, p: number, e: number): boolean {
  if (!ctx.need || ctx.need.size === 0) return false;
  const { index, lang } = ctx;
  const program = index.programs[p]!;
  const named = program.evidence![e]!.named ?? [];
  // `coverage`'s `claimed`, for the need skills alone: tagged, or a detail skill its words name.
  for (const s of ctx.need) {
    if (program.skills.includes(s)) return true;
    if (index.manifest.skills[s]!.kind !== 'detail') continue;
    if (named.includes(s) || (ctx.topSkills.includes(s) && mentionsSkill(index, p, s, lang))) return true;
  }
  return false;
}

/**
 * Key skills (`keySkills`, the ones the page lists) a program must cover, as its card claims
 * them, for its evidence to be called strong, beyond the builder's `strong` (its title or
 * listed skills use the occupation's words, which 1,663 of the 1,695 results in the top 10s of
 * the 516 occupations have, so that alone told a reader nothing). In the top 10s of the 36
 * judged occupations: covering one or more of the listed key skills, 107 results, 70 % grade 2
 * and none grade 0; covering none, 113, 38 % grade 2 and all 14 grade-0 results. Until
 * 2026-12-05 the count ran over every skill of the occupation's profile and needed two: 77
 * results, 71 % grade 2, none grade 0; and "at least two key skills" did not mean the key
 * skills the page lists.
 */
const STRONG_COVERS = 1;

/**
 * The strength a card shows, from the builder's and `covers`: how many of the target
 * occupation's key skills the program covers, counted as the card claims them. In gap mode
 * too, the skills the current occupation already gives count: the label speaks of the job's
 * key skills, not only of those still needed. Before the quotes, what the program's text
 * names is not known: no strength is shown yet.
 */
function shownStrength(evidence: ProgramEvidence, covers: number): Recommendation['strength'] {
  if (!evidence.named) return undefined;
  return evidence.strength === 'strong' && covers >= STRONG_COVERS ? 'strong' : 'moderate';
}

/**
 * The evidence items a reason names: a phrase alone ("CNC lathe") names a skill, unless many
 * occupations share it ("health care"); else the first two terms found, as topics.
 */
export function namedItems(items: readonly EvidenceItem[]): EvidenceItem[] {
  const phrase = items.find((item) => isPhrase(item.label) && !item.shared);
  return phrase ? [phrase] : items.slice(0, 2);
}

/**
 * The sentence quoting the program: a phrase ("CNC lathe") names a skill; a lone word comes
 * with the other words found. Its pieces come along when some are in the other language.
 * `mentions`: a partial match, or one whose strength is not known yet: the sentence says the
 * program's words name the skill, not that it teaches it.
 */
function evidenceReason(ctx: ReasonContext, p: number, e: number, mentions: boolean): Reason {
  const program = ctx.index.programs[p]!;
  const { items } = program.evidence![e]!;
  const skills = program.skills.map((s) => ctx.index.manifest.skills[s]!.label);
  const named = namedItems(items);
  const words = evidenceWords(program, named, ctx.lang, { otherWho: ctx.otherWho, skills });
  if (mentions) words.mentions = true;
  // Not said of words of the current work, nor of what the plan says the person likely has.
  const gap = ctx.gapMode && !ctx.given.has(p) && !named.some((item) => ctx.currentWords.has(termKey(item.label)) || namesHad(ctx, item.label));
  if (ctx.gapMode && !gap) words.move = true;
  const parts = gap ? ctx.m.fillsGapEvidence(words, ctx.who) : ctx.m.teachesEvidence(words, ctx.who);
  const reason: Reason = { code: gap ? 'fills-gap' : 'teaches-core', text: plainSentence(parts) };
  if (parts.some((part) => part.lang)) reason.parts = parts;
  return reason;
}

/** English label always; the French one on French pages (English pages do not load it). */
function mentionsSkill(index: LoadedIndex, p: number, s: number, lang: Lang): boolean {
  const label = index.manifest.skills[s]!.label;
  return programMentions(index, p, label.en) || (lang === 'fr' && label.fr !== '' && programMentions(index, p, label.fr));
}
