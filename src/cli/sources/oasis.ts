/**
 * OaSIS 2023 adapter: skill and knowledge ratings (averaged over the profiles of each
 * unit group and scaled into (0, 1]), lead statements, main duties, example job titles and
 * employment requirements.
 */
import { fold } from '../../core/text/index.js';
import { Columns, field, readCsv, type CsvTable } from '../csv.js';
import { locate, type SourceContext } from '../context.js';
import { OASIS_KNOWLEDGE, OASIS_SKILLS, type OasisDescriptor } from '../oasis-labels.js';
import type { SkillDef } from '../../core/catalogue/index.js';
import type { RequirementGroup } from '../../core/index-format/index.js';
import { GluedWords, groupRequirements } from './oasis-requirements.js';

export const OASIS_FILES = {
  skills: 'oasis2023/skills_oasis_2023_v1.0.csv',
  knowledge: 'oasis2023/knowledges_oasis_2023_v1.0.csv',
  lead: 'oasis2023/lead-statement_oasis_2023_v1.0.csv',
  titles: 'oasis2023/example-titles_oasis_2023_v1.0.csv',
  duties: 'oasis2023/main-duties_oasis-2023_v1.0.csv',
  labels: 'oasis2023/labels_oasis_2023_v1.0.csv',
  requirements: 'oasis2023/employment-requirements_oasis_2023_v1.0.csv',
} as const;

export interface OasisData {
  /** Skill definitions of every descriptor column found, in file order. */
  skills: SkillDef[];
  /** Per unit group: `[skill id, weight]`, weights in (0, 1]. */
  profiles: Map<string, Array<[string, number]>>;
  /** Lead statement of the `.00` profile (else the lowest profile code). */
  summaries: Map<string, string>;
  /** English example titles per unit group. */
  titles: Map<string, string[]>;
  /** Main duties of every profile of each unit group, in file order. */
  duties: Map<string, string[]>;
  /** The name of each OaSIS profile ("Registered psychiatric nurses"), by profile code. */
  profileNames: Map<string, string>;
  /** Employment requirements per unit group (see oasis-requirements.ts). */
  requirements: Map<string, RequirementGroup[]>;
  /** Which files were found. */
  found: boolean;
}

const PROFILE = /^(\d{5})\.(\d{2})$/;

function profileCode(raw: string): string | null {
  const m = PROFILE.exec(raw.trim());
  if (m) return raw.trim();
  // Spreadsheets drop leading and trailing zeros: "10.00" for "00010.00", "31100.1" for
  // "31100.10", "41220" for "41220.00" (2,709 rows of the published main duties).
  const loose = /^(\d{1,5})(?:\.(\d{1,2}))?$/.exec(raw.trim());
  return loose ? `${loose[1]!.padStart(5, '0')}.${(loose[2] ?? '').padEnd(2, '0')}` : null;
}

/**
 * The OaSIS profile codes a spreadsheet shortened in one table, among the rows read: told
 * once, at the first and with their count (the published main duties have thousands).
 */
class ProfileCodes {
  private first: { line: number; raw: string; profile: string } | null = null;
  private shortened = 0;

  constructor(
    private readonly table: CsvTable,
    private readonly column: string,
  ) {}

  /** A row read (`line`), whose code `raw` stands for `profile`. */
  note(raw: string, profile: string, line: number): void {
    if (profile === raw.trim()) return;
    this.shortened++;
    this.first ??= { line, raw, profile };
  }

  /** The one warning for the shortened codes, if any. */
  report(ctx: SourceContext): void {
    if (!this.first) return;
    const more = this.shortened > 1 ? ` (and ${this.shortened - 1} more rows whose code lost its zeros)` : '';
    ctx.diag.warn(this.table.file, this.first.line, this.column, `"${this.first.raw}" lost its zeros; read as ${this.first.profile}${more}`);
  }
}

function descriptorFor(header: string, table: readonly OasisDescriptor[]): OasisDescriptor | undefined {
  const key = fold(header);
  return table.find((d) => fold(d.en) === key || (d.aliases ?? []).some((a) => fold(a) === key));
}

