/**
 * The occupations' parts of `index.json` that only a whole index uses: skill profiles,
 * likeness and labour market, checked (`occupationSteps`) and read into the manifest the
 * job titles were read into (`expandOccupationSteps`); and their lead statements, read from
 * `summaries.<lang>.txt` (`summarySteps`). Apart from `decode.ts` so that a
 * page with only a job search, which checks and reads the rest of `index.json`, does not
 * carry them; the whole index's loader does, and checks them before anything uses them.
 */
import * as v from 'valibot';
import { IndexFormatError } from './errors.js';
import { headSteps, OCCUPATIONS_PER_STEP, validate, type IndexHead } from './decode.js';
import { IndexHeadSchema, OccupationHeadSchema, type IndexFile, type IndexManifest, type Lang } from './schema.js';
import { labourMarketOf } from './layout.js';
import { readSectionsSteps } from './sections.js';
import { stepDone, type Steps } from '../schedule/index.js';

const nullableNumber = v.nullable(v.number());
const ConditionSchema = v.picklist(['strong-shortage', 'moderate-shortage', 'balance', 'moderate-surplus', 'strong-surplus']);

export const LabourMarketRecordSchema = v.tuple([
  v.nullable(ConditionSchema),
  v.nullable(ConditionSchema),
  v.string(),
  nullableNumber,
  v.number(),
  nullableNumber,
  nullableNumber,
  nullableNumber,
  nullableNumber,
  v.string(),
  v.string(),
  v.array(v.tuple([v.string(), nullableNumber, nullableNumber, nullableNumber, v.number()])),
]);

export const OccupationRecordSchema = v.object({
  ...OccupationHeadSchema.entries,
  skills: v.array(v.array(v.number())),
  moreSkills: v.optional(v.array(v.array(v.number()))),
  alike: v.optional(v.array(v.number())),
  lmi: v.nullable(LabourMarketRecordSchema),
});

/** The whole of `index.json`. */
export const IndexFileSchema = v.object({ ...IndexHeadSchema.entries, occupations: v.array(OccupationRecordSchema) });

const VALIDATED = new WeakSet<object>();

/** True for an `IndexFile` that `manifestSteps` or `occupationSteps` has checked. */
export function isParsedManifest(value: unknown): value is IndexFile {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/**
 * Checks all of `index.json`: its versions first (an index of another version is refused
 * with `IndexVersionError` even when its shape changed), then its head (`headSteps`), then
 * the rest of each occupation and the references inside it (`occupationSteps`).
 */
export function* manifestSteps(json: unknown, source: string): Steps<IndexFile> {
  if (isParsedManifest(json)) return json;
  return yield* occupationSteps(yield* headSteps(json, source), source);
}

/** Checks the rest of each occupation of `head` (`headSteps` checked its code and categories): the whole `index.json`. */
export function* occupationSteps(head: IndexHead, source: string): Steps<IndexFile> {
  const skillCount = head.skills.ids.length;
  const occupations: IndexFile['occupations'] = [];
  for (let i = 0; i < head.records.length; i++) {
    if (stepDone(i, OCCUPATIONS_PER_STEP)) yield;
    const occupation = validate(OccupationRecordSchema, head.records[i], source, `occupations.${i}.`);
    checkProfile(occupation.skills, skillCount, source, `occupations.${i}.skills`);
    if (occupation.moreSkills) checkProfile(occupation.moreSkills, skillCount, source, `occupations.${i}.moreSkills`);
    if (occupation.alike) checkAlike(occupation.alike, i, head.records.length, source, `occupations.${i}.alike`);
    occupations.push(occupation);
  }
  const { records: _records, ...rest } = head;
  const file: IndexFile = { ...rest, occupations };
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

/** Manifests whose occupations `expandOccupationSteps` has read in. */
const EXPANDED = new WeakSet<IndexManifest>();

/**
 * Reads the skill profiles, likeness and labour market of `file`'s occupations into
 * `manifest` (made by `expandManifestSteps` from the same `index.json`), in place and once:
 * the manifest a job search's titles were read into becomes a whole index's. Worked out in
 * slices, then set in one go, so an aborted or concurrent read never leaves half of it.
 */
export function* expandOccupationSteps(file: IndexFile, manifest: IndexManifest): Steps<void> {
  if (EXPANDED.has(manifest)) return;
  const count = file.occupations.length;
  const profiles: Array<Array<[number, number]>> = [];
  const more: Array<Array<[number, number]> | undefined> = [];
  const alikes: Array<Array<[number, number]>> = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    if (stepDone(i, OCCUPATIONS_PER_STEP)) yield;
    const record = file.occupations[i]!;
    profiles.push(profileOf(record.skills));
    more.push(record.moreSkills && profileOf(record.moreSkills));
    // Each pair is stored once, on the lower index: both occupations get it.
    let other = i;
    const alike = record.alike ?? [];
    for (let k = 0; k < alike.length; k += 2) {
      other += alike[k]!;
      alikes[i]!.push([other, alike[k + 1]! / 100]);
      alikes[other]!.push([i, alike[k + 1]! / 100]);
    }
  }
  if (EXPANDED.has(manifest)) return;
  EXPANDED.add(manifest);
  manifest.occupations.forEach((occupation, i) => {
    const lmi = file.occupations[i]!.lmi;
    Object.assign(occupation, { skills: profiles[i]!, alike: alikes[i]!, lmi: lmi && labourMarketOf(lmi) });
    if (more[i]) occupation.moreSkills = more[i];
  });
}

/** `[skill, weight]` pairs of a profile grouped by weight (`checkProfile` checked it). */
function profileOf(groups: readonly number[][]): Array<[number, number]> {
  const profile: Array<[number, number]> = [];
  for (const group of groups) {
    const weight = group[0]! / 100;
    let skill = 0;
    for (let k = 1; k < group.length; k++) {
      skill = k === 1 ? group[k]! : skill + group[k]!;
      profile.push([skill, weight]);
    }
  }
  return profile;
}

/** Reads `summaries.<lang>.txt` (the occupations' lead statements) into `manifest`, in place. */
export function* summarySteps(text: string, lang: Lang, manifest: IndexManifest, file: string): Steps<void> {
  const sections = yield* readSectionsSteps(text, file, [['occupation.summary', manifest.occupations.length]]);
  const summaries = sections.get('occupation.summary')!.values;
  manifest.occupations.forEach((occupation, i) => (occupation.summary[lang] = summaries[i]!));
}
