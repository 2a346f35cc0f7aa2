/**
 * Reads the index file format (`schema.ts`, written by `encode.ts`) back into the
 * in-memory shapes, checking every value and cross-reference. Each step is a generator
 * that yields between small pieces of work, so the loader can spread it over idle time;
 * errors name the file, and the line or JSON path.
 */
import * as v from 'valibot';
import { IndexFormatError, IndexVersionError } from './errors.js';
import { labelSlug, NORMALIZER_VERSION } from '../text/index.js';
import {
  IndexFileSchema,
  LABEL_SECTIONS,
  labourMarketOf,
  OccupationRecordSchema,
  SCHEMA_VERSION,
  type IndexFile,
  type IndexManifest,
  type Lang,
  type Occupation,
  type Skill,
  type SkillKind,
} from './schema.js';
import { readSectionsSteps } from './sections.js';
import { stepDone, type Steps } from '../schedule/index.js';

const VALIDATED = new WeakSet<object>();

/** True for an `IndexFile` that `manifestSteps` has checked. */
export function isParsedManifest(value: unknown): value is IndexFile {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

// index.json is validated member by member: occupations one at a time between yields.
const ShellSchema = v.object({ ...IndexFileSchema.entries, occupations: v.array(v.unknown()) });
const OCCUPATIONS_PER_STEP = 8;

/**
 * Checks `schemaVersion` and `normalizerVersion` first (an index of another version is
 * refused with `IndexVersionError` even when its shape changed), then the shape of
 * `index.json` and the references inside it.
 */
export function* manifestSteps(json: unknown, source: string): Steps<IndexFile> {
  if (isParsedManifest(json)) return json;
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
  const occupations: IndexFile['occupations'] = [];
  const seenCodes = new Set<string>();
  for (let i = 0; i < shell.occupations.length; i++) {
    if (stepDone(i, OCCUPATIONS_PER_STEP)) yield;
    const occupation = validate(OccupationRecordSchema, shell.occupations[i], source, `occupations.${i}.`);
    if (seenCodes.has(occupation.code)) {
      throw new IndexFormatError(source, 'reference', `occupation ${occupation.code} appears twice`, {
        path: `occupations.${i}.code`,
      });
    }
    seenCodes.add(occupation.code);
    checkProfile(occupation.skills, skillCount, source, `occupations.${i}.skills`);
    if (occupation.alike) checkAlike(occupation.alike, i, shell.occupations.length, source, `occupations.${i}.alike`);
    occupations.push(occupation);
  }
  const file: IndexFile = { ...shell, occupations };
  VALIDATED.add(file);
  return file;
}

/** A grouped profile: weights in hundredths strictly descending, indices ascending and in range. */
function checkProfile(groups: number[][], skillCount: number, source: string, path: string): void {
  let previousWeight = 101;
  groups.forEach((group, g) => {
    const weight = group[0];
    if (group.length < 2 || !Number.isInteger(weight) || weight! < 1 || weight! >= previousWeight) {
      throw new IndexFormatError(source, 'schema', 'expected [weight in hundredths, skill index, deltas...] by descending weight', {
        path: `${path}.${g}`,
      });
    }
    previousWeight = weight!;
    let skill = -1;
    for (let k = 1; k < group.length; k++) {
      const step = group[k]!;
      if (!Number.isInteger(step) || step < (k === 1 ? 0 : 1)) {
        throw new IndexFormatError(source, 'schema', `expected a ${k === 1 ? 'skill index' : 'positive delta'}, found ${step}`, {
          path: `${path}.${g}.${k}`,
        });
      }
      skill = k === 1 ? step : skill + step;
      if (skill >= skillCount) {
        throw new IndexFormatError(source, 'reference', `skill index ${skill} is past the ${skillCount} skills`, {
          path: `${path}.${g}.${k}`,
        });
      }
    }
  });
}

/** `[delta, hundredths, ...]`: pairs, deltas positive, indices in range, likeness in 1..100 hundredths. */
function checkAlike(alike: number[], self: number, count: number, source: string, path: string): void {
  if (alike.length % 2 !== 0) throw new IndexFormatError(source, 'schema', 'expected [delta, likeness in hundredths] pairs', { path });
  let other = self;
  for (let k = 0; k < alike.length; k += 2) {
    const delta = alike[k]!;
    const hundredths = alike[k + 1]!;
    if (!Number.isInteger(delta) || delta < 1)
      throw new IndexFormatError(source, 'schema', `expected a positive delta, found ${delta}`, { path: `${path}.${k}` });
    if (!Number.isInteger(hundredths) || hundredths < 1 || hundredths > 100) {
      throw new IndexFormatError(source, 'schema', `expected a likeness in hundredths (1 to 100), found ${hundredths}`, { path: `${path}.${k + 1}` });
    }
    other += delta;
    if (other >= count) throw new IndexFormatError(source, 'reference', `occupation index ${other} is past the ${count} occupations`, { path: `${path}.${k}` });
  }
}

const KINDS: Record<string, SkillKind> = { s: 'skill', k: 'knowledge', d: 'detail' };

/**
 * The in-memory manifest of a checked `index.json`, labels still empty: `labelSteps`
 * fills them (English first: derived skill ids need the English label).
 */
export function* expandManifestSteps(file: IndexFile): Steps<IndexManifest> {
  const skills: Skill[] = [];
  for (let i = 0; i < file.skills.ids.length; i++) {
    if (stepDone(i, LABELS_PER_STEP)) yield;
    skills.push({ id: file.skills.ids[i]!, kind: KINDS[file.skills.kinds[i]!]!, label: { en: '', fr: '' } });
  }
  const occupations: Occupation[] = [];
  for (let i = 0; i < file.occupations.length; i++) {
    if (stepDone(i, OCCUPATIONS_PER_STEP)) yield;
    const record = file.occupations[i]!;
    const profile: Array<[number, number]> = [];
    for (const group of record.skills) {
      const weight = group[0]! / 100;
      let skill = 0;
      for (let k = 1; k < group.length; k++) {
        skill = k === 1 ? group[k]! : skill + group[k]!;
        profile.push([skill, weight]);
      }
    }
    occupations.push({
      code: record.code,
      title: { en: '', fr: '' },
      teer: record.teer,
      broad: record.broad,
      summary: { en: '', fr: '' },
      skills: profile,
      alike: [],
      lmi: record.lmi && labourMarketOf(record.lmi),
    });
  }
  // Each pair is stored once, on the lower index: both occupations get it.
  for (let i = 0; i < file.occupations.length; i++) {
    let other = i;
    const alike = file.occupations[i]!.alike ?? [];
    for (let k = 0; k < alike.length; k += 2) {
      other += alike[k]!;
      occupations[i]!.alike!.push([other, alike[k + 1]! / 100]);
      occupations[other]!.alike!.push([i, alike[k + 1]! / 100]);
    }
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
    [LABEL_SECTIONS[1], occupations],
    [LABEL_SECTIONS[2], manifest.skills.length],
  ]);
  const titles = sections.get('occupation.title')!;
  const summaries = sections.get('occupation.summary')!.values;
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
    occupation.summary[lang] = summaries[i]!;
  }
  const labels = sections.get('skill.label')!;
  const seen = new Set<string>();
  for (let i = 0; i < manifest.skills.length; i++) {
    if (stepDone(i, LABELS_PER_STEP)) yield;
    const skill = manifest.skills[i]!;
    const label = labels.values[i]!;
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

function validate<const S extends v.GenericSchema>(schema: S, value: unknown, source: string, prefix: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new IndexFormatError(source, 'schema', issue.message, { path: path ? prefix + path : prefix.replace(/\.$/, '') || null });
  }
  return result.output;
}
