/**
 * Writes an index in the file format of `schema.ts` from its in-memory shapes. The
 * builder uses it for its output and tests use it to serve hand-written indexes; the
 * loader (`decode.ts`) reads exactly what this writes.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { NORMALIZER_VERSION } from '../text/index.js';
import {
  LANGS,
  SCHEMA_VERSION,
  type FileRef,
  type IndexFile,
  type IndexManifest,
  type Lang,
  type Occupation,
  type OccupationRecord,
  type Program,
  type RequirementGroup,
  type Skill,
} from './schema.js';
import { FILE_NAMES, labourMarketRecord } from './layout.js';
import { occupationsOfBroad, requirementsText } from './requirements.js';
import { writeSections, type Section } from './sections.js';
import { Dictionary, idRecord, programColumns, programTables, type ProgramTables } from './encode-programs.js';
import { catalogueText, shortHash, sliceTexts } from './encode-slices.js';

export { idRecord } from './encode-programs.js';

/** Everything an index holds, as the core uses it in memory. */
export interface IndexParts {
  /** The manifest; `files`, `schemaVersion` and `normalizerVersion` are ignored and written anew. */
  manifest: Omit<IndexManifest, 'files' | 'schemaVersion' | 'normalizerVersion'>;
  /** Job titles per language, one line per occupation: `CODE<TAB>title<TAB>title...`. */
  titles: Record<Lang, readonly string[]>;
  programs: readonly Program[];
  /**
   * What each occupation's official profile says it takes to work in it, by code, in the
   * languages a source publishes it in: a file for each language given.
   */
  requirements?: Partial<Record<Lang, ReadonlyMap<string, readonly RequirementGroup[]>>>;
}

const KIND_LETTER: Record<Skill['kind'], string> = { skill: 's', knowledge: 'k', detail: 'd' };

/**
 * Languages whose skills' other names are written apart (`names.<lang>.txt`), not in their
 * labels file: English, whose labels every page loads (ranking reads them), where ESCO's
 * alternative labels would cost each page about 100 KB of gzip for the few skills typed by
 * another name. A French page matches its own at every keystroke: they stay in its labels.
 */
const NAMES_APART: readonly Lang[] = ['en'];

/**
 * The files of an index by name, `index.json` last (it records the others' sizes and
 * hashes). Same parts, same bytes.
 * @throws RangeError when a value cannot be stored (a weight not in hundredths, a
 *   non-https URL), naming the occupation or program.
 */
export function encodeIndex(parts: IndexParts): Map<string, Uint8Array> {
  const utf8 = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  const put = (path: string, text: string, count: number): FileRef => {
    const bytes = utf8.encode(text);
    files.set(path, bytes);
    return { path, bytes: bytes.length, sha256: bytesToHex(sha256(bytes)), count };
  };
  const { manifest } = parts;
  const { labels, summaries, titles, otherNames } = languageFiles(parts, put);
  const requirements = requirementFiles(manifest.occupations, parts.requirements ?? {}, put);
  // The quote files first: `programs.txt` records their hashes.
  const quoteHashes = new Map<string, string>();
  for (const [code, lines] of quoteFiles(parts.programs)) {
    const bytes = utf8.encode(`${lines.join('\n')}\n`);
    files.set(FILE_NAMES.quotes(code), bytes);
    quoteHashes.set(code, shortHash(bytes));
  }
  const quoteHashColumn = manifest.occupations.map((o) => quoteHashes.get(o.code) ?? '');
  const tables = programTables(parts.programs);
  const programs = put(FILE_NAMES.programs, writeSections(programSections(parts.programs, tables, quoteHashColumn)), parts.programs.length);
  // Each occupation's slice, then the catalogue file that records their hashes.
  const sliceHashes = new Map<string, string>();
  for (const [code, text] of sliceTexts(parts.programs, tables, quoteHashes)) {
    const bytes = utf8.encode(text);
    files.set(FILE_NAMES.slice(code), bytes);
    sliceHashes.set(code, shortHash(bytes));
  }
  const catalogue = put(FILE_NAMES.catalogue, catalogueText(manifest, parts.programs, tables, sliceHashes), parts.programs.length);
  const file: IndexFile = {
    schemaVersion: SCHEMA_VERSION,
    normalizerVersion: NORMALIZER_VERSION,
    builtAt: manifest.builtAt,
    sample: manifest.sample,
    sources: manifest.sources,
    regions: manifest.regions,
    skills: {
      ids: manifest.skills.map((s) => idRecord(s.id, s.label.en, 'Skill')),
      kinds: manifest.skills.map((s) => KIND_LETTER[s.kind]).join(''),
    },
    occupations: manifest.occupations.map((o, i) => occupationRecord(o, i)),
    files: {
      labels,
      titles,
      programs,
      catalogue,
      summaries,
      ...(Object.keys(requirements).length > 0 ? { requirements } : {}),
      ...(Object.keys(otherNames).length > 0 ? { otherNames } : {}),
    },
  };
  files.set(FILE_NAMES.manifest, utf8.encode(`${JSON.stringify(file)}\n`));
  return files;
}

