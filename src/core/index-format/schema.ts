/**
 * The index file format: what the builder writes and the loader accepts.
 *
 * An index is a directory of files:
 * - `index.json` (`IndexFile`): the language-neutral facts (codes, skill profiles,
 *   labour-market figures, source and region names) and the list of the other files.
 * - `labels.<lang>.txt`: occupation titles and skill labels of one
 *   language, in the order of `index.json`, and each skill's other names that the skill
 *   search matches (`skill.alt`: tab-separated, often none). A page loads English (ranking
 *   matches program text, which is mostly English) and, for French, the French file too.
 * - `names.<lang>.txt`: the skills' other names of a language kept out of its labels file, in
 *   the same form as its `skill.alt` section (English: every page loads `labels.en.txt`, and
 *   ESCO's English alternative labels would add about 100 KB of gzip to it). Loaded on demand,
 *   when a typed skill finds too few (`loadLabels` with `otherNames`). Optional: an index
 *   built before it, or with no such names, lists none.
 * - `titles.<lang>.tsv`: every job title of one language, one line per occupation,
 *   `CODE<TAB>title<TAB>title...`. A page loads only its own language.
 * - `programs.txt`: the catalogue, one column after another, after its dictionaries: the
 *   institutions (`#providers`: one line each, `name`, or `name<TAB>French name` when the
 *   catalogue gives a French name that differs, or `name<TAB>` when it gives the same one,
 *   as `Collège Boréal` is in both languages) and the URL templates.
 * - `quotes.<code>.txt`: the program's own words that show its evidence for one occupation
 *   (quoted in the reasons), one line per program, with the occupation's skills its whole
 *   text names (never listed as missing from it). Loaded when that occupation's
 *   recommendations are shown, not before the first ones: about 2 KB instead of the whole
 *   catalogue's quotes in `programs.txt`. Each file's hash is in `programs.txt`.
 * - `requirements.<lang>.<broad>.txt`: what the official profile of each occupation of one broad
 *   NOC category says it takes to work in it (OaSIS employment requirements, English only),
 *   loaded on demand (`loadRequirements`): a tenth of them, not all, for one occupation.
 * - `programs.<code>.txt` and `catalogue.txt`: one occupation's slice of the catalogue (its
 *   programs with evidence, rows of `programs.txt`), and what every slice shares (see
 *   `encode-slices.ts`): a page's first recommendations need these, not the whole catalogue.
 *
 * The `.txt` files are "sections" (see `sections.ts`): a header line `#name count`, then
 * one value per line. Plain lines are processed in idle-time chunks without one long
 * `JSON.parse`, and a column of similar values compresses far better than JSON objects.
 * `encode.ts` writes this format from the in-memory shapes below, `decode.ts` reads it.
 */
import * as v from 'valibot';

/** Version of the index file format this library reads and writes; the loader refuses any other. */
export const SCHEMA_VERSION = 9;

/** The two languages of every label, title and sentence. */
export type Lang = 'en' | 'fr';
/** The languages an index holds labels and titles in, English first. */
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** A text in English and French. */
export interface Localized {
  en: string;
  /**
   * Empty string when the source has no French text (display falls back to `en`), or
   * when the page has not loaded the French labels.
   */
  fr: string;
}

/** One official data source of the index, with what its licence asks a page to credit. */
export interface SourceInfo {
  /** Stable id: `noc`, `oasis`, `cops`, `wages`, `onet`, `esco`, `crosswalk`, `programs`, `sample`. */
  id: string;
  name: Localized;
  /** Release or reference period as published, e.g. `2024-2033`, `2023 v1.0`. */
  vintage: string;
  licence: string;
  attribution: Localized;
  /** Where an institution downloads the official release. */
  url: string;
}

/** Job Bank economic region: `ER00` Canada, `ER35` Ontario, `ER3510`..`ER3595` Ontario regions. */
export interface Region {
  code: string;
  name: Localized;
}

/** What a vocabulary entry is: an OaSIS skill or knowledge area, or a specific ESCO skill (`detail`). */
export type SkillKind = 'skill' | 'knowledge' | 'detail';

/** A skill of the vocabulary (OaSIS or ESCO), with its kind and labels. */
export interface Skill {
  /** Stable id: `oasis:<descriptor code>` or `esco:<slug of the English label>`, or `sample:<slug>`. */
  id: string;
  kind: SkillKind;
  label: Localized;
  /**
   * Other names of the skill per loaded language (`labels.<lang>.txt`, or `names.<lang>.txt`
   * once loaded): ESCO's alternative labels and a few Canadian French terms. For matching what
   * a person types; the skill search says which one matched when its label did not.
   */
  alt?: Partial<Record<Lang, string[]>>;
}

