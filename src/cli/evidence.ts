/**
 * Evidence that a program teaches a core skill of an occupation, worked out once at build
 * time over the whole catalogue and every occupation.
 *
 * An occupation is described by the words and two-word phrases of its official title, its
 * example job titles, its lead statement and main duties (NOC/OaSIS) and, through the
 * crosswalk, the O*NET tasks and technologies of the matching US occupations; exclusion
 * clauses ("except ...") and sentences about employers are left out. Each term is weighted
 * by how much it distinguishes this occupation from the other unit groups.
 *
 * A program is described by the terms of its title, skill tags, learning outcomes, modules
 * and description; never its provider. A word that the catalogue mostly uses inside one
 * phrase ("machine" in "machine learning", "power" in "Power BI") counts only as that
 * phrase, so it cannot stand for another sense of the word.
 *
 * A program is evidence for an occupation when it shares the occupation's distinctive
 * terms in its own text; each match keeps the segment of the program's text that shows it
 * (its title, a tag, an outcome, a module), quoted in the reason. The programs above that
 * floor are then ordered by two opinions fused: how much of the distinctive terms they
 * carry, and, counting three times as much, how well their whole text answers the
 * occupation's official description (BM25).
 */
import { fold } from '../core/text/index.js';
import { PHRASE_ONLY, segmentTerms, stemsOf, tokens, type Token } from './evidence-terms.js';
import { Bm25 } from './bm25.js';
import { NearestOccupations } from './nearness.js';
import { CORE_WEIGHT, GenericTerms } from './generic-terms.js';
import { evidenceItems } from './evidence-quotes.js';
import type { EvidenceField, ProgramEvidence } from '../core/index-format/index.js';

export { tokens, type Token } from './evidence-terms.js';
export { quoteOf, surfaceOf } from './evidence-quotes.js';

// ---- occupations ------------------------------------------------------------------

export interface OccupationText {
  code: string;
  title: string;
  exampleTitles: readonly string[];
  lead: string;
  duties: readonly string[];
  /** O*NET task statements with the share of the unit group the O*NET occupation stands for. */
  tasks: ReadonlyArray<[string, number]>;
  /** O*NET technology examples (software, tools), with shares. */
  technologies: ReadonlyArray<[string, number]>;
}

/** "(except industrial and power system)", "except ..." to the end of a clause. */
export function withoutExclusions(text: string): string {
  return text.replace(/\((?:[^()]*\b(?:except|excluding|other than)\b[^()]*)\)/gi, ' ').replace(/\b(?:except|excluding)\b[^.;:]*/gi, ' ');
}

/** Sentences that name employers or who is included, not what the work is. */
const NOT_WORK = /\b(employed|self-employed|are included|apprentices|work in|work for|work at)\b/i;

function leadWithoutEmployers(lead: string): string {
  return lead
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !NOT_WORK.test(sentence))
    .join(' ');
}

const FIELD = { title: 3, example: 0.2, exampleCap: 0.6, lead: 1.5, duty: 1, dutyCap: 3, task: 0.5, taskCap: 2, tech: 0.4, techCap: 1.2 };

/** Where a term of an occupation's description comes from; each has its own rarity. */
type Source = 'core' | 'examples' | 'tasks' | 'tech';
const SOURCES: readonly Source[] = ['core', 'examples', 'tasks', 'tech'];