/** The files of each language: labels, the other names written apart (when some), lead statements, job titles. */
function languageFiles(parts: IndexParts, put: (path: string, text: string, count: number) => FileRef) {
  const { manifest } = parts;
  const labels = {} as Record<Lang, FileRef>;
  const summaries = {} as Record<Lang, FileRef>;
  const titles = {} as Record<Lang, FileRef>;
  const otherNames: Partial<Record<Lang, FileRef>> = {};
  for (const lang of LANGS) {
    const apart = NAMES_APART.includes(lang);
    labels[lang] = put(FILE_NAMES.labels(lang), writeSections(labelSections(manifest, lang, !apart)), manifest.occupations.length);
    if (apart && manifest.skills.some((s) => s.alt?.[lang]?.length)) {
      otherNames[lang] = put(FILE_NAMES.otherNames(lang), writeSections([otherNamesSection(manifest, lang)]), manifest.skills.length);
    }
    const summary = [{ name: 'occupation.summary', values: manifest.occupations.map((o) => o.summary[lang]) }];
    summaries[lang] = put(FILE_NAMES.summaries(lang), writeSections(summary), manifest.occupations.length);
    const lines = titleLines(manifest, lang, parts.titles[lang]);
    titles[lang] = put(FILE_NAMES.titles(lang), lines.length === 0 ? '' : `${lines.join('\n')}\n`, lines.length);
  }
  return { labels, summaries, titles, otherNames };
}

/**
 * The lines of `titles.<lang>.tsv`: each occupation's line without its official title,
 * which the labels file already holds (the loader puts it back first).
 */
function titleLines(manifest: IndexParts['manifest'], lang: Lang, lines: readonly string[]): string[] {
  const official = new Map(manifest.occupations.map((o) => [o.code, o.title[lang]]));
  return lines.map((line) => {
    const [code = '', first, ...rest] = line.split('\t');
    const title = official.get(code);
    if (title === undefined) throw new RangeError(`Titles (${lang}): occupation "${code}" is not in the manifest.`);
    if (title === '') return line;
    if (first !== title) {
      throw new RangeError(`Titles (${lang}) of ${code}: the first title must be the official one, "${title}", not "${first}".`);
    }
    return [code, ...rest].join('\t');
  });
}

/** The sections of `labels.<lang>.txt`; its `skill.alt` all empty when the other names are written apart (`withNames` false). */
function labelSections(manifest: IndexParts['manifest'], lang: Lang, withNames: boolean): Section[] {
  return [
    { name: 'occupation.title', values: manifest.occupations.map((o) => o.title[lang]) },
    { name: 'skill.label', values: manifest.skills.map((s) => s.label[lang]) },
    withNames ? otherNamesSection(manifest, lang) : { name: 'skill.alt', values: manifest.skills.map(() => '') },
  ];
}

/** The skills' other names in `lang`, one value per skill: in `labels.<lang>.txt`, or alone in `names.<lang>.txt`. */
function otherNamesSection(manifest: IndexParts['manifest'], lang: Lang): Section {
  return { name: 'skill.alt', values: manifest.skills.map((s) => otherNamesLine(s.alt?.[lang] ?? [], s.id)) };
}

/** A skill's other names as one value of `skill.alt`: tab-separated, each on one line. */
function otherNamesLine(names: readonly string[], id: string): string {
  for (const name of names) {
    if (name === '' || /[\t\n\r]/.test(name)) throw new RangeError(`Skill "${id}": an other name must be one line of text without tabs, not "${name}".`);
  }
  return names.join('\t');
}