/** The five COPS 2024-2033 future (and 2021-2023 recent) labour-market conditions. */
export type Condition = 'strong-shortage' | 'moderate-shortage' | 'balance' | 'moderate-surplus' | 'strong-surplus';

/** `[region code, low, median, high, year]`, hourly CAD; any figure may be null. */
export type WageRow = [string, number | null, number | null, number | null, number];

/**
 * An occupation's labour-market figures as the index stores them (COPS outlook and projections,
 * employment, wages by region); `describeLabourMarket` words them.
 */
export interface LabourMarket {
  /** COPS future conditions over `period`; null when COPS gives no rating. */
  future: Condition | null;
  /** COPS recent conditions, 2021-2023; null when not rated. */
  recent: Condition | null;
  /** COPS projection period, e.g. `2024-2033`. */
  period: string;
  /** Employment in the base year (`employmentYear`). */
  employment: number | null;
  employmentYear: number;
  /** Projected job openings over `period` (expansion + replacement). */
  openings: number | null;
  /** Projected job seekers over `period`. */
  seekers: number | null;
  /** Projected employment growth over `period`, in jobs. */
  growth: number | null;
  /** Projected retirements over `period`. */
  retirements: number | null;
  /** Source id of the outlook figures (see `IndexManifest.sources`). */
  outlookSource: string;
  wages: WageRow[];
  /** Source id of the wages. */
  wageSource: string;
}

/**
 * Part of what an occupation's official profile says it takes to work in it: sentences
 * ("Registration with a regulatory body is required in all provinces and territories.")
 * and whom they hold for. An occupation's OaSIS profiles (registered nurses: general duty,
 * psychiatric, clinical…) can state different ones: `only` names the profiles a group holds
 * for, `except` those it does not; neither, the whole occupation.
 */
export interface RequirementGroup {
  only?: string[];
  except?: string[];
  items: string[];
}

/** A NOC 2021 unit group: title, TEER, summary, skill profile and labour-market figures. */
export interface Occupation {
  /** NOC 2021 unit group, 5 characters with leading zeros. */
  code: string;
  title: Localized;
  /** Training, Education, Experience and Responsibilities category, 0-5. */
  teer: number;
  /** NOC broad occupational category, 0-9. */
  broad: number;
  /** Lead statement: what people in the occupation do. Empty in a language until `loadSummaries` (a page never needs it). */
  summary: Localized;
  /** `[skill index into IndexManifest.skills, weight in (0, 1]]`, heaviest first. */
  skills: Array<[number, number]>;
  /**
   * More of the occupation's specific (ESCO) skills, past those in `skills`, that the index
   * holds for other occupations: what a career move from this one already gives (a welder's
   * "welding techniques", first for welding supervisors). Same form; never ranked on. Absent
   * when there are none, and in an index built before it was added.
   */
  moreSkills?: Array<[number, number]>;
  /**
   * `[occupation index, likeness in (0, 1]]`: occupations whose lead statements resemble
   * this one's (see `alikeOccupations` in the builder), by index. Absent in an index built
   * before it was added: related occupations then rank by skills alone.
   */
  alike?: Array<[number, number]>;
  lmi: LabourMarket | null;
}

/**
 * A file of the index as `index.json` names it: its path, line count, size and SHA-256 (the last
 * two checked when it is loaded).
 */
export interface FileRef {
  /** Relative to `index.json`. */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Lines (titles files: occupations; programs file: programs). */
  count: number;
}

/** The files an index is made of besides `index.json`, by language where they have one. */
export interface IndexFiles {
  labels: Record<Lang, FileRef>;
  /** The occupations' lead statements, which no element shows: loaded on demand (`loadSummaries`). */
  summaries: Record<Lang, FileRef>;
  /**
   * What each occupation's official profile says it takes to work in it, in the languages
   * a source publishes it in (OaSIS: English only), one file per broad NOC category (`"0"`
   * to `"9"`, its occupations in index order); loaded on demand (`loadRequirements`).
   * Absent from an index built before it was added.
   */
  requirements?: Partial<Record<Lang, Record<string, FileRef>>>;
  titles: Record<Lang, FileRef>;
  programs: FileRef;
  catalogue: FileRef;
  /**
   * The skills' other names of a language written apart from its labels (`names.<lang>.txt`:
   * English), one value per skill as in `skill.alt`; loaded on demand (`loadLabels`). Absent
   * from an index built before it was added, or with no such names.
   */
  otherNames?: Partial<Record<Lang, FileRef>>;
}

