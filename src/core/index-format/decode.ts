/**
 * Reads the index file format (`schema.ts`, written by `encode.ts`) back into the
 * in-memory shapes, checking every value and cross-reference. Each step is a generator
 * that yields between small pieces of work, so the loader can spread it over idle time;
 * errors name the file, and the line or JSON path. Here is what the job titles need of
 * `index.json` and the labels (`headSteps`, `expandManifestSteps`, `labelSteps`); the
 * occupations' skill profiles, likeness and labour market, which only a whole index uses,
 * are checked and read by `decode-occupations.ts`, and the programs by `decode-programs.ts`.
 */
import * as v from 'valibot';
import { IndexFormatError, IndexVersionError } from './errors.js';
import { labelSlug, NORMALIZER_VERSION } from '../text/index.js';
import {
  IndexHeadSchema,
  LABEL_SECTIONS,
  OccupationHeadSchema,
  SCHEMA_VERSION,
  type IndexFile,
  type IndexManifest,
  type Lang,
  type Occupation,
  type OccupationRecord,
  type Skill,
  type SkillKind,
} from './schema.js';
import { readSectionsSteps } from './sections.js';
import { stepDone, type Steps } from '../schedule/index.js';

/**
 * `index.json` with what the job titles need checked: versions, header, and each
 * occupation's code (unique) and categories. `records` are its occupations as the file
 * has them, for `occupationSteps` to check the rest of when a whole index is loaded.
 */
export interface IndexHead extends Omit<IndexFile, 'occupations'> {
  occupations: Array<Pick<OccupationRecord, 'code' | 'teer' | 'broad'>>;
  records: readonly unknown[];
}

// index.json is validated member by member: occupations one at a time between yields.
const ShellSchema = v.object({ ...IndexHeadSchema.entries, occupations: v.array(v.unknown()) });
export const OCCUPATIONS_PER_STEP = 8;

/**
 * Checks `schemaVersion` and `normalizerVersion` first (an index of another version is
 * refused with `IndexVersionError` even when its shape changed), then the shape of the
 * header of `index.json` and each occupation's code and categories.
 */
export function* headSteps(json: unknown, source: string): Steps<IndexHead> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new IndexFormatError(source, 'schema', 'expected a JSON object at the top level');
  }
  const record = json as Record<string, unknown>;
  if (record.schemaVersion !== SCHEMA_VERSION) {
    throw new IndexVersionError(source, 'schemaVersion', record.schemaVersion, SCHEMA_VERSION);
  }
  if (record.normalizerVersion !== NORMALIZER_VERSION) {
    throw new IndexVersionError(source, 'normalizerVersion', record.normalizerVersion, NORMALIZER_VERSION);
  }
  const shell = validate(ShellSchema, json, source, '');
  const skillCount = shell.skills.ids.length;
  if (shell.skills.kinds.length !== skillCount) {
    throw new IndexFormatError(source, 'schema', `${shell.skills.kinds.length} skill kinds for ${skillCount} skill ids`, {
      path: 'skills.kinds',
    });
  }
  const occupations: IndexHead['occupations'] = [];
  const seenCodes = new Set<string>();
  for (let i = 0; i < shell.occupations.length; i++) {
    if (stepDone(i, OCCUPATIONS_PER_STEP)) yield;
    const occupation = validate(OccupationHeadSchema, shell.occupations[i], source, `occupations.${i}.`);
    if (seenCodes.has(occupation.code)) {
      throw new IndexFormatError(source, 'reference', `occupation ${occupation.code} appears twice`, {
        path: `occupations.${i}.code`,
      });
    }
    seenCodes.add(occupation.code);
    occupations.push(occupation);
  }
  return { ...shell, occupations, records: shell.occupations };
}

const KINDS: Record<string, SkillKind> = { s: 'skill', k: 'knowledge', d: 'detail' };

/**
 * The in-memory manifest of a checked `index.json` (its head will do), labels still empty:
 * `labelSteps` fills them (English first: derived skill ids need the English label). The
 * occupations' skill profiles, likeness and labour market stay empty until
 * `expandOccupationSteps` (decode-occupations.ts) reads them in.
 */