function occupationRecord(occupation: Occupation, self: number): OccupationRecord {
  return {
    code: occupation.code,
    teer: occupation.teer,
    broad: occupation.broad,
    skills: profileRecord(occupation.skills, occupation.code),
    ...(occupation.moreSkills?.length ? { moreSkills: profileRecord(occupation.moreSkills, occupation.code) } : {}),
    ...(occupation.alike ? { alike: alikeRecord(occupation.alike, self, occupation.code) } : {}),
    lmi: occupation.lmi && labourMarketRecord(occupation.lmi),
  };
}

/** `OccupationRecord.skills`: the skills grouped by weight in hundredths, heaviest first, indices delta-coded. */
function profileRecord(profile: ReadonlyArray<[number, number]>, code: string): number[][] {
  const byWeight = new Map<number, number[]>();
  for (const [skill, weight] of profile) {
    const hundredths = Math.round(weight * 100);
    if (Math.abs(hundredths - weight * 100) > 1e-6 || hundredths < 1 || hundredths > 100) {
      throw new RangeError(`Occupation ${code}: skill weight ${weight} is not a multiple of 0.01 in (0, 1].`);
    }
    const group = byWeight.get(hundredths);
    if (group) group.push(skill);
    else byWeight.set(hundredths, [skill]);
  }
  return [...byWeight]
    .sort((a, b) => b[0] - a[0])
    .map(([hundredths, indices]) => {
      indices.sort((a, b) => a - b);
      return [hundredths, ...indices.map((s, i) => (i === 0 ? s : s - indices[i - 1]!))];
    });
}

/** `OccupationRecord.alike`: the pairs with a higher index, delta-coded, likeness in hundredths. */
function alikeRecord(alike: ReadonlyArray<[number, number]>, self: number, code: string): number[] {
  const out: number[] = [];
  let previous = self;
  for (const [other, likeness] of [...alike].filter(([o]) => o > self).sort((a, b) => a[0] - b[0])) {
    const hundredths = Math.round(likeness * 100);
    if (hundredths < 1 || hundredths > 100) throw new RangeError(`Occupation ${code}: likeness ${likeness} to occupation ${other} is not in (0, 1].`);
    out.push(other - previous, hundredths);
    previous = other;
  }
  return out;
}

/**
 * The lines of each occupation's `quotes.<code>.txt`: `position<TAB>quote<TAB>quote...`
 * for every program with evidence for it, in program order, one quote per evidence item,
 * then, when its text names some of the occupation's skills, `<TAB>#` and their numbers
 * (`#12 40`), and when it names some only in part, `<TAB>~` and theirs (`~7 9`).
 */
function quoteFiles(programs: readonly Program[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  programs.forEach((p, position) => {
    for (const e of p.evidence ?? []) {
      let lines = out.get(e.occupation);
      if (!lines) out.set(e.occupation, (lines = []));
      const fields = [position, ...e.items.map((i) => (i.quote ?? '').replace(/\s+/g, ' ').trim())];
      if (e.named && e.named.length > 0) fields.push(`#${e.named.join(' ')}`);
      if (e.partlyNamed && e.partlyNamed.length > 0) fields.push(`~${e.partlyNamed.join(' ')}`);
      lines.push(fields.join('\t'));
    }
  });
  return out;
}

function programSections(programs: readonly Program[], tables: ProgramTables, quoteHashes: readonly string[]): Section[] {
  // Labels repeat across occupations (one title is evidence for several): each is
  // written once and referred to by number.
  const labels = new Dictionary();
  // Before the dictionaries are written out: this fills them.
  const columns = programColumns(programs, tables, labels);
  return [
    { name: 'providers', values: tables.providers },
    { name: 'url-templates', values: tables.templates },
    { name: 'evidence-labels', values: labels.values },
    { name: 'quote-files', values: quoteHashes },
    ...columns,
  ];
}

/** One file per language and broad category, its occupations in index order; the refs by language, then category. */
function requirementFiles(
  occupations: readonly Occupation[],
  byLang: NonNullable<IndexParts['requirements']>,
  put: (path: string, text: string, count: number) => FileRef,
): Partial<Record<Lang, Record<string, FileRef>>> {
  const out: Partial<Record<Lang, Record<string, FileRef>>> = {};
  for (const lang of LANGS) {
    const byCode = byLang[lang];
    if (!byCode) continue;
    const files: Record<string, FileRef> = {};
    for (const broad of new Set(occupations.map((o) => o.broad))) {
      const ofBroad = occupationsOfBroad(occupations, broad);
      files[broad] = put(FILE_NAMES.requirements(lang, broad), requirementsText(ofBroad, byCode), ofBroad.length);
    }
    out[lang] = files;
  }
  return out;
}