/** The matrix's descriptor columns as [column, skill id]; each descriptor joins `out.skills`. */
function descriptorColumns(
  ctx: SourceContext,
  table: CsvTable,
  descriptors: readonly OasisDescriptor[],
  kind: 'skill' | 'knowledge',
  skip: readonly number[],
  out: OasisData,
): Array<[number, string]> {
  const columns: Array<[number, string]> = [];
  table.header.forEach((name, i) => {
    if (skip.includes(i) || name === '') return;
    const d = descriptorFor(name, descriptors);
    if (!d) {
      ctx.diag.notice(table.file, `column "${name}" is not a known OaSIS ${kind} descriptor; ignored`);
      return;
    }
    const id = `oasis:${d.code}`;
    columns.push([i, id]);
    out.skills.push({ id, kind, label: { en: d.en, fr: d.fr }, aliases: [name, ...(d.aliases ?? [])] });
  });
  return columns;
}

function readMatrix(
  ctx: SourceContext,
  table: CsvTable,
  descriptors: readonly OasisDescriptor[],
  kind: 'skill' | 'knowledge',
  max: number,
  units: ReadonlySet<string>,
  out: OasisData,
): void {
  const cols = new Columns(table);
  const codeCol = cols.require('OaSIS Code - Final', 'OaSIS profile code', 'OaSIS Code');
  const labelCol = cols.find('OaSIS Label - Final', 'OaSIS Label');
  const columns = descriptorColumns(ctx, table, descriptors, kind, [codeCol, labelCol], out);
  // Sum of ratings and number of profiles per unit group, per column.
  const sums = new Map<string, { profiles: number; totals: number[] }>();
  const codes = new ProfileCodes(table, table.header[codeCol]!);
  for (const row of table.rows) {
    const raw = field(row, codeCol);
    const profile = profileCode(raw);
    if (!profile) {
      ctx.diag.warn(table.file, row.line, table.header[codeCol]!, `"${raw}" is not an OaSIS profile code (NNNNN.NN); row skipped`);
      continue;
    }
    const unit = profile.slice(0, 5);
    if (!units.has(unit)) {
      ctx.diag.warn(table.file, row.line, table.header[codeCol]!, `${unit} is not a NOC 2021 unit group; row skipped`);
      continue;
    }
    codes.note(raw, profile, row.line);
    const acc = sums.get(unit) ?? { profiles: 0, totals: columns.map(() => 0) };
    acc.profiles += 1;
    columns.forEach(([i], k) => {
      const text = field(row, i);
      const value = Number(text);
      if (text === '' || !Number.isInteger(value) || value < 0 || value > max) {
        ctx.diag.warn(table.file, row.line, table.header[i]!, `"${text}" is not a rating 0-${max}; counted as 0`);
        return;
      }
      acc.totals[k]! += value;
    });
    sums.set(unit, acc);
  }
  codes.report(ctx);
  for (const [unit, { profiles, totals }] of sums) {
    const list = out.profiles.get(unit) ?? [];
    columns.forEach(([, id], k) => {
      const mean = totals[k]! / profiles / max;
      if (mean > 0) list.push([id, Math.max(0.01, Math.round(mean * 100) / 100)]);
    });
    out.profiles.set(unit, list);
  }
}

function readLead(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, out: OasisData): void {
  const cols = new Columns(table);
  const codeCol = cols.require('OaSIS profile code');
  const textCol = cols.require('Lead statement');
  const chosen = new Map<string, string>();
  const codes = new ProfileCodes(table, 'OaSIS profile code');
  for (const row of table.rows) {
    const raw = field(row, codeCol);
    const profile = profileCode(raw);
    if (!profile || !units.has(profile.slice(0, 5))) {
      ctx.diag.warn(table.file, row.line, 'OaSIS profile code', `"${raw}" is not a profile of a NOC 2021 unit group; row skipped`);
      continue;
    }
    codes.note(raw, profile, row.line);
    const text = field(row, textCol).replace(/\s+/g, ' ');
    if (text === '') {
      ctx.diag.warn(table.file, row.line, 'Lead statement', 'empty');
      continue;
    }
    const unit = profile.slice(0, 5);
    const best = chosen.get(unit);
    if (best === undefined || profile < best) {
      chosen.set(unit, profile);
      out.summaries.set(unit, text);
    }
  }
  codes.report(ctx);
}

/**
 * The non-empty cells of one text column of a per-profile table, in file order, with
 * their profile and line; rows of no NOC 2021 unit group and empty cells are warned of.
 */
