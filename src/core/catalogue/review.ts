/**
 * The catalogue review: a catalogue read and tagged as the index builder would, then
 * corrected by a person (accept or reject each suggested skill, add others) and written
 * back in its own format with the `reviewed_skills` column, which the builder takes as
 * authoritative. The review page and the tests drive it through these functions only.
 */
import { runInSlices, Slicer } from '../schedule/index.js';
import { Columns } from './csv.js';
import { Diagnostics, type Warning } from './diagnostics.js';
import { NOT_FOR_COLUMN, readCatalogueSteps, REVIEWED_COLUMN, REVIEWED_NONE, type Catalogue, type RawProgram } from './programs.js';
import { tagProgram } from './tag-program.js';
import { SkillTagger, type SkillSuggestion } from './tagger.js';
import type { SkillDef } from './vocabulary.js';

/** A person's decision on a suggested skill. */
export type Decision = 'accepted' | 'rejected';

/** One program under review. Mutated in place by `decide`, `addSkill` and `removeSkill`. */
export interface ReviewEntry {
  program: RawProgram;
  /** What the builder would tag it with, strongest evidence first within each source. */
  suggestions: SkillSuggestion[];
  /** A person's decision on a suggestion, by skill id. */
  decisions: Map<string, Decision>;
  /** Skill ids a person added, in the order added. */
  added: string[];
  /** NOC codes of the occupations a person says it does not train for (from the file, then marked). */
  notFor: Set<string>;
}

/** A catalogue read and tagged for review: one entry per program, and what reading it found. */
export interface CatalogueReview {
  catalogue: Catalogue;
  entries: ReviewEntry[];
  /** Problems found reading the file, in file order (line null: about the whole file). */
  warnings: Warning[];
}

/** Options of `reviewCatalogue`. */
export interface ReviewOptions {
  signal?: AbortSignal;
  /** Called between slices with how many programs are tagged so far. */
  onProgress?: (done: number, total: number) => void;
  /** Milliseconds of work before the page gets a turn (default 8). */
  budget?: number;
}

/**
 * A tagger over `vocabulary`, for `reviewCatalogue`, built in slices that give the page a
 * turn (a full vocabulary takes a few hundred milliseconds); reuse it for several files.
 */
export function reviewTagger(vocabulary: readonly SkillDef[], opts: { signal?: AbortSignal; budget?: number } = {}): Promise<SkillTagger> {
  return SkillTagger.inSlices(vocabulary, new Slicer(opts));
}

/**
 * Reads `bytes` (a canonical CSV, or JSON when `file` ends in `.json`) and tags every
 * program, giving the page a turn every few milliseconds. A file reviewed before starts
 * from its `reviewed_skills`: those suggestions accepted, the others rejected, the rest added.
 * @throws BuildError when the file cannot be read at all (no header, not JSON, a required column missing).
 */
export async function reviewCatalogue(
  bytes: Uint8Array,
  file: string,
  tagger: SkillTagger,
  known: (id: string) => boolean,
  opts: ReviewOptions = {},
): Promise<CatalogueReview> {
  const slicer = new Slicer({ signal: opts.signal, budget: opts.budget });
  const diag = new Diagnostics();
  const catalogue = await runInSlices(readCatalogueSteps(bytes, file, diag), slicer);
  const entries: ReviewEntry[] = [];
  const total = catalogue.programs.length;
  for (const program of catalogue.programs) {
    const { suggestions } = tagProgram(tagger, program, known);
    const entry: ReviewEntry = { program, suggestions, decisions: new Map(), added: [], notFor: new Set(program.notFor) };
    if (program.reviewed) {
      const kept = new Set(program.reviewed);
      for (const s of suggestions) entry.decisions.set(s.skill, kept.has(s.skill) ? 'accepted' : 'rejected');
      entry.added = program.reviewed.filter((id) => !suggestions.some((s) => s.skill === id));
    }
    entries.push(entry);
    if (slicer.due()) {
      opts.onProgress?.(entries.length, total);
      await slicer.pause();
    }
  }
  slicer.finish();
  opts.onProgress?.(total, total);
  return { catalogue, entries, warnings: diag.warnings };
}

/** Records a decision on a suggested skill; `null` takes it back. */
export function decide(entry: ReviewEntry, skill: string, decision: Decision | null): void {
  if (!entry.suggestions.some((s) => s.skill === skill)) throw new RangeError(`${skill} is not a suggestion for ${entry.program.id}`);
  if (decision === null) entry.decisions.delete(skill);
  else entry.decisions.set(skill, decision);
}

/** Adds a skill a person chose; a suggestion is accepted instead. False when already there. */
export function addSkill(entry: ReviewEntry, skill: string): boolean {
  if (entry.suggestions.some((s) => s.skill === skill)) {
    const was = entry.decisions.get(skill);
    entry.decisions.set(skill, 'accepted');
    return was !== 'accepted';
  }
  if (entry.added.includes(skill)) return false;
  entry.added.push(skill);
  return true;
}

/** Removes a skill a person added. */
export function removeSkill(entry: ReviewEntry, skill: string): void {
  entry.added = entry.added.filter((id) => id !== skill);
}

/**
 * Marks (or with `on` false, unmarks) an occupation the program does not train for: once
 * the index is rebuilt from the export, the program is never recommended for it.
 */
export function markNotFor(entry: ReviewEntry, code: string, on: boolean): void {
  if (on) entry.notFor.add(code);
  else entry.notFor.delete(code);
}