/** What `index.json` and the in-memory manifest share. */
interface IndexHeader {
  schemaVersion: number;
  normalizerVersion: number;
  /** `YYYY-MM-DD`; from SOURCE_DATE_EPOCH when set, so rebuilds are byte-identical. */
  builtAt: string;
  /** True when built from the repository's hand-written sample data. */
  sample: boolean;
  sources: SourceInfo[];
  regions: Region[];
  files: IndexFiles;
}

/** The index in memory: `index.json` with the labels of the loaded languages merged in. */
export interface IndexManifest extends IndexHeader {
  skills: Skill[];
  occupations: Occupation[];
}

/**
 * An occupation as `index.json` stores it: no labels (they are in `labels.<lang>.txt`),
 * the skill profile grouped by weight.
 */
export interface OccupationRecord {
  code: string;
  teer: number;
  broad: number;
  /**
   * `[weight in hundredths, skill index, delta, delta...]` per weight, heaviest first;
   * within a group the skill indices ascend and each after the first is the difference
   * to the one before (small numbers compress well).
   */
  skills: number[][];
  /** `Occupation.moreSkills`, grouped as `skills` is. */
  moreSkills?: number[][];
  /**
   * `[delta, likeness in hundredths, delta, hundredths...]`: the `alike` occupations of a
   * higher index only (the relation is symmetric, so each pair is stored once), the first
   * delta from this occupation's own index, each next from the one before.
   */
  alike?: number[];
  lmi: LabourMarketRecord | null;
}

/**
 * `LabourMarket` as `index.json` stores it, by position (field names repeated for 516
 * occupations cost more than the figures): `[future, recent, period, employment,
 * employmentYear, openings, seekers, growth, retirements, outlookSource, wageSource, wages]`.
 */
export type LabourMarketRecord = [
  future: Condition | null,
  recent: Condition | null,
  period: string,
  employment: number | null,
  employmentYear: number,
  openings: number | null,
  seekers: number | null,
  growth: number | null,
  retirements: number | null,
  outlookSource: string,
  wageSource: string,
  wages: WageRow[],
];

/** `index.json` as stored. */
export interface IndexFile extends IndexHeader {
  skills: {
    /**
     * Skill ids in index order. An id that ends in `:` is completed with `labelSlug` of the
     * English label (`esco:` + "3D modelling" = `esco:3d-modelling`).
     */
    ids: string[];
    /** One letter per skill: `s` skill, `k` knowledge, `d` detail. */
    kinds: string;
  };
  occupations: OccupationRecord[];
}

/** How a program is delivered. */
export type Delivery = 'online' | 'in-person' | 'hybrid';
/** Language of instruction. */
export type ProgramLanguage = 'en' | 'fr' | 'bilingual' | 'other';
/** The part of a program's own text that evidence was found in. */
export type EvidenceField = 'title' | 'tag' | 'outcome' | 'module' | 'description';

/** One term of the occupation as the program writes it, with the program's words that show it. */
export interface EvidenceItem {
  /** The skill or subject as the program's text writes it ("CNC lathe", "vital signs"). */
  label: string;
  /**
   * The segment of the program's text that holds it, at most ~120 characters. Absent until
   * the occupation's `quotes.<code>.txt` is loaded (`loadQuotes`).
   */
  quote?: string;
  field: EvidenceField;
  /**
   * A phrase many occupations share ("health care", "oil and gas") rather than one of this
   * occupation's skills: a reason names it as a topic of the work, never as a skill taught.
   */
  shared?: boolean;
}

/**
 * Evidence, worked out by the builder from the program's whole text, that it teaches a
 * core skill of one occupation. `strong`: the program's title or skill tags name it;
 * `moderate`: its outcomes or modules name two or more of the occupation's core terms.
 */
export interface ProgramEvidence {
  /** NOC code of the occupation. */
  occupation: string;
  /** Relevance in (0, 1]. */
  score: number;
  strength: 'strong' | 'moderate';
  /** Strongest first; at least one. */
  items: EvidenceItem[];
  /**
   * The occupation's skills (by number) that the program's whole text names beyond its own
   * `skills`, every word of their subject: said to be covered, never missing. Like the
   * quotes, in `quotes.<code>.txt`: absent until that file is loaded, then a list (often
   * empty).
   */
  named?: number[];
  /**
   * Skills its text names only in part (words carrying half their weight, not all): never
   * said to be missing, nor covered. Absent when none, or before the quotes load.
   */
  partlyNamed?: number[];
}