function* profileTexts(
  ctx: SourceContext,
  table: CsvTable,
  units: ReadonlySet<string>,
  column: string,
  what: string,
): Generator<{ profile: string; text: string; line: number }> {
  const cols = new Columns(table);
  const codeCol = cols.require('OaSIS profile code');
  const textCol = cols.require(column);
  const codes = new ProfileCodes(table, 'OaSIS profile code');
  for (const row of table.rows) {
    const raw = field(row, codeCol);
    const profile = profileCode(raw);
    if (!profile || !units.has(profile.slice(0, 5))) {
      ctx.diag.warn(table.file, row.line, 'OaSIS profile code', `"${raw}" is not a profile of a NOC 2021 unit group; row skipped`);
      continue;
    }
    codes.note(raw, profile, row.line);
    const text = field(row, textCol).replace(/\s+/g, ' ').trim();
    if (text === '') {
      ctx.diag.warn(table.file, row.line, column, `empty ${what} ignored`);
      continue;
    }
    yield { profile, text, line: row.line };
  }
  codes.report(ctx);
}

/** One text column of a per-profile table (titles, duties) into `into`, per unit group, in file order. */
function readTextPerUnit(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, column: string, what: string, into: Map<string, string[]>): void {
  for (const { profile, text } of profileTexts(ctx, table, units, column, what)) {
    const unit = profile.slice(0, 5);
    const list = into.get(unit);
    if (list) list.push(text);
    else into.set(unit, [text]);
  }
}

/** The profiles' names (`labels_oasis_2023_v1.0.csv`), read before the requirements that name them. */
function readProfileNames(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, out: OasisData): void {
  for (const { profile, text } of profileTexts(ctx, table, units, 'Label', 'profile name')) out.profileNames.set(profile, text);
}

function readRequirements(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, out: OasisData): void {
  const column = 'Employment requirement';
  const rows = [...profileTexts(ctx, table, units, column, 'requirement')];
  // Read after the lead statements and main duties, whose words tell a real word from two run together.
  const glued = new GluedWords(
    rows.map((r) => r.text),
    [...out.summaries.values(), ...[...out.duties.values()].flat()],
  );
  const sentences = rows.map((r) => ({ profile: r.profile, text: glued.repair(r.text, r.line), line: r.line }));
  glued.report(ctx, table.file, column);
  // Rows of no unit group were left out by profileTexts.
  out.requirements = groupRequirements(sentences, out.profileNames, (profile, line) =>
    ctx.diag.warn(
      table.file,
      line,
      'OaSIS profile code',
      `profile ${profile} has no name in ${OASIS_FILES.labels}; its own requirements are listed under its code`,
    ),
  );
}

export function readOasis(ctx: SourceContext, units: ReadonlySet<string>): OasisData {
  const out: OasisData = {
    skills: [],
    profiles: new Map(),
    summaries: new Map(),
    titles: new Map(),
    duties: new Map(),
    profileNames: new Map(),
    requirements: new Map(),
    found: false,
  };
  const steps: Array<[string, string, (t: CsvTable) => void]> = [
    [OASIS_FILES.skills, 'skill ratings', (t) => readMatrix(ctx, t, OASIS_SKILLS, 'skill', 5, units, out)],
    [OASIS_FILES.knowledge, 'knowledge ratings', (t) => readMatrix(ctx, t, OASIS_KNOWLEDGE, 'knowledge', 3, units, out)],
    [OASIS_FILES.lead, 'occupation summaries', (t) => readLead(ctx, t, units, out)],
    [OASIS_FILES.titles, 'OaSIS example titles', (t) => readTextPerUnit(ctx, t, units, 'Job title text', 'title', out.titles)],
    [OASIS_FILES.duties, 'main duties', (t) => readTextPerUnit(ctx, t, units, 'Main duties', 'duty', out.duties)],
    [OASIS_FILES.labels, 'profile names', (t) => readProfileNames(ctx, t, units, out)],
    [OASIS_FILES.requirements, 'employment requirements', (t) => readRequirements(ctx, t, units, out)],
  ];
  if (steps.every(([rel]) => !locate(ctx, rel))) {
    ctx.diag.notice('oasis2023/', 'optional source absent: no skill ratings, summaries, main duties, OaSIS example titles or employment requirements');
    return out;
  }
  for (const [rel, what, read] of steps) {
    const path = locate(ctx, rel);
    if (!path) {
      ctx.diag.notice(rel, `optional file absent: no ${what}`);
      continue;
    }
    out.found = true;
    read(readCsv(path, rel));
  }
  return out;
}