/** Raw term frequencies of one occupation, by source, with caps per source. */
function occupationCounts(o: OccupationText): Record<Source, Map<string, number>> {
  const add = (into: Map<string, number>, text: string, each: number, cap: number) => {
    const { unigrams, bigrams } = segmentTerms(tokens(withoutExclusions(text)));
    for (const t of new Set([...unigrams, ...bigrams])) into.set(t, Math.min(cap, (into.get(t) ?? 0) + each));
  };
  const title = new Map<string, number>();
  const lead = new Map<string, number>();
  const duties = new Map<string, number>();
  const examples = new Map<string, number>();
  const tasks = new Map<string, number>();
  const tech = new Map<string, number>();
  add(title, o.title, FIELD.title, FIELD.title);
  add(lead, leadWithoutEmployers(o.lead), FIELD.lead, FIELD.lead);
  for (const d of o.duties) add(duties, d, FIELD.duty, FIELD.dutyCap);
  for (const t of o.exampleTitles) add(examples, t, FIELD.example, FIELD.exampleCap);
  for (const [task, share] of o.tasks) add(tasks, task, FIELD.task * share, FIELD.taskCap);
  for (const [t, share] of o.technologies) add(tech, t, FIELD.tech * share, FIELD.techCap);
  const core = new Map<string, number>();
  for (const part of [title, lead, duties]) for (const [t, n] of part) core.set(t, (core.get(t) ?? 0) + n);
  return { core, examples, tasks, tech };
}

export interface OccupationProfile {
  code: string;
  /** Term -> weight in (0, 1], heaviest 1. */
  terms: Map<string, number>;
}

/** How many terms an occupation keeps. */
const PROFILE_TERMS = 80;

/**
 * Distinctive terms of every occupation: the square roots of a term's frequency in each
 * source and of its rarity across occupations in that source, summed over the sources.
 * Square roots because neither should rule alone: "software", in every duty of a software
 * developer and the duties of a dozen other occupations, outweighs "church", in one of
 * an administrative assistant's example titles and nowhere else.
 */
export function occupationProfiles(occupations: readonly OccupationText[], vocabulary?: ReadonlySet<string>): OccupationProfile[] {
  const counts = occupations.map(occupationCounts);
  const n = occupations.length;
  // Rarity within each source: "Microsoft" is in nearly every occupation's technology
  // list, "software" in few occupations' duties.
  const df = Object.fromEntries(SOURCES.map((src) => [src, new Map<string, number>()])) as Record<Source, Map<string, number>>;
  for (const c of counts) for (const src of SOURCES) for (const t of c[src].keys()) df[src].set(t, (df[src].get(t) ?? 0) + 1);
  return occupations.map((o, k) => {
    const weights = new Map<string, number>();
    for (const src of SOURCES) {
      const idfOf = (t: string) => Math.log((n + 1) / (df[src].get(t) ?? 1));
      for (const [t, tf] of counts[k]![src]) {
        if (PHRASE_ONLY.has(t)) continue;
        // A pair of words is rarer than either word, yet says little more unless both
        // words are specific: it is worth the mean of its words, plus a little.
        const space = t.indexOf(' ');
        const idf = space < 0 ? idfOf(t) : Math.min(idfOf(t), 0.6 * (idfOf(t.slice(0, space)) + idfOf(t.slice(space + 1))));
        weights.set(t, (weights.get(t) ?? 0) + Math.sqrt(tf * Math.max(0, idf)));
      }
    }
    const scored = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // Weighed against the whole description, then narrowed to what a program can share:
    // a welder's profile stays led by "weld" even when no program mentions welding.
    const max = scored[0]?.[1] ?? 1;
    const top = scored.filter(([t]) => !vocabulary || vocabulary.has(t)).slice(0, PROFILE_TERMS);
    return { code: o.code, terms: new Map(top.map(([t, w]) => [t, w / max])) };
  });
}

// ---- programs ---------------------------------------------------------------------

export interface ProgramText {
  title: string;
  /** The title in the other official language, when the program has both: quoted on its own. */
  otherTitle?: string;
  tags: readonly string[];
  outcomes: readonly string[];
  modules: readonly string[];
  description: string;
}

const FIELD_STRENGTH: Record<EvidenceField, number> = { title: 1, tag: 0.85, outcome: 0.7, description: 0.6, module: 0.6 };

interface Segment {
  field: EvidenceField;
  text: string;
  toks: Token[];
}

function segmentsOf(p: ProgramText): Segment[] {
  const out: Segment[] = [];
  const push = (field: EvidenceField, text: string) => {
    const toks = tokens(text);
    if (toks.length > 0) out.push({ field, text, toks });
  };
  push('title', p.title);
  if (p.otherTitle) push('title', p.otherTitle);
  for (const t of p.tags) push('tag', t);
  for (const o of p.outcomes) push('outcome', o);
  for (const m of p.modules) push('module', m);
  for (const s of p.description.split(/(?<=[.!?])\s+/)) push('description', s);
  return out;
}

