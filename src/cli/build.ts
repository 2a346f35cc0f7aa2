/**
 * The index build, in-process: reads every source, tags the programs, assembles the
 * manifest and returns it with the file contents. `writer.ts` puts it on disk; the CLI
 * and the benchmark both call `buildIndex`.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NORMALIZER_VERSION } from '../core/text/index.js';
import {
  SCHEMA_VERSION,
  type IndexManifest,
  type LabourMarket,
  type Occupation,
  type Program,
  type RequirementGroup,
  type SourceInfo,
} from '../core/index-format/index.js';
import type { SourceContext } from './context.js';
import { Diagnostics } from '../core/catalogue/index.js';
import { readCanonicalPrograms, type RawProgram } from './programs.js';
import { NOT_FOR_COLUMN, REVIEWED_COLUMN } from '../core/catalogue/index.js';
import { readCoursera } from './sources/coursera.js';
import { REGIONS, usableAlias } from '../core/catalogue/index.js';
import { readCops } from './sources/cops.js';
import { readEsco } from './sources/esco.js';
import { readNoc } from './sources/noc.js';
import { readOasis } from './sources/oasis.js';
import { readWages } from './sources/wages.js';
import { SOURCE_INFO, sampleSource } from './sources-info.js';
import { SkillTagger } from '../core/catalogue/index.js';
import { alikeOccupations } from './alike.js';
import { computeEvidence, officialDescription, wholeText, type OccupationText } from './evidence.js';
import { seriesOf } from './series.js';
import { readOnetText } from './sources/onet.js';
import { namedSkills } from './skills-named.js';
import { tagProgram } from '../core/catalogue/index.js';
import { compareStrings, tsvField } from '../core/catalogue/index.js';
import type { SkillDef } from '../core/catalogue/index.js';
import { keptVocabulary, withBorrowedNames, type Vocabulary } from './vocabulary.js';

export interface BuildOptions {
  sources: string;
  programs?: string;
  programsFormat?: 'canonical' | 'coursera';
  /** `YYYY-MM-DD`; defaults to SOURCE_DATE_EPOCH, else today (UTC). */
  builtAt?: string;
}

export interface BuildResult {
  manifest: Omit<IndexManifest, 'files'>;
  titles: { en: string[]; fr: string[] };
  programs: Program[];
  diag: Diagnostics;
  /** Tags that mapped to no skill, with counts, most frequent first. */
  unmappedTags: Array<[string, number]>;
  /** What each occupation's OaSIS profile says it takes to work in it (English); empty without the source. */
  requirements: Map<string, RequirementGroup[]>;
}

/** What the CLI's `--json` line and the benchmark report about a build. */
export function summarize(result: BuildResult) {
  const count = (lines: string[]) => lines.reduce((n, line) => n + line.split('\t').length - 1, 0);
  return {
    occupations: result.manifest.occupations.length,
    titles: { en: count(result.titles.en), fr: count(result.titles.fr) },
    skills: result.manifest.skills.length,
    programs: result.programs.length,
    programsTagged: result.programs.filter((p) => p.skills.length > 0).length,
    warnings: result.diag.warnings.length,
  };
}

/** Build date: SOURCE_DATE_EPOCH (seconds) when set, so rebuilds are byte-identical. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/** `official` first, then the others deduplicated case-insensitively, sorted. */
export function titleLine(code: string, official: string, others: readonly string[]): string {
  const seen = new Set<string>([official.toLowerCase()]);
  const rest: string[] = [];
  for (const raw of others) {
    const title = tsvField(raw);
    const key = title.toLowerCase();
    if (title === '' || seen.has(key)) continue;
    seen.add(key);
    rest.push(title);
  }
  rest.sort((a, b) => compareStrings(a.toLowerCase(), b.toLowerCase()) || compareStrings(a, b));
  return [code, tsvField(official), ...rest].join('\t');
}

function readPrograms(options: BuildOptions, diag: Diagnostics): RawProgram[] {
  if (!options.programs) return [];
  return options.programsFormat === 'coursera' ? readCoursera(options.programs, diag) : readCanonicalPrograms(options.programs, diag);
}

