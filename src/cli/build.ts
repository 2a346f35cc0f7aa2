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
  type SourceInfo,
} from '../core/index-format/index.js';
import type { SourceContext } from './context.js';
import { Diagnostics } from '../core/catalogue/index.js';
import { readCanonicalPrograms, type RawProgram } from './programs.js';
import { REVIEWED_COLUMN } from '../core/catalogue/index.js';
import { readCoursera } from './sources/coursera.js';
import { REGIONS } from '../core/catalogue/index.js';
import { readCops } from './sources/cops.js';
import { readEsco } from './sources/esco.js';
import { readNoc } from './sources/noc.js';
import { readOasis } from './sources/oasis.js';
import { readWages } from './sources/wages.js';
import { SOURCE_INFO, sampleSource } from './sources-info.js';
import { SkillTagger } from '../core/catalogue/index.js';
import { computeEvidence, seriesOf, type OccupationText } from './evidence.js';
import { readOnetText } from './sources/onet.js';
import { tagProgram } from '../core/catalogue/index.js';
import { compareStrings, tsvField } from '../core/catalogue/index.js';
import { compareSkills, type SkillDef } from '../core/catalogue/index.js';

/** ESCO detail skills every occupation keeps whether or not a program teaches them. */
export const CORE_DETAILS = 6;

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
  return options.programsFormat === 'coursera'
    ? readCoursera(options.programs, diag)
    : readCanonicalPrograms(options.programs, diag);
}

export function buildIndex(options: BuildOptions): BuildResult {
  const diag = new Diagnostics();
  const ctx: SourceContext = { dir: options.sources, diag };
  const sample = existsSync(join(options.sources, 'SAMPLE.md'));
  const noc = readNoc(ctx);
  const units = new Set(noc.units.keys());
  const oasis = readOasis(ctx, units);
  const jobTitles = new Map(
    [...noc.units.values()].map((u) => [u.code, [u.title.en, ...(noc.titles.en.get(u.code) ?? []), ...(oasis.titles.get(u.code) ?? [])]]),
  );
  const esco = readEsco(ctx, units, jobTitles);
  const onet = readOnetText(ctx, units);
  const cops = readCops(ctx, units);
  const wages = readWages(ctx, units);
  const raw = readPrograms(options, diag);

  // Tag against every known skill; the index keeps only those actually used.
  const candidates: SkillDef[] = [...oasis.skills, ...(esco?.skills ?? [])];
  const byId = new Map(candidates.map((s) => [s.id, s]));
  const tagger = new SkillTagger(candidates);
  const unmapped = new Map<string, number>();
  const programsFile = options.programs ? basename(options.programs) : '';
  const tagged = raw.map((p) => {
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

  // Keep the vocabulary lean: an occupation keeps its CORE_DETAILS heaviest ESCO skills,
  // plus any other of its top details that some program teaches (those drive ranking).
  const taught = new Set<string>();
  for (const { result } of tagged) for (const id of result.skills) taught.add(id);
  const profiles = new Map<string, Array<[string, number]>>();
  for (const code of units) {
    const details = (esco?.details.get(code) ?? []).filter(([id], rank) => rank < CORE_DETAILS || taught.has(id));
    const list = [...(oasis.profiles.get(code) ?? []), ...details];
    list.sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
    profiles.set(code, list);
  }
  const used = new Set<string>();
  for (const list of profiles.values()) for (const [id] of list) used.add(id);
  for (const { result } of tagged) for (const id of result.skills) used.add(id);
  const skills = [...used].map((id) => byId.get(id)!).sort(compareSkills);
  const index = new Map(skills.map((s, i) => [s.id, i]));

  const sourceIds = ['noc'];
  if (oasis.found) sourceIds.push('oasis');
  if (cops) sourceIds.push('cops');
  if (wages) sourceIds.push(wages.sourceId);
  if (esco) sourceIds.push('crosswalk', 'esco');
  const occupations: Occupation[] = [...noc.units.values()].map((unit) => {
    const outlook = cops?.get(unit.code);
    const wageRows = wages?.byCode.get(unit.code) ?? [];
    let lmi: LabourMarket | null = null;
    if (outlook || wageRows.length > 0) {
      lmi = {
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
    return {
      code: unit.code,
      title: unit.title,
      teer: Number(unit.code[1]),
      broad: Number(unit.code[0]),
      summary: { en: oasis.summaries.get(unit.code) ?? '', fr: '' },
      skills: (profiles.get(unit.code) ?? []).map(([id, w]) => [index.get(id)!, w] as [number, number]),
      lmi,
    };
  });

  const programs: Program[] = tagged
    .map(({ p, result }) => ({
      id: p.id,
      title: p.title,
      provider: p.provider,
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
    .sort((a, b) => compareStrings(a.provider, b.provider) || compareStrings(a.id, b.id));

  // Evidence from each program's whole text (never its provider), for every occupation.
  const rawById = new Map(raw.map((p) => [p.id, p]));
  const occupationTexts: OccupationText[] = [...noc.units.values()].map((u) => ({
    code: u.code,
    title: u.title.en,
    exampleTitles: jobTitles.get(u.code)!.slice(1),
    lead: oasis.summaries.get(u.code) ?? '',
    duties: oasis.duties.get(u.code) ?? [],
    tasks: onet?.tasks.get(u.code) ?? [],
    technologies: onet?.technologies.get(u.code) ?? [],
  }));
  const { byProgram } = computeEvidence(
    occupationTexts,
    programs.map((p) => {
      const r = rawById.get(p.id)!;
      return {
        title: p.title.en || p.title.fr,
        otherTitle: p.title.en && p.title.fr ? p.title.fr : undefined,
        tags: r.tags,
        outcomes: r.outcomes ?? [],
        modules: r.modules ?? [],
        description: [p.description.en, p.description.fr].filter(Boolean).join(' '),
      };
    }),
  );
  const series = seriesOf(programs.map((p) => ({ title: p.title.en, provider: p.provider })));
  programs.forEach((p, k) => {
    if (series[k]! > 0) p.series = series[k]!;
    if (byProgram[k]!.length > 0) p.evidence = byProgram[k]!;
  });
  if (options.programs) sourceIds.push('programs');

  if (options.programs && options.programsFormat === 'coursera') sourceIds[sourceIds.length - 1] = 'programs-coursera';
  const sources: SourceInfo[] = sourceIds.map((id) => {
    const info = SOURCE_INFO[id]!;
    return sample ? sampleSource(info) : info;
  });
  if (sample) sources.push(SOURCE_INFO.sample!);

  const titles = {
    en: [...noc.units.values()].map((u) =>
      titleLine(u.code, u.title.en, [...(noc.titles.en.get(u.code) ?? []), ...(oasis.titles.get(u.code) ?? [])]),
    ),
    fr: [...noc.units.values()].map((u) => titleLine(u.code, u.title.fr, noc.titles.fr.get(u.code) ?? [])),
  };
  const unmappedTags = [...unmapped].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  return {
    manifest: {
      schemaVersion: SCHEMA_VERSION,
      normalizerVersion: NORMALIZER_VERSION,
      builtAt: options.builtAt ?? buildDate(),
      sample,
      sources,
      regions: [...REGIONS],
      skills: skills.map((s) => ({ id: s.id, kind: s.kind, label: { en: s.label.en, fr: s.label.fr } })),
      occupations,
    },
    titles,
    programs,
    diag,
    unmappedTags,
  };
}
