/**
 * Program catalogue reader: the canonical CSV and JSON formats (see
 * docs/program-catalogue.md). Every field is validated; a bad value is a warning naming
 * file, line and field, and the value is left empty rather than guessed. No Node APIs: the
 * CLI reads the file from disk, the catalogue review page from the person's own disk.
 */
import { PROGRAM_ID, type Delivery, type Program, type ProgramLanguage } from '../index-format/index.js';
import { safeHttpsUrl } from '../text/index.js';
import { decodeCatalogue, parseCatalogueSteps } from './catalogue-csv.js';
import { Columns, field, type CsvTable } from './csv.js';
import { BuildError, ITEM_FIELD, ROW_FIELD, type Diagnostics } from './diagnostics.js';
import { aKind, kindOf, type CatalogueProblem, type JsonKind } from './problems.js';
import { REGION_CODES } from './regions.js';
import { checkRequiredColumns } from './required-columns.js';
import { shareProviderNames } from './provider-names.js';
import { runSteps, stepDone, type Steps } from '../schedule/index.js';
import { clip, plain } from './text.js';

/** A catalogue entry before skill tagging. */
export type RawProgram = Omit<Program, 'skills' | 'tagging'> & {
  line: number;
  /** Skill tags as the catalogue writes them. */
  tags: string[];
  /** Broader catalogue tags (a subject area), used only when nothing else maps. */
  fallbackTags?: string[];
  /** Text read for tagging but not shipped in the index (keeps the download small). */
  taggingText?: string;
  /** Learning outcomes ("what you will learn"), one per entry; read for evidence, not shipped whole. */
  outcomes?: string[];
  /** Module or unit titles, one per entry; read for evidence, not shipped whole. */
  modules?: string[];
  /**
   * Skill ids a person confirmed in the catalogue review (`reviewed_skills`): when set,
   * the builder uses them instead of tagging the program; empty when the review found
   * that no skill applies.
   */
  reviewed?: string[];
  /**
   * NOC codes of the occupations its institution says it does not train for
   * (`not_for_occupations`): the builder never recommends it for them.
   */
  notFor?: string[];
};

/** The columns of the canonical catalogue CSV, in order (see docs/program-catalogue.md). */
export const CANONICAL_COLUMNS = [
  'id',
  'title_en',
  'title_fr',
  'provider',
  'provider_fr',
  'url',
  'description_en',
  'description_fr',
  'skills',
  'hours',
  'cost_cad',
  'delivery',
  'language',
  'region',
  'osap_eligible',
  'credential',
] as const;

/**
 * The optional column the catalogue review writes: the skill ids a person confirmed,
 * separated by `;`, or `none` when no skill applies. Empty = not reviewed.
 */
export const REVIEWED_COLUMN = 'reviewed_skills';
/** What `reviewed_skills` says when the review found that no skill applies. */
export const REVIEWED_NONE = 'none';
/**
 * The optional column of the occupations a program does not train for, whatever its words
 * share with them: NOC 2021 codes separated by `;`, written by the catalogue review. Text
 * mining is not mining engineering.
 */
export const NOT_FOR_COLUMN = 'not_for_occupations';

type Key = (typeof CANONICAL_COLUMNS)[number] | typeof REVIEWED_COLUMN | typeof NOT_FOR_COLUMN;
/** A warning about a field of the record being read: its English reason and its code. */
type Warn = (field: string, reason: string, problem: CatalogueProblem) => void;
type Record_ = Partial<Record<Key, unknown>>;

/** A NOC 2021 unit group code. */
const NOC_CODE = /^\d{5}$/;

/** A skill id as the index writes them: `oasis:F01b02`, `esco:use-spreadsheets-software`. */
const SKILL_ID = /^[a-z]+:[^\s;]{1,100}$/u;

// Maps, not object literals: "constructor" or "__proto__" in a file must not find
// Object.prototype's members.
const DELIVERY = new Map<string, Delivery>([
  ['online', 'online'],
  ['in-person', 'in-person'],
  ['in person', 'in-person'],
  ['inperson', 'in-person'],
  ['hybrid', 'hybrid'],
]);
const LANGUAGE = new Map<string, ProgramLanguage>([
  ['en', 'en'],
  ['english', 'en'],
  ['fr', 'fr'],
  ['french', 'fr'],
  ['français', 'fr'],
  ['bilingual', 'bilingual'],
  ['other', 'other'],
]);
const YES = new Set(['yes', 'y', 'true', '1', 'oui']);
const NO = new Set(['no', 'n', 'false', '0', 'non']);