/** What the sources say, read once for the whole build. */
interface Sources {
  sample: boolean;
  noc: ReturnType<typeof readNoc>;
  units: Set<string>;
  oasis: ReturnType<typeof readOasis>;
  /** Per occupation: its official English title, then its other titles. */
  jobTitles: Map<string, string[]>;
  esco: ReturnType<typeof readEsco>;
  onet: ReturnType<typeof readOnetText>;
  cops: ReturnType<typeof readCops>;
  wages: ReturnType<typeof readWages>;
}

/** A catalogue program with the skills it is tagged with and how they were found. */
interface Tagged {
  p: RawProgram;
  result: { skills: string[]; tagging: Program['tagging'] };
}

export function buildIndex(options: BuildOptions): BuildResult {
  const diag = new Diagnostics();
  const src = readSources({ dir: options.sources, diag });
  const raw = readPrograms(options, diag);
  // Tag against every known skill; the index keeps only those actually used.
  const candidates: SkillDef[] = [...src.oasis.skills, ...(src.esco?.skills ?? [])];
  const byId = new Map(candidates.map((s) => [s.id, s]));
  const unmapped = new Map<string, number>();
  const programsFile = options.programs ? basename(options.programs) : '';
  const tagged = tagPrograms(raw, candidates, byId, programsFile, diag, unmapped);
  const taught = new Set(tagged.flatMap(({ result }) => result.skills));
  const vocabulary = keptVocabulary({ units: src.units, ratings: src.oasis.profiles, details: src.esco?.details, taught, byId });
  const occupations = [...src.noc.units.values()].map((unit) => occupationRecord(unit, src, vocabulary));
  alikeOccupations(occupations.map((o) => o.summary.en)).forEach((alike, i) => (occupations[i]!.alike = alike));
  const programs = programRecords(tagged, vocabulary.index);
  addEvidence(programs, raw, src, occupations, vocabulary.skills, { file: programsFile, diag });
  const unmappedTags = [...unmapped].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  return {
    manifest: {
      schemaVersion: SCHEMA_VERSION,
      normalizerVersion: NORMALIZER_VERSION,
      builtAt: options.builtAt ?? buildDate(),
      sample: src.sample,
      sources: sourcesOf(src, options),
      regions: [...REGIONS],
      skills: withBorrowedNames(vocabulary.skills, candidates).map((s) => ({
        id: s.id,
        kind: s.kind,
        label: { en: s.label.en, fr: s.label.fr },
        ...(s.alt ? { alt: s.alt } : {}),
      })),
      occupations,
    },
    titles: titlesOf(src),
    programs,
    diag,
    unmappedTags,
    requirements: src.oasis.requirements,
  };
}

function readSources(ctx: SourceContext): Sources {
  const sample = existsSync(join(ctx.dir, 'SAMPLE.md'));
  const noc = readNoc(ctx);
  const units = new Set(noc.units.keys());
  const oasis = readOasis(ctx, units);
  const jobTitles = new Map(
    [...noc.units.values()].map((u) => [u.code, [u.title.en, ...(noc.titles.en.get(u.code) ?? []), ...(oasis.titles.get(u.code) ?? [])]]),
  );
  const descriptions = new Map(
    [...noc.units.values()].map((u) => [
      u.code,
      officialDescription({ title: u.title.en, lead: oasis.summaries.get(u.code) ?? '', duties: oasis.duties.get(u.code) ?? [] }),
    ]),
  );
  const esco = readEsco(ctx, units, jobTitles, descriptions);
  const onet = readOnetText(ctx, units);
  const cops = readCops(ctx, units);
  const wages = readWages(ctx, units);
  return { sample, noc, units, oasis, jobTitles, esco, onet, cops, wages };
}