export interface ProgramTerms {
  /** Term -> strength (field of its strongest occurrence, more for several fields). */
  terms: Map<string, number>;
  /** Term -> index in `segments` of its strongest occurrence. */
  where: Map<string, number>;
  /** Term -> indexes in `segments` of every occurrence, in order: what a reason may quote (`evidenceItems`). */
  occurs: Map<string, number[]>;
  segments: Array<{ field: EvidenceField; text: string }>;
}

/**
 * Catalogue-wide phrase statistics: a word is "captured" by a phrase when at least half
 * of the programs that use the word use it in that phrase.
 */
export class PhraseModel {
  private readonly capture = new Set<string>();

  constructor(programs: readonly ProgramText[]) {
    const df1 = new Map<string, number>();
    const df2 = new Map<string, number>();
    for (const p of programs) {
      const ones = new Set<string>();
      const twos = new Set<string>();
      for (const s of segmentsOf(p)) {
        const { unigrams, bigrams } = segmentTerms(s.toks);
        for (const u of unigrams) ones.add(u);
        for (const b of bigrams) twos.add(b);
      }
      for (const u of ones) df1.set(u, (df1.get(u) ?? 0) + 1);
      for (const b of twos) df2.set(b, (df2.get(b) ?? 0) + 1);
    }
    for (const [b, n] of df2) {
      if (n < 4) continue;
      const [x, y] = b.split(' ') as [string, string];
      if (n / df1.get(x)! >= 0.5) this.capture.add(`${b}|${x}`);
      if (n / df1.get(y)! >= 0.5) this.capture.add(`${b}|${y}`);
    }
  }

  /** True when `word` at this position is only part of the phrase `bigram`. */
  captures(bigram: string, word: string): boolean {
    return this.capture.has(`${bigram}|${word}`);
  }
}

export function programTerms(p: ProgramText, phrases: PhraseModel): ProgramTerms {
  const segments = segmentsOf(p);
  const best = new Map<string, number>();
  const where = new Map<string, number>();
  const occurs = new Map<string, number[]>();
  const fields = new Map<string, Set<EvidenceField>>();
  const note = (term: string, s: number) => {
    const seg = segments[s]!;
    const strength = FIELD_STRENGTH[seg.field];
    if (!best.has(term) || strength > best.get(term)!) {
      best.set(term, strength);
      where.set(term, s);
    }
    const at = occurs.get(term);
    if (!at) occurs.set(term, [s]);
    else if (at.at(-1) !== s) at.push(s);
    let f = fields.get(term);
    if (!f) fields.set(term, (f = new Set()));
    f.add(seg.field);
  };
  segments.forEach((seg, s) => {
    const stems = seg.toks.map((t) => t.stem);
    for (let i = 0; i < stems.length; i++) {
      const left = i > 0 && !seg.toks[i]!.gap ? `${stems[i - 1]} ${stems[i]}` : null;
      const right = i + 1 < stems.length && !seg.toks[i + 1]!.gap ? `${stems[i]} ${stems[i + 1]}` : null;
      const captured = (left !== null && phrases.captures(left, stems[i]!)) || (right !== null && phrases.captures(right, stems[i]!));
      if (!captured && !PHRASE_ONLY.has(stems[i]!)) note(stems[i]!, s);
      if (right !== null) note(right, s);
    }
  });
  const terms = new Map<string, number>();
  for (const [t, s] of best) terms.set(t, Math.min(1.3, s + 0.15 * (fields.get(t)!.size - 1)));
  return { terms, where, occurs, segments: segments.map(({ field, text }) => ({ field, text })) };
}

// ---- matching ---------------------------------------------------------------------

export interface Match {
  program: number;
  /** Sum of the matched terms' contributions. */
  score: number;
  /** Matched terms, strongest contribution first. */
  terms: Array<{ term: string; contribution: number; segment: number }>;
}

