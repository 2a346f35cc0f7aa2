/**
 * The in-memory index the headless core works on, and the result shapes it returns.
 * `load.ts` (browser, fetch) and `cli/read-index.ts` (Node, files) both produce a
 * `LoadedIndex` through the same assembly steps.
 */
import type { EvidenceItem, IndexManifest, Lang, Occupation, Program, ProgramEvidence, Skill } from './schema.js';
import type { TitleIndex } from './titles.js';
import type { RankingData } from './rank.js';

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
}

export type MatchKind = 'exact' | 'prefix' | 'synonym' | 'fuzzy';

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

export interface Reason {
  /** Machine-readable kind, stable across languages. */
  code: string;
  /** One plain-language sentence in the requested language. */
  text: string;
}

export type { EvidenceField, EvidenceItem as Evidence } from './schema.js';

/** How strongly a program's own text shows it teaches the occupation's core skills (see `ProgramEvidence`). */
export type EvidenceStrength = ProgramEvidence['strength'];

export interface Recommendation {
  program: Program;
  /** Relevance in [0, 1]; results are sorted by it, ties broken by program id. */
  score: number;
  /** Set by `recommend()`: how strong the evidence is. Absent for the employer search. */
  strength?: EvidenceStrength;
  /** Set by `recommend()`: the evidence, strongest first (at least one). */
  evidence?: EvidenceItem[];
  /** Other programs of the same series (parts of one specialization), grouped under this one. */
  series?: Program[];
  matchedSkills: SkillRef[];
  gapSkills: SkillRef[];
  reasons: Reason[];
}

export type { IndexManifest, Lang, Occupation, Program, Skill };