/** Longest title, provider name and credential kept (docs/program-catalogue.md); the rest is cut. */
export const MAX_NAME = 200;
/** Largest plausible values: a whole degree is about 3,600 hours. */
const MAX_AMOUNT = { hours: 10_000, cost_cad: 1_000_000 } as const;

/** Reads the fields of one record, each with the warning its problem calls for. */
class RecordReader {
  constructor(
    private readonly rec: Record_,
    readonly warn: Warn,
  ) {}

  /** The field as text; JSON numbers are accepted only where `numbers` says so. */
  text(key: Key, numbers = false): string {
    const value = this.rec[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    if (numbers && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
    const found = kindOf(value);
    this.warn(key, `expected text, found ${aKind(found)}; left empty`, { code: 'not-text', params: { found } });
    return '';
  }

  /** Warns about every field holding bytes that were not UTF-8. */
  checkEncoding(): void {
    for (const key of CANONICAL_COLUMNS) {
      const value = this.rec[key];
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'string' && v.includes('\ufffd'))) {
        this.warn(key, 'holds bytes that are not UTF-8 (shown as \ufffd); re-save the file as UTF-8', { code: 'not-utf8', params: {} });
      }
    }
  }

  name(key: 'title_en' | 'title_fr' | 'provider' | 'provider_fr' | 'credential'): string {
    const value = plain(this.text(key));
    if (value.length <= MAX_NAME) return value;
    this.warn(key, `${value.length} characters; cut to ${MAX_NAME}`, { code: 'too-long', params: { length: value.length, max: MAX_NAME } });
    return clip(value, MAX_NAME);
  }

  /** The id, or null (with a warning) when missing, malformed or `seen` before. */
  id(seen: ReadonlySet<string>): string | null {
    const id = this.text('id');
    if (!PROGRAM_ID.test(id)) {
      if (id === '') this.warn('id', 'missing id; row skipped', { code: 'id-missing', params: {} });
      else this.warn('id', `"${id}" is not a valid id (letters, digits, . _ : -); row skipped`, { code: 'id-invalid', params: { value: id } });
      return null;
    }
    if (seen.has(id)) {
      this.warn('id', `duplicate id "${id}"; row skipped`, { code: 'id-duplicate', params: { value: id } });
      return null;
    }
    return id;
  }

  url(): string | null {
    const rawUrl = this.text('url');
    const url = safeHttpsUrl(rawUrl);
    if (rawUrl !== '' && url === null) {
      const value = rawUrl.slice(0, 80);
      this.warn('url', `"${value}" is not an https link; left empty`, { code: 'url-not-https', params: { value } });
    }
    return url;
  }

  amount(key: 'hours' | 'cost_cad'): number | null {
    const written = this.text(key, true);
    const raw = written.replace(/^\$/, '').replace(/,/g, '');
    if (raw === '') return null;
    const value = Number(raw);
    const shown = written.slice(0, 80);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value)) {
      this.warn(key, `"${shown}" is not a non-negative number; left empty`, { code: 'not-a-number', params: { value: shown } });
      return null;
    }
    const max = MAX_AMOUNT[key];
    if (value > max) {
      this.warn(key, `"${shown}" is more than ${max.toLocaleString('en-CA')}; left empty`, { code: 'too-large', params: { value: shown, max } });
      return null;
    }
    return value;
  }

  pick<T>(key: Key, table: ReadonlyMap<string, T>): T | null {
    const written = this.text(key);
    if (written === '') return null;
    const value = table.get(written.toLowerCase());
    if (value === undefined) {
      const shown = written.slice(0, 80);
      const allowed = [...new Set(table.values())].map(String);
      this.warn(key, `"${shown}" is not one of ${allowed.join(', ')}; left empty`, { code: 'not-allowed', params: { value: shown, allowed } });
    }
    return value ?? null;
  }

  region(): string | null {
    const regionText = this.text('region');
    const region = regionText.toUpperCase() || null;
    if (region === null || REGION_CODES.has(region)) return region;
    const value = regionText.slice(0, 80);
    this.warn('region', `"${value}" is not a known region code (ER00, ER35, ER3510-ER3595); left empty`, { code: 'region-unknown', params: { value } });
    return null;
  }

  osapEligible(): boolean | null {
    const osapWritten = this.text('osap_eligible', true);
    const osapText = osapWritten.toLowerCase();
    if (YES.has(osapText)) return true;
    if (NO.has(osapText)) return false;
    if (osapText !== '') {
      const value = osapWritten.slice(0, 80);
      this.warn('osap_eligible', `"${value}" is not yes or no; left empty`, { code: 'not-yes-no', params: { value } });
    }
    return null;
  }

  /** The skill tags: a JSON list, or text separated by ";". */
  tags(): string[] {
    const skillsValue = this.rec.skills;
    let written: string[];
    if (Array.isArray(skillsValue)) {
      written = skillsValue.filter((t): t is string => typeof t === 'string');
      const others = skillsValue.filter((t) => typeof t !== 'string');
      if (others.length > 0) {
        const count = others.length;
        const found = kindOf(others[0]);
        this.warn('skills', `${count} tag${count > 1 ? 's are' : ' is'} not text (${aKind(found)}); left out`, {
          code: 'tags-not-text',
          params: { count, found },
        });
      }
    } else written = this.text('skills').split(';');
    return written.map((t) => plain(t)).filter((t) => t !== '');
  }
}