/** Occupation terms that count as a core skill: the heaviest of the profile. */
const ANCHOR_WEIGHT = 0.3;

export class EvidenceMatcher {
  private readonly postings = new Map<string, number[]>();
  private readonly specificity = new Map<string, number>();

  /** Every term some program has: occupation terms outside it can match nothing. */
  readonly vocabulary = new Set<string>();

  constructor(readonly programs: readonly ProgramTerms[]) {
    programs.forEach((p, k) => {
      for (const t of p.terms.keys()) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push(k);
      }
    });
    for (const t of this.postings.keys()) this.vocabulary.add(t);
    const n = programs.length;
    const top = Math.log(n / 3);
    for (const [t, list] of this.postings) this.specificity.set(t, Math.max(0.05, Math.min(1, Math.log(n / list.length) / top)));
  }

  /** Programs sharing anchor terms with `profile`, best first (ties by position). */
  match(profile: OccupationProfile): Match[] {
    const acc = new Map<number, Match>();
    for (const [term, weight] of profile.terms) {
      if (weight < ANCHOR_WEIGHT) continue;
      const list = this.postings.get(term);
      if (!list) continue;
      const spec = this.specificity.get(term)!;
      for (const p of list) {
        const pt = this.programs[p]!;
        const contribution = weight * pt.terms.get(term)! * spec;
        let m = acc.get(p);
        if (!m) acc.set(p, (m = { program: p, score: 0, terms: [] }));
        m.score += contribution;
        m.terms.push({ term, contribution, segment: pt.where.get(term)! });
      }
    }
    const out = [...acc.values()];
    for (const m of out) m.terms.sort((a, b) => b.contribution - a.contribution || (a.term < b.term ? -1 : 1));
    out.sort((a, b) => b.score - a.score || a.program - b.program);
    return out;
  }
}

// ---- the floor, quotes and series --------------------------------------------------

type Strength = ProgramEvidence['strength'];

/**
 * Without a phrase of the occupation, two core words are not enough on their own: the
 * program must share at least SUPPORT_MIN words of the occupation's profile (of weight
 * SUPPORT_WEIGHT and more) anywhere in its text, or 15 % of its words (rounded) when it
 * has fewer than 30, since a short catalogue entry has few words to share. "Metals" and
 * "structures" in a course on crystal structures share little else with ironworkers.
 */
const SUPPORT_MIN = 5;
const SUPPORT_WEIGHT = 0.1;
const SUPPORT_SHARE = 0.15;
/**
 * A generic word still names what a program is about, for an occupation among the program's
 * NEAREST_FOR_GENERIC nearest (`NearestOccupations`) with which it shares GENERIC_CORE_MIN
 * core words or more. On the judged set: strict P@5 61.5 → 64.6 %, one grade 0 fewer in the
 * top fives (secondary school teachers 20 → 100 %); with any number of core words, "mining"
 * and "engines" brought data mining to mining engineers.
 */
const NEAREST_FOR_GENERIC = 2;
const GENERIC_CORE_MIN = 3;
/**
 * Without a phrase, the occupation's own core words may stand outside the title and tags
 * when the program reads most like this occupation (among its NEAREST_FOR_TEXT nearest) and
 * has TEXT_CORE_MIN of them: on the judged set, general practitioners 40 → 60 % P@5; 7 new
 * pairs in the top 10s of all 516 occupations.
 */
const NEAREST_FOR_TEXT = 1;
const TEXT_CORE_MIN = 3;

/**
 * A program counts only for the occupations its whole text reads most like: with a phrase
 * of the occupation, among the first 40 (of 516 on the real data); without, among the first 5.
 */
const NEAREST_WITH_PHRASE = 40;
const NEAREST_WITHOUT_PHRASE = 5;
/**
 * Without a phrase, the program's title and tags alone (what it says it is about) must read
 * like this occupation too, among its first 40: "Violence Against Healthcare" has a module on
 * ambulances, yet it is not a paramedic's course, nor "Patent Law" a customs officer's. Over
 * the top 10s of the 516 occupations: 21 pairs out, 15 of them wrong to a reader and none
 * grade 2 (6 supporting: "The Science of Gastronomy" for food testers); 6 in, among them remote
 * sensing for geoscientists. Judged figures unchanged. At 20: 48 out, about 12 of them right.
 */