/** A program of the catalogue (a course or credential), with the evidence the builder found in its own text. */
export interface Program {
  id: string;
  title: Localized;
  /**
   * The institution, by the name its catalogue gives it (`provider`): what identifies it to
   * the filters, a page's `provider`, inquiry routing and the server. `providerLabel` gives
   * the name a page shows.
   */
  provider: string;
  /**
   * The institution's French name, when its catalogue gives one (`provider_fr`): the same as
   * `provider` when its name is the same in both languages. Absent: French pages show
   * `provider`, marked as English.
   */
  providerFr?: string;
  /** Always https; the builder drops anything else with a warning. Null when none. */
  url: string | null;
  /** At most ~240 characters; plain text, never HTML. */
  description: Localized;
  /** Indices into `IndexManifest.skills`. */
  skills: number[];
  /** How `skills` were obtained: from the catalogue's tags, or inferred from its text. */
  tagging: 'tags' | 'text' | 'none';
  hours: number | null;
  costCad: number | null;
  delivery: Delivery | null;
  language: ProgramLanguage | null;
  /** Region code (see `Region`), or null when offered everywhere. */
  region: string | null;
  osapEligible: boolean | null;
  credential: string | null;
  /** Series number shared by parts of one series from one provider; 0 or absent: none. */
  series?: number;
  /** The occupations this program has evidence for (absent: none). */
  evidence?: ProgramEvidence[];
}

export const LABEL_SECTIONS = ['occupation.title', 'skill.label', 'skill.alt'] as const;

// ---- validation (valibot) -------------------------------------------------------
// What the job titles need of `index.json`: its header and each occupation's code and
// categories. The skill profiles, likeness and labour market of the occupations are checked
// by `decode-occupations.ts`, which only a whole index's loader carries.

export const NOC_CODE = v.pipe(v.string(), v.regex(/^\d{5}$/));
export const LocalizedSchema = v.object({ en: v.string(), fr: v.string() });

export const FileRefSchema = v.object({
  path: v.pipe(v.string(), v.regex(/^[\w.-]+$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** An occupation's code and categories: all the job titles read of it. */
export const OccupationHeadSchema = v.object({
  code: NOC_CODE,
  teer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5)),
  broad: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
});

const FileRefsSchema = v.object({
  labels: v.object({ en: FileRefSchema, fr: FileRefSchema }),
  summaries: v.object({ en: FileRefSchema, fr: FileRefSchema }),
  requirements: v.optional(
    v.object({
      en: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d$/)), FileRefSchema)),
      fr: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d$/)), FileRefSchema)),
    }),
  ),
  titles: v.object({ en: FileRefSchema, fr: FileRefSchema }),
  programs: FileRefSchema,
  catalogue: FileRefSchema,
  otherNames: v.optional(v.object({ en: v.optional(FileRefSchema), fr: v.optional(FileRefSchema) })),
});

/** `index.json` but its occupations. */
export const IndexHeadSchema = v.object({
  schemaVersion: v.number(),
  normalizerVersion: v.number(),
  builtAt: v.string(),
  sample: v.boolean(),
  sources: v.array(
    v.object({
      id: v.string(),
      name: LocalizedSchema,
      vintage: v.string(),
      licence: v.string(),
      attribution: LocalizedSchema,
      url: v.string(),
    }),
  ),
  regions: v.array(v.object({ code: v.string(), name: LocalizedSchema })),
  skills: v.object({
    ids: v.array(v.pipe(v.string(), v.minLength(1))),
    kinds: v.pipe(v.string(), v.regex(/^[skd]*$/)),
  }),
  files: FileRefsSchema,
});

/** Label in `lang`, falling back to English when the source has no French. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}

/**
 * A program's institution as a label in both languages (`localize`, `localizeMarked`):
 * `provider`, and `providerFr` or nothing. Never a key: institutions are told apart by
 * `provider` alone.
 */
export function providerLabel(program: Pick<Program, 'provider' | 'providerFr'>): Localized {
  return { en: program.provider, fr: program.providerFr ?? '' };
}

/**
 * `localize` with the language of what it returns when that is not `lang`: `{ lang: 'en' }`
 * when a French page falls back to the English, so the caller marks it `lang="en"` (a screen
 * reader then reads it with an English voice); else `lang: null`.
 */
export function localizeMarked(text: Localized, lang: Lang): { value: string; lang: 'en' | null } {
  if (lang !== 'en' && !text[lang] && text.en) return { value: text.en, lang: 'en' };
  return { value: localize(text, lang), lang: null };
}