export function* expandManifestSteps(file: Omit<IndexHead, 'records'>): Steps<IndexManifest> {
  const skills: Skill[] = [];
  for (let i = 0; i < file.skills.ids.length; i++) {
    if (stepDone(i, LABELS_PER_STEP)) yield;
    skills.push({ id: file.skills.ids[i]!, kind: KINDS[file.skills.kinds[i]!]!, label: { en: '', fr: '' } });
  }
  const occupations: Occupation[] = [];
  for (let i = 0; i < file.occupations.length; i++) {
    if (stepDone(i, LABELS_PER_STEP)) yield;
    const { code, teer, broad } = file.occupations[i]!;
    occupations.push({ code, title: { en: '', fr: '' }, teer, broad, summary: { en: '', fr: '' }, skills: [], alike: [], lmi: null });
  }
  return {
    schemaVersion: file.schemaVersion,
    normalizerVersion: file.normalizerVersion,
    builtAt: file.builtAt,
    sample: file.sample,
    sources: file.sources,
    regions: file.regions,
    skills,
    occupations,
    files: file.files,
  };
}

/**
 * Reads `labels.<lang>.txt` into `manifest` (in place: the labels of a language are
 * added when a page first needs them). English labels complete derived skill ids, which
 * must then be unique.
 */
export function* labelSteps(text: string, lang: Lang, manifest: IndexManifest, file: string): Steps<void> {
  const occupations = manifest.occupations.length;
  const sections = yield* readSectionsSteps(text, file, [
    [LABEL_SECTIONS[0], occupations],
    [LABEL_SECTIONS[1], manifest.skills.length],
    [LABEL_SECTIONS[2], manifest.skills.length],
  ]);
  const titles = sections.get('occupation.title')!;
  for (let i = 0; i < occupations; i++) {
    if (stepDone(i + 1, LABELS_PER_STEP)) yield;
    const occupation = manifest.occupations[i]!;
    const title = titles.values[i]!;
    if (lang === 'en' && title === '') {
      throw new IndexFormatError(file, 'line', `occupation ${occupation.code} has no English title`, {
        line: titles.firstLine + i,
      });
    }
    occupation.title[lang] = title;
  }
  const labels = sections.get('skill.label')!;
  const alts = sections.get('skill.alt')!.values;
  const seen = new Set<string>();
  for (let i = 0; i < manifest.skills.length; i++) {
    if (stepDone(i, LABELS_PER_STEP)) yield;
    const skill = manifest.skills[i]!;
    const label = labels.values[i]!;
    const alt = alts[i];
    if (alt) skill.alt = { ...skill.alt, [lang]: alt.split('\t') };
    if (lang === 'en' && label === '') {
      throw new IndexFormatError(file, 'line', `skill "${skill.id}" has no English label`, { line: labels.firstLine + i });
    }
    skill.label[lang] = label;
    if (lang !== 'en') continue;
    skill.id = completeId(skill.id, label);
    if (seen.has(skill.id)) {
      throw new IndexFormatError(file, 'reference', `skill id "${skill.id}" appears twice`, { line: labels.firstLine + i });
    }
    seen.add(skill.id);
  }
}

/**
 * Labels applied between yields. Completing an English skill id folds its label, about
 * 0.2 ms each at 4x CPU slowdown: 256 a step was a 57 ms task there.
 */
const LABELS_PER_STEP = 64;

/** An id stored as its prefix (`esco:`) completed with the slug of its English label. */
export function completeId(stored: string, label: string): string {
  return stored.endsWith(':') ? stored + labelSlug(label) : stored;
}

/** `value` checked against `schema`; the first problem is an `IndexFormatError` naming `source` and the field's path after `prefix`. */
export function validate<const S extends v.GenericSchema>(schema: S, value: unknown, source: string, prefix: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new IndexFormatError(source, 'schema', issue.message, { path: path ? prefix + path : prefix.replace(/\.$/, '') || null });
  }
  return result.output;
}