const NEAREST_TITLE = 40;
/** Scores a program needs: with a core term in its title or tags, and without. */
export const STRONG_SCORE = 0.9;
export const MODERATE_SCORE = 1.4;
/** Programs kept per occupation. */
export const PER_OCCUPATION = 40;
/**
 * Scores are scaled to the occupation's best program, but never by less than this: when
 * even the best one matches weakly, its score says so.
 */
const SCORE_SCALE_MIN = 2.5;

/**
 * Where the match stands against the floor: `strong` with at least two core words, one
 * of them in the program's title or tags, `moderate` with two core words elsewhere in its
 * text, null below the floor. Never a match on one word or on generic terms alone.
 * `nearness`: how many occupations the program's whole text reads more like than this one
 * (`NearestOccupations`); `titleNearness`, its title and tags alone.
 */
export function strengthOf(
  m: Match,
  profile: OccupationProfile,
  program: ProgramTerms,
  generic: ReadonlySet<string> = new Set(),
  nearness = 0,
  titleNearness = 0,
): Strength | null {
  const core = m.terms.filter((t) => profile.terms.get(t.term)! >= CORE_WEIGHT);
  if (core.length === 0) return null;
  // A phrase too can be taken from another field's text: "health care" as a tag of a course
  // on reimbursement models is not nursing, "file system" in an operating-systems course not
  // an office's filing. Its program must read at least somewhat like this occupation's work.
  if (nearness >= NEAREST_WITH_PHRASE) return null;
  const prominent = core.filter((t) => {
    const field = program.segments[t.segment]!.field;
    return field === 'title' || field === 'tag';
  });
  const distinct = new Set(core.flatMap((t) => t.term.split(' ')));
  if (!core.some((t) => t.term.includes(' ') && !generic.has(t.term))) {
    // Without a phrase (a phrase many occupations share counts as a generic word), a word of
    // this occupation more than of most must name what the program is about, in its title or
    // tags: "overhaul" in the modules of a course on aerospace digitalisation, beside
    // "industry" and "repair", is not a millwright's course. A generic word does when the
    // program reads most like this occupation's work and shares three of its core words (a
    // phrase's words counted once each): "teach" and "students" are core to 16 and 14
    // occupations, yet "Teach English Now! Lesson Design and Assessment" is a teacher's.
    const fieldWords = nearness < NEAREST_FOR_GENERIC && distinct.size >= GENERIC_CORE_MIN;
    // Or, elsewhere in its text, when the program reads more like this occupation's work than
    // any other's and names three of its own core words: "Essentials of Palliative Care"
    // teaches goals-of-care discussions with "patients and families" and the role of
    // "primary" teams in "serious illness", a family physician's work, with none of it in its title.
    const ownWords = new Set(core.filter((t) => !generic.has(t.term)).map((t) => t.term));
    const readsMostLike = nearness < NEAREST_FOR_TEXT && ownWords.size >= TEXT_CORE_MIN;
    if (!readsMostLike && !prominent.some((t) => fieldWords || !generic.has(t.term))) return null;
    // Nor when the program's whole text reads more like other occupations' work: "devices"
    // and "line" in a course on Cisco routers are network technicians' words, not gas fitters'.
    if (nearness >= NEAREST_WITHOUT_PHRASE) return null;
    // Nor when what the program says it is about reads like other work: the ambulances are one
    // module of a course on violence against health workers.
    if (titleNearness >= NEAREST_TITLE) return null;
    let support = 0;
    for (const [t, w] of profile.terms) if (w >= SUPPORT_WEIGHT && !t.includes(' ') && program.terms.has(t)) support++;
    let words = 0;
    for (const t of program.terms.keys()) if (!t.includes(' ')) words++;
    if (support < Math.min(SUPPORT_MIN, Math.round(SUPPORT_SHARE * words))) return null;
  }
  // One word, however heavy, is a topic, not a skill: "harvesting" in "Energy Harvesting"
  // for harvesting labourers, "vision" in "Computer Vision" for optometrists.
  if (prominent.length > 0 && distinct.size >= 2 && m.score >= STRONG_SCORE) return 'strong';
  if (distinct.size >= 2 && m.score >= MODERATE_SCORE) return 'moderate';
  return null;
}