/** Validates one catalogue record; returns null (with a warning) when it cannot be used. */
export function validateProgram(rec: Record_, file: string, line: number, diag: Diagnostics, seen: Set<string>): RawProgram | null {
  const read = new RecordReader(rec, (f, reason, problem) => diag.warn(file, line, f, reason, problem));
  read.checkEncoding();
  const id = read.id(seen);
  if (id === null) return null;
  const titleEn = read.name('title_en');
  const titleFr = read.name('title_fr');
  if (titleEn === '' && titleFr === '') {
    read.warn('title_en', 'missing title; row skipped', { code: 'title-missing', params: {} });
    return null;
  }
  seen.add(id);
  const url = read.url();
  const region = read.region();
  const osapEligible = read.osapEligible();
  const tags = read.tags();
  const reviewed = reviewedSkills(rec[REVIEWED_COLUMN], read.warn);
  const notFor = notForCodes(rec[NOT_FOR_COLUMN], read.warn);
  const providerEn = read.name('provider');
  const providerFr = read.name('provider_fr');
  return {
    ...(reviewed ? { reviewed } : {}),
    ...(notFor.length > 0 ? { notFor } : {}),
    line,
    id,
    title: { en: titleEn || titleFr, fr: titleFr },
    // As a title: a French name alone is the institution's name in both languages.
    provider: providerEn || providerFr,
    ...(providerFr ? { providerFr } : {}),
    url,
    description: { en: clip(read.text('description_en')), fr: clip(read.text('description_fr')) },
    tags,
    hours: read.amount('hours'),
    costCad: read.amount('cost_cad'),
    delivery: read.pick('delivery', DELIVERY),
    language: read.pick('language', LANGUAGE),
    region,
    osapEligible,
    credential: read.name('credential') || null,
  };
}

/**
 * The entries of a list column (a JSON list, or text separated by `;`), trimmed, empty ones
 * left out; none, after `notText`, when the value is neither.
 */
function listEntries(value: unknown, notText: (found: JsonKind) => void): string[] {
  if (value === undefined || value === null) return [];
  let written: string[];
  if (Array.isArray(value)) written = value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  else if (typeof value === 'string') written = value.split(';');
  else {
    notText(kindOf(value));
    return [];
  }
  return written.map((v) => v.trim()).filter((v) => v !== '');
}

/** The `reviewed_skills` value: undefined when not reviewed; bad ids are warnings and left out. */
function reviewedSkills(value: unknown, warn: Warn): string[] | undefined {
  const ids = listEntries(value, (found) =>
    warn(REVIEWED_COLUMN, `expected skill ids separated by ";", found ${aKind(found)}; not reviewed`, { code: 'reviewed-not-text', params: { found } }),
  );
  if (ids.length === 0) return undefined;
  if (ids.length === 1 && ids[0]!.toLowerCase() === REVIEWED_NONE) return [];
  const out: string[] = [];
  for (const id of ids) {
    if (!SKILL_ID.test(id)) {
      const shown = id.slice(0, 80);
      warn(REVIEWED_COLUMN, `"${shown}" is not a skill id (like esco:use-spreadsheets-software); left out`, {
        code: 'reviewed-not-an-id',
        params: { value: shown },
      });
    } else if (!out.includes(id)) out.push(id);
  }
  // Every id bad: the warnings say so, and the program is tagged as if never reviewed.
  return out.length > 0 ? out : undefined;
}

