/**
 * Reads `programs.txt` back into programs, checking every value and cross-reference
 * (see `decode.ts` for the manifest and labels). Apart from them because only a whole index
 * needs it: a page with only a job search loads the manifest, labels and titles, never this.
 */
import * as v from 'valibot';
import { IndexFormatError } from './errors.js';
import { LocalizedSchema, type IndexManifest, type EvidenceField, type Program, type ProgramEvidence } from './schema.js';
import { EVIDENCE_FIELD_CODES, PROGRAM_COLUMNS, QUOTE_HASH_HEX } from './layout.js';
import { readSectionsSteps, type ReadSection } from './sections.js';
import { stepDone, type Steps } from '../schedule/index.js';
import { completeId } from './decode.js';

/**
 * A program's checked fields. Here, not in `schema.ts`, so that only a whole index's
 * loader carries it (and the valibot checks only it uses): a job search's page never does.
 */
export const ProgramSchema = v.object({
  id: v.string(),
  title: LocalizedSchema,
  provider: v.string(),
  providerFr: v.optional(v.string()),
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

/** Programs checked per step. */
const PROGRAMS_PER_STEP = 32;

/** What `programs.txt` holds: the programs, and the hash of each occupation's quote file. */
export interface DecodedPrograms {
  programs: Program[];
  /** Occupation code -> the first QUOTE_HASH_HEX hex digits of the SHA-256 of `quotes.<code>.txt`. */
  quoteFiles: Map<string, string>;
}

/** Reads `programs.txt`: every program checked against the schema and the skill list. */
export function* programSteps(text: string, manifest: IndexManifest, file: string): Steps<DecodedPrograms> {
  const count = manifest.files.programs.count;
  const sections = yield* readSectionsSteps(text, file, [
    ['providers', null],
    ['url-templates', null],
    ['evidence-labels', null],
    ['quote-files', manifest.occupations.length],
    ...PROGRAM_COLUMNS.map((name) => [name, count] as const),
  ]);
  const quoteFiles = quoteFilesOf(sections.get('quote-files')!, manifest, file);
  const programs = yield* programRowSteps(
    { file, sections, manifest, providers: providersOf(sections.get('providers')!, file), templates: urlTemplatesOf(sections.get('url-templates')!, file) },
    count,
  );
  return { programs, quoteFiles };
}

/** An institution of the `providers` dictionary: its name (`Program.provider`), and its French name when it has one. */
export interface ProviderEntry {
  name: string;
  fr?: string;
}

/** The `providers` dictionary: `name`, `name<TAB>French name`, or `name<TAB>` for a French name the same as the name. */
export function providersOf(section: ReadSection, file: string): ProviderEntry[] {
  return section.values.map((line, i) => {
    const [name = '', fr, extra] = line.split('\t');
    if (extra !== undefined || (fr !== undefined && name === '')) {
      throw new IndexFormatError(file, 'schema', 'expected "name", "name<TAB>French name" or "name<TAB>"', { line: section.firstLine + i, path: 'providers' });
    }
    return fr === undefined ? { name } : { name, fr: fr || name };
  });
}

/** Where program rows are read from: the columns and `evidence-labels` of `sections`, with the catalogue's dictionaries. */
export interface RowSource {
  file: string;
  sections: ReadonlyMap<string, ReadSection>;
  manifest: IndexManifest;
  providers: readonly ProviderEntry[];
  templates: ReadonlyArray<readonly [string, string]>;
}

/** The first `count` program rows, each checked against the schema, then by `check` (which throws). */
export function* programRowSteps(source: RowSource, count: number, check?: (program: Program, i: number) => void): Steps<Program[]> {
  const { file, sections, manifest } = source;
  const rows: ProgramRows = {
    file,
    col: (name) => sections.get(name)!,
    providers: source.providers,
    templates: source.templates,
    evidenceLabels: sections.get('evidence-labels')!.values,
    codes: new Set(manifest.occupations.map((o) => o.code)),
    skillCount: manifest.skills.length,
  };
  const ids = new Set<string>();
  const programs: Program[] = [];
  for (let i = 0; i < count; i++) {
    if (stepDone(i, PROGRAMS_PER_STEP)) yield;
    const program = programAt(rows, i, ids);
    check?.(program, i);
    programs.push(program);
  }
  return programs;
}

type ProgramColumn = (typeof PROGRAM_COLUMNS)[number];

/** The sections of `programs.txt` (or of a slice) a program row is read from. */
interface ProgramRows {
  file: string;
  col: (name: ProgramColumn) => ReadSection;
  providers: readonly ProviderEntry[];
  templates: ReadonlyArray<readonly [idPrefix: string, urlPrefix: string]>;
  evidenceLabels: readonly string[];
  codes: ReadonlySet<string>;
  skillCount: number;
}

/** Occupation code -> the hash of its quote file, for the occupations that have one. */
function quoteFilesOf(hashes: ReadSection, manifest: IndexManifest, file: string): Map<string, string> {
  const quoteFiles = new Map<string, string>();
  const hex = new RegExp(`^[0-9a-f]{${QUOTE_HASH_HEX}}$`);
  hashes.values.forEach((hash, k) => {
    if (hash === '') return;
    if (!hex.test(hash)) {
      throw new IndexFormatError(file, 'schema', `expected ${QUOTE_HASH_HEX} hexadecimal digits or nothing`, {
        line: hashes.firstLine + k,
        path: 'quote-files',
      });
    }
    quoteFiles.set(manifest.occupations[k]!.code, hash);
  });
  return quoteFiles;
}

export function urlTemplatesOf(section: ReadSection, file: string): Array<readonly [string, string]> {
  return section.values.map((line, i) => {
    const [idPrefix, urlPrefix, extra] = line.split('\t');
    if (urlPrefix === undefined || extra !== undefined || !urlPrefix.startsWith('https://')) {
      throw new IndexFormatError(file, 'schema', 'expected "id prefix<TAB>https:// URL prefix"', {
        line: section.firstLine + i,
      });
    }
    return [idPrefix!, urlPrefix] as const;
  });
}

/** Program `i`, checked against the schema; `ids` are those seen before it. */
function programAt({ file, col, providers, templates, evidenceLabels, codes, skillCount }: ProgramRows, i: number, ids: Set<string>): Program {
  const fail = (name: ProgramColumn, i: number, reason: string): never => {
    throw new IndexFormatError(file, 'schema', reason, { line: col(name).firstLine + i, path: name });
  };
  const id = completeId(col('id').values[i]!, col('title.en').values[i]!);
  if (ids.has(id)) fail('id', i, `program id "${id}" appears twice`);
  ids.add(id);
  const provider = providers[Number(col('provider').values[i])];
  if (!/^\d+$/.test(col('provider').values[i]!) || provider === undefined) fail('provider', i, 'is not a provider number');
  const program: Program = {
    id,
    title: { en: col('title.en').values[i]!, fr: col('title.fr').values[i]! },
    provider: provider!.name,
    ...(provider!.fr === undefined ? {} : { providerFr: provider!.fr }),
    url: programUrl(id, col('url').values[i]!, templates, () => fail('url', i, 'refers to no URL template')),
    description: { en: col('description.en').values[i]!, fr: col('description.fr').values[i]! },
    skills: indices(col('skills').values[i]!, skillCount, (reason) => fail('skills', i, reason)),
    tagging: col('tagging').values[i] as Program['tagging'],
    hours: optionalNumber(col('hours').values[i]!, () => fail('hours', i, 'is not a number')),
    costCad: optionalNumber(col('cost').values[i]!, () => fail('cost', i, 'is not a number')),
    delivery: optional(col('delivery').values[i]!) as Program['delivery'],
    language: optional(col('language').values[i]!) as Program['language'],
    region: optional(col('region').values[i]!),
    osapEligible: yesNo(col('osap').values[i]!, () => fail('osap', i, 'is not "yes", "no" or empty')),
    credential: optional(col('credential').values[i]!),
  };
  const series = col('series').values[i]!;
  if (series !== '') {
    if (!/^\d+$/.test(series)) fail('series', i, 'is not a series number');
    program.series = Number(series);
  }
  const evidence = col('evidence').values[i]!;
  if (evidence !== '') {
    program.evidence = evidenceOf(evidence, codes, evidenceLabels, (reason) => fail('evidence', i, reason));
  }
  const check = v.safeParse(ProgramSchema, program);
  if (!check.success) {
    const path = v.getDotPath(check.issues[0]) ?? 'id';
    const column = COLUMN_OF[path.split('.')[0]!] ?? 'id';
    fail(column, i, check.issues[0].message);
  }
  return program;
}

const FIELD_OF = new Map(Object.entries(EVIDENCE_FIELD_CODES).map(([field, code]) => [code as string, field as EvidenceField]));

/** `code:score:s|m:label.field,...` entries, space-separated; `label.field*`: a shared phrase. */
function evidenceOf(value: string, codes: ReadonlySet<string>, labels: readonly string[], fail: (reason: string) => never): ProgramEvidence[] {
  return value.split(' ').map((entry) => {
    const [occupation = '', score = '', strength = '', items = '', extra] = entry.split(':');
    if (extra !== undefined || !codes.has(occupation)) fail(`"${entry.slice(0, 40)}" does not start with a known occupation code`);
    if (!/^\d{1,3}$/.test(score) || Number(score) > 100) fail(`"${score}" is not a score in hundredths`);
    if (strength !== 's' && strength !== 'm') fail(`"${strength}" is not a strength (s or m)`);
    const parsed = items.split(',').map((item) => {
      const [l = '', f = '', extraPart] = item.split('.');
      const label = /^\d+$/.test(l) ? labels[Number(l)] : undefined;
      const shared = f.endsWith('*');
      const field = FIELD_OF.get(shared ? f.slice(0, -1) : f);
      if (label === undefined || field === undefined || extraPart !== undefined) fail(`"${item.slice(0, 40)}" refers to no evidence label or field`);
      return shared ? { label: label!, field: field!, shared } : { label: label!, field: field! };
    });
    return { occupation, score: Number(score) / 100, strength: strength === 's' ? 'strong' : 'moderate', items: parsed };
  });
}

/** Program field -> the column that stores it (for error lines). */
const COLUMN_OF: Record<string, (typeof PROGRAM_COLUMNS)[number]> = {
  id: 'id',
  title: 'title.en',
  provider: 'provider',
  url: 'url',
  description: 'description.en',
  skills: 'skills',
  tagging: 'tagging',
  hours: 'hours',
  costCad: 'cost',
  delivery: 'delivery',
  language: 'language',
  region: 'region',
  osapEligible: 'osap',
  credential: 'credential',
  series: 'series',
  evidence: 'evidence',
};

function programUrl(id: string, value: string, templates: ReadonlyArray<readonly [string, string]>, fail: () => never): string | null {
  if (value === '') return null;
  if (!value.startsWith('=')) return value;
  const template = templates[Number(value.slice(1))];
  if (!/^=\d+$/.test(value) || !template || !id.startsWith(template[0])) fail();
  return template![1] + id.slice(template![0].length);
}

function indices(value: string, count: number, fail: (reason: string) => never): number[] {
  if (value === '') return [];
  return value.split(' ').map((part) => {
    const n = Number(part);
    if (!/^\d+$/.test(part)) fail(`"${part.slice(0, 20)}" is not a skill index`);
    if (n >= count) fail(`skill index ${n} is past the ${count} skills`);
    return n;
  });
}

function optionalNumber(value: string, fail: () => never): number | null {
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : fail();
}

function optional(value: string): string | null {
  return value === '' ? null : value;
}

function yesNo(value: string, fail: () => never): boolean | null {
  if (value === '') return null;
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return fail();
}