/** Each program's skills: reviewed ones as they are, the others tagged from their text. */
function tagPrograms(
  raw: readonly RawProgram[],
  candidates: readonly SkillDef[],
  byId: ReadonlyMap<string, SkillDef>,
  programsFile: string,
  diag: Diagnostics,
  unmapped: Map<string, number>,
): Tagged[] {
  const tagger = new SkillTagger(candidates);
  return raw.map((p) => {
    if (p.reviewed) {
      // Reviewed in the catalogue review: authoritative, never re-tagged.
      const skills = p.reviewed.filter((id) => {
        if (byId.has(id)) return true;
        diag.warn(programsFile, p.line, REVIEWED_COLUMN, `"${id}" is not a skill of these sources; left out`);
        return false;
      });
      return { p, result: { skills, tagging: skills.length > 0 ? ('tags' as const) : ('none' as const) } };
    }
    const explained = tagProgram(tagger, p, (id) => byId.has(id));
    for (const tag of explained.unmapped) unmapped.set(tag, (unmapped.get(tag) ?? 0) + 1);
    const result = { skills: explained.suggestions.map((s) => s.skill), tagging: explained.tagging };
    return { p, result };
  });
}

type NocUnit = Sources['noc']['units'] extends Map<string, infer U> ? U : never;

function occupationRecord(unit: NocUnit, src: Sources, vocabulary: Vocabulary): Occupation {
  return {
    code: unit.code,
    title: unit.title,
    teer: Number(unit.code[1]),
    broad: Number(unit.code[0]),
    summary: { en: src.oasis.summaries.get(unit.code) ?? '', fr: '' },
    skills: numbered(vocabulary.profiles.get(unit.code), vocabulary),
    ...(vocabulary.more.has(unit.code) ? { moreSkills: numbered(vocabulary.more.get(unit.code), vocabulary) } : {}),
    lmi: labourMarketOf(unit.code, src),
  };
}

/** A profile by skill id as the index numbers it. */
function numbered(list: ReadonlyArray<[string, number]> | undefined, vocabulary: Vocabulary): Array<[number, number]> {
  return (list ?? []).map(([id, w]) => [vocabulary.index.get(id)!, w]);
}

function labourMarketOf(code: string, { cops, wages }: Sources): LabourMarket | null {
  const outlook = cops?.get(code);
  const wageRows = wages?.byCode.get(code) ?? [];
  if (!outlook && wageRows.length === 0) return null;
  return {
    future: outlook?.future ?? null,
    recent: outlook?.recent ?? null,
    period: outlook?.period ?? '',
    employment: outlook?.employment ?? null,
    employmentYear: outlook?.employmentYear ?? 0,
    openings: outlook?.openings ?? null,
    seekers: outlook?.seekers ?? null,
    growth: outlook?.growth ?? null,
    retirements: outlook?.retirements ?? null,
    outlookSource: outlook ? 'cops' : '',
    wages: wageRows,
    wageSource: wageRows.length > 0 && wages ? wages.sourceId : '',
  };
}

function programRecords(tagged: readonly Tagged[], index: ReadonlyMap<string, number>): Program[] {
  return (
    tagged
      .map(({ p, result }) => ({
        id: p.id,
        title: p.title,
        provider: p.provider,
        ...(p.providerFr ? { providerFr: p.providerFr } : {}),
        url: p.url,
        description: p.description,
        skills: result.skills.map((id) => index.get(id)!),
        tagging: result.tagging,
        hours: p.hours,
        costCad: p.costCad,
        delivery: p.delivery,
        language: p.language,
        region: p.region,
        osapEligible: p.osapEligible,
        credential: p.credential,
      }))
      // Grouped by provider (then id): runs of one provider compress better (6 KB of gzip
      // on the Coursera catalogue). Ranking breaks ties by id, not by this order.
      .sort((a, b) => compareStrings(a.provider, b.provider) || compareStrings(a.id, b.id))
  );
}

/**
 * Evidence from each program's whole text (never its provider), for every occupation; the
 * series; and the skills of those occupations that the text names beyond its tags.
 */
