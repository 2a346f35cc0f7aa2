/**
 * The index file format: what the builder writes and the loader accepts.
 *
 * An index is a directory of files:
 * - `index.json` (`IndexManifest`): language-neutral facts plus the bilingual labels of
 *   occupations, skills and regions; small enough to parse in one task.
 * - `titles.<lang>.tsv`: every job title of one language, one line per occupation,
 *   `CODE<TAB>title<TAB>title...`. A page loads only its own language, and plain text
 *   lines can be processed in idle-time chunks without one long JSON.parse.
 * - `programs.ndjson`: one `Program` per line, for the same reason.
 *
 * Numbers that repeat thousands of times are positional tuples to keep the download small.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

export interface Localized {
  en: string;
  /** Empty string when the source has no French text; display falls back to `en`. */
  fr: string;
}

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

export type SkillKind = 'skill' | 'knowledge' | 'detail';

export interface Skill {
  /** Stable id: `oasis:<descriptor code>` or `esco:<slug of the English label>`, or `sample:<slug>`. */
  id: string;
  kind: SkillKind;
  label: Localized;
}

/** The five COPS 2024-2033 future (and 2021-2023 recent) labour-market conditions. */
export type Condition =
  | 'strong-shortage'
  | 'moderate-shortage'
  | 'balance'
  | 'moderate-surplus'
  | 'strong-surplus';

/** `[region code, low, median, high, year]`, hourly CAD; any figure may be null. */
export type WageRow = [string, number | null, number | null, number | null, number];

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

export interface Occupation {
  /** NOC 2021 unit group, 5 characters with leading zeros. */
  code: string;
  title: Localized;
  /** Training, Education, Experience and Responsibilities category, 0-5. */
  teer: number;
  /** NOC broad occupational category, 0-9. */
  broad: number;
  /** Lead statement: what people in the occupation do. */
  summary: Localized;
  /** `[skill index into IndexManifest.skills, weight in (0, 1]]`, heaviest first. */
  skills: Array<[number, number]>;
  lmi: LabourMarket | null;
}

export interface FileRef {
  /** Relative to `index.json`. */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Lines (titles files: occupations; programs file: programs). */
  count: number;
}

export interface IndexManifest {
  schemaVersion: number;
  normalizerVersion: number;
  /** `YYYY-MM-DD`; from SOURCE_DATE_EPOCH when set, so rebuilds are byte-identical. */
  builtAt: string;
  /** True when built from the repository's hand-written sample data. */
  sample: boolean;
  sources: SourceInfo[];
  regions: Region[];
  skills: Skill[];
  occupations: Occupation[];
  files: {
    titles: Record<Lang, FileRef>;
    programs: FileRef;
  };
}

export type Delivery = 'online' | 'in-person' | 'hybrid';
/** Language of instruction. */
export type ProgramLanguage = 'en' | 'fr' | 'bilingual' | 'other';

export interface Program {
  id: string;
  title: Localized;
  provider: string;
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
}

// ---- validation (valibot) -------------------------------------------------------

const NOC_CODE = v.pipe(v.string(), v.regex(/^\d{5}$/));
const LocalizedSchema = v.object({ en: v.string(), fr: v.string() });
const nullableNumber = v.nullable(v.number());
const ConditionSchema = v.picklist([
  'strong-shortage',
  'moderate-shortage',
  'balance',
  'moderate-surplus',
  'strong-surplus',
]);

export const FileRefSchema = v.object({
  path: v.pipe(v.string(), v.regex(/^[\w.-]+$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const LabourMarketSchema = v.object({
  future: v.nullable(ConditionSchema),
  recent: v.nullable(ConditionSchema),
  period: v.string(),
  employment: nullableNumber,
  employmentYear: v.number(),
  openings: nullableNumber,
  seekers: nullableNumber,
  growth: nullableNumber,
  retirements: nullableNumber,
  outlookSource: v.string(),
  wages: v.array(
    v.tuple([v.string(), nullableNumber, nullableNumber, nullableNumber, v.number()]),
  ),
  wageSource: v.string(),
});

export const OccupationSchema = v.object({
  code: NOC_CODE,
  title: LocalizedSchema,
  teer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5)),
  broad: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
  summary: LocalizedSchema,
  skills: v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.number()])),
  lmi: v.nullable(LabourMarketSchema),
});

export const ManifestSchema = v.object({
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
  skills: v.array(
    v.object({
      id: v.string(),
      kind: v.picklist(['skill', 'knowledge', 'detail']),
      label: LocalizedSchema,
    }),
  ),
  occupations: v.array(OccupationSchema),
  files: v.object({
    titles: v.object({ en: FileRefSchema, fr: FileRefSchema }),
    programs: FileRefSchema,
  }),
});

export const ProgramSchema = v.object({
  id: v.string(),
  title: LocalizedSchema,
  provider: v.string(),
  url: v.nullable(v.pipe(v.string(), v.startsWith('https://'))),
  description: LocalizedSchema,
  skills: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  tagging: v.picklist(['tags', 'text', 'none']),
  hours: v.nullable(v.pipe(v.number(), v.minValue(0))),
  costCad: v.nullable(v.pipe(v.number(), v.minValue(0))),
  delivery: v.nullable(v.picklist(['online', 'in-person', 'hybrid'])),
  language: v.nullable(v.picklist(['en', 'fr', 'bilingual', 'other'])),
  region: v.nullable(v.string()),
  osapEligible: v.nullable(v.boolean()),
  credential: v.nullable(v.string()),
});

/** Label in `lang`, falling back to English when the source has no French. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