/**
 * The `not_for_occupations` value of an entry: NOC codes in ascending order, separated by
 * `;`; null when neither the file nor the review has any (the field is left as it was).
 */
export function notForValue(entry: ReviewEntry): string | null {
  if (entry.notFor.size === 0 && (entry.program.notFor?.length ?? 0) === 0) return null;
  return [...entry.notFor].sort().join(';');
}

/** Whether a person has changed or confirmed anything about the program's skills. */
export function touched(entry: ReviewEntry): boolean {
  return entry.decisions.size > 0 || entry.added.length > 0;
}

/**
 * The skills the program will have: the suggestions not rejected, then the added ones.
 * This is what the builder uses once exported (it would use all suggestions untouched).
 */
export function finalSkills(entry: ReviewEntry): string[] {
  const kept = entry.suggestions.filter((s) => entry.decisions.get(s.skill) !== 'rejected').map((s) => s.skill);
  return [...kept, ...entry.added.filter((id) => !kept.includes(id))];
}

/**
 * Covered: the program keeps at least one skill a person accepted or added, or a strong
 * suggestion not rejected. Weak and medium suggestions alone are not coverage.
 */
export function covered(entry: ReviewEntry): boolean {
  if (entry.added.length > 0) return true;
  return entry.suggestions.some((s) => {
    const decision = entry.decisions.get(s.skill);
    return decision === 'accepted' || (decision === undefined && s.strength === 'strong');
  });
}

/** How many programs of the review are covered (see `covered`), of how many. */
export function coverage(review: CatalogueReview): { covered: number; total: number } {
  return { covered: review.entries.filter(covered).length, total: review.entries.length };
}

/** The `reviewed_skills` value of an entry: ids separated by `;`, `none`, or '' when untouched. */
export function reviewedValue(entry: ReviewEntry): string {
  if (!touched(entry)) return '';
  const skills = finalSkills(entry);
  return skills.length > 0 ? skills.join(';') : REVIEWED_NONE;
}

/**
 * The columns the review writes: each entry's value, or null to leave the field as the file
 * has it; `always`, added to a CSV that lacks it even when no program has a value.
 */
const REVIEW_COLUMNS: ReadonlyArray<{ column: string; valueOf: (entry: ReviewEntry) => string | null; always: boolean }> = [
  { column: REVIEWED_COLUMN, valueOf: (entry) => (touched(entry) ? reviewedValue(entry) : null), always: true },
  { column: NOT_FOR_COLUMN, valueOf: notForValue, always: false },
];

/** A reviewed catalogue written back as a file (`exportReview`), ready to download. */
export interface ReviewExport {
  /** Suggested file name: the original name with `-reviewed` before the extension. */
  name: string;
  type: 'text/csv' | 'application/json';
  text: string;
}

/**
 * The catalogue written back in its own format: every record of the file as read (rows
 * with problems too, so nothing is lost), with the `reviewed_skills` column set for each
 * program a person reviewed and left as it was for the others, and `not_for_occupations`
 * for each program marked as not training for some occupation (or unmarked since). Rows
 * the reader could not separate (a quote never closed) are not in the file it read, and so
 * not here: the problems list names them.
 */
export function exportReview(review: CatalogueReview): ReviewExport {
  const { catalogue } = review;
  const byLine = new Map(review.entries.map((e) => [e.program.line, e]));
  const name = exportName(catalogue);
  if (catalogue.kind === 'json') {
    const items = catalogue.items.map((item, i) => {
      const entry = byLine.get(i + 1);
      if (!entry) return item;
      const out = { ...(item as Record<string, unknown>) };
      for (const { column, valueOf } of REVIEW_COLUMNS) {
        const value = valueOf(entry);
        if (value !== null) out[column] = value;
      }
      return out;
    });
    return { name, type: 'application/json', text: `${JSON.stringify(items, null, 2)}\n` };
  }
  const { table } = catalogue;
  const header = [...table.header];
  const rows = table.rows.map((row) => [...row.fields]);
  const found = new Columns(table);
  for (const { column, valueOf, always } of REVIEW_COLUMNS) {
    let at = found.find(column);
    const values = table.rows.map((row) => {
      const entry = byLine.get(row.line);
      return entry ? valueOf(entry) : null;
    });
    if (at < 0) {
      if (!always && values.every((v) => v === null)) continue;
      at = header.length;
      header.push(column);
      // A new column: every whole row gets its (empty) field, so the row keeps the header's length.
      for (const fields of rows) if (fields.length === at) fields.push('');
    }
    values.forEach((value, k) => {
      if (value === null) return;
      const fields = rows[k]!;
      while (fields.length <= at) fields.push('');
      fields[at] = value;
    });
  }
  return { name, type: 'text/csv', text: [header, ...rows].map(csvLine).join('') };
}

/** The export's file name: the catalogue's, with `-reviewed` before the extension. */
export function exportName(catalogue: Catalogue): string {
  const dot = catalogue.file.lastIndexOf('.');
  const base = dot > 0 ? catalogue.file.slice(0, dot) : catalogue.file;
  return `${base}-reviewed.${catalogue.kind}`;
}

/** One CSV record, RFC 4180: a field with a comma, quote or line break, or spaces at either end, is quoted. */
export function csvLine(fields: readonly string[]): string {
  const quoted = fields.map((f) => (/[",\r\n]|^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
  return `${quoted.join(',')}\n`;
}