function addEvidence(
  programs: Program[],
  raw: readonly RawProgram[],
  src: Sources,
  occupations: readonly Occupation[],
  skills: readonly SkillDef[],
  report: { file: string; diag: Diagnostics },
): void {
  const rawById = new Map(raw.map((p) => [p.id, p]));
  const occupationTexts: OccupationText[] = [...src.noc.units.values()].map((u) => ({
    code: u.code,
    title: u.title.en,
    exampleTitles: src.jobTitles.get(u.code)!.slice(1),
    lead: src.oasis.summaries.get(u.code) ?? '',
    duties: src.oasis.duties.get(u.code) ?? [],
    tasks: src.onet?.tasks.get(u.code) ?? [],
    technologies: src.onet?.technologies.get(u.code) ?? [],
  }));
  const texts = programs.map((p) => {
    const r = rawById.get(p.id)!;
    return {
      title: p.title.en || p.title.fr,
      otherTitle: p.title.en && p.title.fr ? p.title.fr : undefined,
      tags: r.tags,
      outcomes: r.outcomes ?? [],
      modules: r.modules ?? [],
      description: [p.description.en, p.description.fr].filter(Boolean).join(' '),
    };
  });
  const { byProgram, programStems } = computeEvidence(
    occupationTexts,
    texts,
    notForOf(
      programs.map((p) => rawById.get(p.id)!),
      src.units,
      report,
    ),
  );
  const series = seriesOf(programs.map((p) => ({ title: p.title.en, provider: p.provider, modules: rawById.get(p.id)!.modules })));
  programs.forEach((p, k) => {
    if (series[k]! > 0) p.series = series[k]!;
    if (byProgram[k]!.length > 0) p.evidence = byProgram[k]!;
  });
  // A card lists the key skills of its occupation that a program does not cover: each
  // evidence entry keeps the occupation's skills the program's whole text names. A reviewed
  // program's skills are as its institution left them: one rejected there stays not covered.
  const skillsOf = new Map(occupations.map((o) => [o.code, o.skills.map(([s]) => s)]));
  const entries = programs.flatMap((p, k) => (p.evidence ?? []).map((e) => ({ p, k, e })));
  const named = namedSkills({
    texts: texts.map(wholeText),
    checks: entries.map(({ p, k, e }) => {
      const tagged = new Set(p.skills);
      return { text: k, skills: rawById.get(p.id)!.reviewed ? [] : skillsOf.get(e.occupation)!.filter((s) => !tagged.has(s)) };
    }),
    labels: skills.map((s) => s.label),
    aliases: skills.map((s) => (s.aliases ?? []).filter(usableAlias)),
    // The evidence has read every program's whole text with the builder's stemmer already.
    stems: programStems,
  });
  entries.forEach(({ e }, n) => {
    e.named = named[n]!.named;
    if (named[n]!.partly.length > 0) e.partlyNamed = named[n]!.partly;
  });
}

/**
 * Per program, the occupations its institution says it does not train for (the catalogue
 * review's `not_for_occupations`); a code these sources do not have is a warning.
 */
function notForOf(raw: readonly RawProgram[], units: ReadonlySet<string>, report: { file: string; diag: Diagnostics }): Array<Set<string>> {
  return raw.map(
    (r) =>
      new Set(
        (r.notFor ?? []).filter((code) => {
          if (units.has(code)) return true;
          report.diag.warn(report.file, r.line, NOT_FOR_COLUMN, `"${code}" is not a NOC 2021 unit group of these sources; ignored`);
          return false;
        }),
      ),
  );
}

function sourcesOf(src: Sources, options: BuildOptions): SourceInfo[] {
  const sourceIds = ['noc'];
  if (src.oasis.found) sourceIds.push('oasis');
  if (src.cops) sourceIds.push('cops');
  if (src.wages) sourceIds.push(src.wages.sourceId);
  if (src.esco) sourceIds.push('crosswalk', 'esco');
  if (options.programs) sourceIds.push(options.programsFormat === 'coursera' ? 'programs-coursera' : 'programs');
  const sources: SourceInfo[] = sourceIds.map((id) => {
    const info = SOURCE_INFO[id]!;
    return src.sample ? sampleSource(info) : info;
  });
  if (src.sample) sources.push(SOURCE_INFO.sample!);
  return sources;
}

function titlesOf({ noc, oasis }: Sources): BuildResult['titles'] {
  return {
    en: [...noc.units.values()].map((u) => titleLine(u.code, u.title.en, [...(noc.titles.en.get(u.code) ?? []), ...(oasis.titles.get(u.code) ?? [])])),
    fr: [...noc.units.values()].map((u) => titleLine(u.code, u.title.fr, noc.titles.fr.get(u.code) ?? [])),
  };
}