/** Everything a program says of itself, as one text. */
export const wholeText = (p: ProgramText) => [p.title, p.otherTitle ?? '', ...p.tags, ...p.outcomes, ...p.modules, p.description].join('\n');

/** An occupation's official description: title, lead statement and main duties, without exclusions or employers. */
export const officialDescription = (o: Pick<OccupationText, 'title' | 'lead' | 'duties'>) =>
  [o.title, leadWithoutEmployers(o.lead), ...o.duties].map(withoutExclusions).join('\n');

/**
 * The whole text of every program as one bag of words, searched with an occupation's
 * official description (title, lead statement, main duties), scored by BM25. A second
 * opinion on the order of the programs above the floor, from all their words rather than
 * the occupation's distinctive few: the two orders are fused.
 */
class FullTextRelevance {
  private readonly bm25: Bm25;

  /** The programs as the stems of their whole text. */
  constructor(programs: ReadonlyArray<readonly string[]>) {
    this.bm25 = new Bm25(programs);
  }

  /** Positions in `candidates` by relevance to the occupation's description, best first. */
  order(o: OccupationText, candidates: readonly number[]): number[] {
    const scores = this.bm25.scores(stemsOf(officialDescription(o)), candidates);
    return candidates
      .map((_, k) => ({ k, score: scores[k]! }))
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .map(({ k }) => k);
  }
}

/**
 * A title that frames a program as a field's policy, economics, society, history, culture,
 * markets, sustainability or politics (in English or French) announces a course about the
 * field, not its practice: "Water Supply and Sanitation Policy in Developing Countries",
 * "A Circular Economy of Metals", "Oil & Gas Industry Operations and Markets". For the
 * occupations learned in college, apprenticeship or on the job (TEER 2 to 5), such a program
 * is no evidence. Of the 172 programs judged grade 2 for such occupations in eval/judged, 1
 * has such a title ("Understanding child development: from synapse to society"); of the 402
 * judged grade 0, 26 have; of the reasons read for them, 8 (5 false, 3 vague, none true).
 */
const ABOUT_A_FIELD =
  /\b(polic(y|ies)|economy|economics|economic|society|societal|history|historical|culture|cultural|markets?|sustainab\w*|developing countries|politics|political|governance|politiques?|economie|economique|societe|histoire|historique|culturel\w*|marches|durable|durabilite|gouvernance)\b/;
/** The first TEER of the occupations learned in practice (the second digit of a NOC code). */
const PRACTICE_TEER = 2;

/**
 * How much the two orders count: reciprocal rank fusion with a small constant, so the
 * first few places of either order weigh most.
 */
const FUSION_K = 3;
/**
 * The whole-text order counts three times the order by distinctive terms: the floor says which
 * programs show the occupation's words, all of their text says better which teach its work.
 * Strict P@5 on the judged set by this weight (the order by terms counting 1): 0.5, 56 %; 1,
 * 58 %; 1.4, 59 %; 2, 61 %; 3, 62 %; 4, 62 % (3 results unjudged); the whole-text order alone,
 * 62 % (4 unjudged). Top 5s holding a grade 0: 6 up to 1.4, 5 from 2 to 4, 6 with it alone.
 */
const FULL_TEXT_WEIGHT = 3;
/**
 * The fused score of each of the programs in the order of their distinctive terms, given
 * `textOrder`, their positions in the whole-text order, best first.
 */
export function fuse(textOrder: readonly number[]): number[] {
  const scores = textOrder.map((_, k) => 1 / (FUSION_K + k));
  textOrder.forEach((k, rank) => (scores[k]! += FULL_TEXT_WEIGHT / (FUSION_K + rank)));
  return scores;
}