/** The `not_for_occupations` value: NOC codes, in the order written; bad ones are warnings and left out. */
function notForCodes(value: unknown, warn: Warn): string[] {
  const codes = listEntries(value, (found) =>
    warn(NOT_FOR_COLUMN, `expected NOC codes separated by ";", found ${aKind(found)}; left empty`, { code: 'not-for-not-text', params: { found } }),
  );
  const out: string[] = [];
  for (const code of codes) {
    if (!NOC_CODE.test(code)) {
      const shown = code.slice(0, 80);
      warn(NOT_FOR_COLUMN, `"${shown}" is not a NOC 2021 code (five digits, like 21330); left out`, { code: 'not-for-not-a-code', params: { value: shown } });
    } else if (!out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * A catalogue as read: its programs, and the file's own records (the CSV table or the
 * JSON array) so that an export can write every record back as it was, with only the
 * review's column changed.
 */
export type Catalogue =
  { kind: 'csv'; file: string; programs: RawProgram[]; table: CsvTable } | { kind: 'json'; file: string; programs: RawProgram[]; items: unknown[] };

/** Records validated per step. */
const STEP = 200;

function* readCanonicalCsv(bytes: Uint8Array, file: string, diag: Diagnostics): Steps<Catalogue> {
  const table = yield* parseCatalogueSteps(decodeCatalogue(bytes, file, diag), file, diag);
  const cols = new Columns(table);
  checkRequiredColumns(cols, file);
  // An absent column reads as empty, as an absent key of a JSON record does.
  const positions = new Map<Key, number>();
  for (const key of [...CANONICAL_COLUMNS, REVIEWED_COLUMN, NOT_FOR_COLUMN] as const) {
    const at = cols.find(key);
    if (at >= 0) positions.set(key, at);
  }
  const seen = new Set<string>();
  const out: RawProgram[] = [];
  for (const [n, row] of table.rows.entries()) {
    if (stepDone(n + 1, STEP)) yield;
    if (row.fields.length !== table.header.length) {
      const fields = row.fields.length;
      const columns = table.header.length;
      diag.warn(file, row.line, ROW_FIELD, `${fields} fields, header has ${columns}; check the quoting`, { code: 'field-count', params: { fields, columns } });
    }
    const rec: Record_ = {};
    for (const [key, i] of positions) rec[key] = field(row, i);
    const program = validateProgram(rec, file, row.line, diag, seen);
    if (program) out.push(program);
  }
  shareProviderNames(out, file, diag);
  return { kind: 'csv', file, programs: out, table };
}

function* readCanonicalJson(bytes: Uint8Array, file: string, diag: Diagnostics): Steps<Catalogue> {
  let json: unknown;
  try {
    json = JSON.parse(decodeCatalogue(bytes, file, diag));
  } catch (error) {
    throw new BuildError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(json)) throw new BuildError(`${file}: expected a JSON array of program objects.`);
  const seen = new Set<string>();
  const out: RawProgram[] = [];
  for (const [i, item] of (json as unknown[]).entries()) {
    if (stepDone(i + 1, STEP)) yield;
    // For JSON the "line" is the 1-based position of the object in the array.
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      diag.warn(file, i + 1, ITEM_FIELD, 'not an object; skipped', { code: 'item-not-object', params: {} });
      continue;
    }
    const program = validateProgram(item as Record_, file, i + 1, diag, seen);
    if (program) out.push(program);
  }
  shareProviderNames(out, file, diag);
  return { kind: 'json', file, programs: out, items: json };
}

/**
 * Reads a canonical catalogue from its bytes; a `file` name ending in `.json` is the JSON
 * form, anything else CSV. `file` names the file in warnings.
 */
export function readCatalogue(bytes: Uint8Array, file: string, diag: Diagnostics): Catalogue {
  return runSteps(readCatalogueSteps(bytes, file, diag));
}

/** `readCatalogue` in steps of a few hundred records, for a page to yield between. */
export function readCatalogueSteps(bytes: Uint8Array, file: string, diag: Diagnostics): Steps<Catalogue> {
  return file.toLowerCase().endsWith('.json') ? readCanonicalJson(bytes, file, diag) : readCanonicalCsv(bytes, file, diag);
}

/** The programs of `readCatalogue`. */
export function readCatalogueBytes(bytes: Uint8Array, file: string, diag: Diagnostics): RawProgram[] {
  return readCatalogue(bytes, file, diag).programs;
}
