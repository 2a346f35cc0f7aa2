/**
 * The in-memory index the headless core works on, and the result shapes it returns.
 * `load.ts` (browser, fetch) and `cli/read-index.ts` (Node, files) both produce a
 * `LoadedIndex` through the same assembly steps.
 */
import type { Delivery, EvidenceItem, IndexManifest, Lang, Occupation, Program, ProgramEvidence, ProgramLanguage, Skill } from '../index-format/index.js';

/** An index in memory: what `loadIndex` and `assembleIndex` return and every core function reads. */
export interface LoadedIndex {
  manifest: IndexManifest;
  /** Occupations by 5-character NOC code. */
  occupations: ReadonlyMap<string, Occupation>;
  programs: readonly Program[];
  /** Prepared job-title matchers of the languages loaded so far. */
  titles: Partial<Record<Lang, TitleIndex>>;
  /** Structures `rank.ts` precomputes once per index. */
  ranking: RankingData;
  /**
   * Occupation code -> the leading hex digits of the SHA-256 of its `quotes.<code>.txt`
   * (the program's words quoted in reasons, loaded on demand: `loadQuotes`).
   */
  quoteFiles: ReadonlyMap<string, string>;
  /** Where `index.json` was read from (URL or path): other files are resolved against it. */
  source: string;
  /**
   * Set when the index holds one occupation's programs only (`loadOccupationIndex`): the
   * programs with evidence for `occupation`, each one's place in the whole catalogue, and
   * the occupations any program of the whole catalogue has evidence for.
   */
  slice?: { occupation: string; positions: Uint32Array; withPrograms: ReadonlySet<string> };
}

/**
 * How a title matched: every word as typed (`exact`), the last word as a prefix, through a
 * short form spelled out (`synonym`, "rn" for registered nurse), or with a typo fixed
 * (`fuzzy`); the loosest way any word matched names it.
 */
export type MatchKind = 'exact' | 'prefix' | 'synonym' | 'fuzzy';

/** One occupation found for a typed job title. */
export interface TitleMatch {
  /** NOC 2021 unit group, 5 characters. */
  code: string;
  /** Relevance in [0, 1]; results are sorted by it, best first. */
  score: number;
  /** The occupation's official title in the requested language. */
  title: string;
  /** The job title (official or example) that matched the query. */
  matchedTitle: string;
  kind: MatchKind;
  /** Set when `matchedTitle` is in another language than asked (a French title typed on an English page). */
  matchedLang?: Lang;
}

/** A skill as a result carries it: resolved and localized. */
export interface SkillRef {
  /** Index into `manifest.skills`. */
  index: number;
  id: string;
  label: string;
  /** Set when `label` is in another language than asked (a skill with no French label): mark it up with this `lang`. */
  labelLang?: Lang;
  /** Weight of the skill in the occupation's profile, in [0, 1]; 0 when not in it. */
  weight: number;
}

/** A piece of a reason's sentence; `lang` is set on the program's own words when they are in the other language. */
export interface ReasonPart {
  text: string;
  /** The language of `text` when it is not the sentence's (English words quoted on a French page): mark it up with this `lang`. */
  lang?: Lang;
}

/** One reason a program is recommended, as a sentence. */
export interface Reason {
  /** Machine-readable kind, stable across languages. */
  code: string;
  /** One plain-language sentence in the requested language. */
  text: string;
  /**
   * The same sentence in pieces, set when some of it is in the other language (the
   * program's English words on a French page): render each piece with its `lang` so
   * screen readers switch voice. Joined, the pieces are `text`.
   */
  parts?: ReasonPart[];
}

export type { EvidenceField, EvidenceItem as Evidence } from '../index-format/index.js';

/** How strongly a program's own text shows it teaches the occupation's core skills (see `ProgramEvidence`). */
export type EvidenceStrength = ProgramEvidence['strength'];

/** A program recommended (or found by the employer search), with its skills and reasons. */
export interface Recommendation {
  program: Program;
  /** Relevance in [0, 1]; results are sorted by it, ties broken by program id. */
  score: number;
  /**
   * Set by `recommend()` once the occupation's quotes are loaded: `strong` when the program's
   * title or listed skills use the occupation's words and it covers (`matchedSkills`) at least
   * one of the key skills the page lists for the occupation (`skillGap`), else `moderate`.
   * Absent before the quotes, and for the employer search.
   */
  strength?: EvidenceStrength;
  /** Set by `recommend()`: the evidence, strongest first (at least one). */
  evidence?: EvidenceItem[];
  /** Other programs of the same series (parts of one specialization), grouped under this one. */
  series?: Program[];
  /**
   * The occupation's skills the program covers, as its card claims them, those still to learn
   * first (heaviest and most specific first); on a career move, then the key skills the current
   * work gives in full that it covers: every key skill `strength` counts is here.
   */
  matchedSkills: SkillRef[];
  /**
   * A few key skills of the occupation the program's text does not name. Empty until the
   * occupation's quotes are loaded (`loadQuotes`): only its whole text, read by the builder,
   * can say a skill is missing without contradicting it.
   */
  gapSkills: SkillRef[];
  reasons: Reason[];
}

export type { IndexManifest, Lang, Occupation, Program, Skill };

/** A prepared job-title matcher for one language. Opaque: use the functions below. */
export interface TitleIndex {
  readonly lang: Lang;
}

/** Structures precomputed once per index by `prepareRanking`. */
export interface RankingData {
  programCount: number;
  skillCount: number;
  /** Programs teaching skill `s`: `postingPrograms[postingStart[s] .. postingStart[s + 1]]`. */
  postingStart: Uint32Array;
  postingPrograms: Uint32Array;
  /** Distinct skills each program teaches. */
  programSkillCount: Uint16Array;
  /** Position of each program when sorted by id: the tie-breaker. */
  idRank: Uint32Array;
  /**
   * Specificity of each skill in (0, 1]: inverse frequency across occupation profiles
   * times a mild inverse frequency across the catalogue, so generic skills count less.
   */
  idf: Float32Array;
  providers: string[];
  /** The French name of each of `providers` that has one, over the whole catalogue (a slice's too). */
  providerFr: ReadonlyMap<string, string>;
  deliveries: Delivery[];
  languages: ProgramLanguage[];
  maxHours: number;
  maxCost: number;
  /** Reused per query (queries are synchronous, so one set suffices). */
  scratch: {
    score: Float64Array;
    count: Uint16Array;
    touched: Uint32Array;
    weight: Float64Array;
  };
  /** Folded program text for `findPrograms({ text })`, built on first use. */
  text: ProgramTextIndex | null;
  /**
   * Per occupation code, the programs with evidence for it as `[program, entry in its
   * evidence]`, best first (ties by id): built from the programs' evidence.
   */
  evidence: Map<string, Array<[number, number]>>;
}

/** Term postings over program titles, providers and descriptions. */
export interface ProgramTextIndex {
  /** Stemmed term -> programs (ascending) and where the term occurs (bit 1 title, 2 provider, 4 description). */
  terms: Map<string, { programs: Uint32Array; fields: Uint8Array }>;
  /** Sorted distinct terms, for prefix lookups of the last query word; sorted on first use. */
  sorted: string[] | null;
}