/** Programs above the floor considered before the two orders are fused. */
const CANDIDATES = 60;

/**
 * Evidence of every program, per occupation: programs above the floor, best first.
 * `notFor[k]`: the NOC codes program k is never evidence for (`not_for_occupations`).
 */
export function computeEvidence(
  occupations: readonly OccupationText[],
  programs: readonly ProgramText[],
  notFor: ReadonlyArray<ReadonlySet<string>> = [],
): {
  byProgram: ProgramEvidence[][];
  profiles: OccupationProfile[];
  /** Each program's whole text as stems (`wholeText`, `stemsOf`), for the builder's other reads of it. */
  programStems: string[][];
} {
  const phrases = new PhraseModel(programs);
  const terms = programs.map((p) => programTerms(p, phrases));
  const matcher = new EvidenceMatcher(terms);
  // Each program's whole text, read once for both views of it.
  const programStems = programs.map((p) => stemsOf(wholeText(p)));
  const fullText = new FullTextRelevance(programStems);
  const profiles = occupationProfiles(occupations, matcher.vocabulary);
  const byProgram: ProgramEvidence[][] = programs.map(() => []);
  const occupationStems = occupations.map((o) => stemsOf([officialDescription(o), ...o.tasks.map(([task]) => withoutExclusions(task))].join('\n')));
  const nearest = new NearestOccupations(occupationStems, programStems, NEAREST_WITH_PHRASE);
  const generic = new GenericTerms(profiles, occupationStems);
  const nearestByTitle = new NearestOccupations(
    occupationStems,
    programs.map((p) => stemsOf([p.title, p.otherTitle ?? '', ...p.tags].join('\n'))),
    NEAREST_TITLE,
  );
  const framed = programs.map((p) => [p.title, p.otherTitle ?? ''].some((title) => ABOUT_A_FIELD.test(fold(title))));
  profiles.forEach((profile, o) => {
    const kept: Array<{ m: Match; strength: Strength; fused: number }> = [];
    const practice = Number(occupations[o]!.code[1]) >= PRACTICE_TEER;
    const ownGeneric = generic.of(o, new Set(segmentTerms(tokens(withoutExclusions(occupations[o]!.title))).bigrams));
    for (const m of matcher.match(profile)) {
      if (practice && framed[m.program]) continue;
      // Its institution says it does not train for this occupation, whatever words they share.
      if (notFor[m.program]?.has(profile.code)) continue;
      const strength = strengthOf(m, profile, terms[m.program]!, ownGeneric, nearest.rank(m.program, o), nearestByTitle.rank(m.program, o));
      if (strength !== null) kept.push({ m, strength, fused: 0 });
      if (kept.length === CANDIDATES) break;
    }
    if (kept.length === 0) return;
    // An occupation whose best program matches weakly keeps low scores: they say so.
    const weakness = Math.min(1, kept[0]!.m.score / SCORE_SCALE_MIN);
    const candidates = kept.map((k) => k.m.program);
    const scores = fuse(fullText.order(occupations[o]!, candidates));
    kept.forEach((k, i) => (k.fused = scores[i]!));
    kept.sort((a, b) => b.fused - a.fused || a.m.program - b.m.program);
    const best = kept[0]!.fused;
    for (const { m, strength, fused } of kept.slice(0, PER_OCCUPATION)) {
      const core = m.terms.filter((t) => profile.terms.get(t.term)! >= CORE_WEIGHT).map((t) => t.term);
      // "Health care" for nurses: a topic of their work, not a skill of theirs. So too for an
      // occupation whose title names such a phrase: "oil & gas" is the field of oil and gas
      // drilling contractors, not a skill a program "teaches" them.
      const items = evidenceItems(terms[m.program]!, core, (term) => term.includes(' ') && generic.all.has(term));
      byProgram[m.program]!.push({ occupation: profile.code, score: Math.round((100 * weakness * fused) / best) / 100 || 0.01, strength, items });
    }
  });
  return { byProgram, profiles, programStems };
}
