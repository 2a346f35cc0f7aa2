/**
 * Learners' "Not relevant to this job" marks, read from the inquiry server's outcomes report
 * (the CSV `<mc-outcomes-report>` downloads, or the JSON of `GET /api/outcomes`), so that the
 * catalogue review can show them beside each program's occupations. Only the report's
 * `unrelated` marks are read; its other sections are left alone.
 *
 * A mark that cannot be read is a warning naming file, line and field, and is skipped; a
 * file that is not an outcomes report, or comes from a server older than the marks, is a
 * `LearnerMarksError`. In the JSON report the "line" is the 1-based position of the mark in
 * `unrelated`, as the catalogue reader numbers the items of a JSON catalogue. No Node APIs:
 * the review page reads the file from the person's own disk.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import * as v from 'valibot';
import { OUTCOMES_FORMAT } from '../analytics/index.js';
import { decodeCatalogue } from './catalogue-csv.js';
import { Columns, cleanHeader, countNewlines, field, type CsvRow } from './csv.js';
import { BuildError, Diagnostics, ITEM_FIELD, ROW_FIELD, formatWarning, type Warning } from './diagnostics.js';
import { aKind, kindOf, type MarksProblem } from './problems.js';

/** Marks by program id, then by occupation (NOC 2021 code): how many page loads marked the pair. */
export type LearnerMarks = Map<string, Map<string, number>>;

/** A marks file that cannot be read at all; `warning` says where and why, with its code. */
export class LearnerMarksError extends BuildError {
  override name = 'LearnerMarksError';
  /** The problem as the reader's warnings carry it, for a page to word in its language. */
  readonly warning: Warning;

  constructor(file: string, line: number | null, fieldName: string, reason: string, problem: MarksProblem) {
    const warning: Warning = { file, line, field: fieldName, reason, ...problem };
    super(formatWarning(warning));
    this.warning = warning;
  }
}

/** The outcomes CSV's columns the reader uses (`OUTCOMES_CSV_COLUMNS` in src/server/outcomes.ts). */
const REPORT_COLUMNS = ['section', 'key'] as const;
const MARK_COLUMNS = ['occupation', 'marks'] as const;
/** The section of the outcomes CSV that holds the marks; its `key` is the program id. */
const UNRELATED = 'unrelated';

const NOC_CODE = /^\d{5}$/;
/** The first character of a cell a spreadsheet would run as a formula, which the CSV escapes with `'`. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/;

/** A mark as written, before it is checked: its cells, each with the field name messages use. */
interface RawMark {
  line: number;
  programId: { field: string; value: string };
  code: { field: string; value: string };
  marks: { field: string; value: string };
}

/** A marks file as read: its marks, and the problems of the marks it skipped, in file order. */
export interface LearnerMarksFile {
  file: string;
  marks: LearnerMarks;
  warnings: Warning[];
}

/**
 * Reads a file of learners' marks: the outcomes report's CSV or its JSON (a `file` name
 * ending in `.json` or `.csv` says which; otherwise the first character does). A pair
 * written twice counts the sum of its rows (two reports pasted together).
 * @throws LearnerMarksError when the file is not an outcomes report, or has no marks columns.
 */
export function readLearnerMarks(bytes: Uint8Array, file: string): LearnerMarksFile {
  const diag = new Diagnostics();
  const text = decodeCatalogue(bytes, file, diag).replace(/^\ufeff/, '');
  if (text.trim() === '')
    throw new LearnerMarksError(file, null, '', 'the file is empty; expected the outcomes report (CSV or JSON)', { code: 'marks-empty', params: {} });
  const name = file.toLowerCase();
  const json = name.endsWith('.json') || (!name.endsWith('.csv') && /^\s*[{[]/.test(text));
  const marks: LearnerMarks = new Map();
  for (const raw of json ? jsonMarks(text, file, diag) : csvMarks(text, file, diag)) {
    const mark = checkMark(raw, file, diag);
    if (!mark) continue;
    let byCode = marks.get(mark.programId);
    if (!byCode) marks.set(mark.programId, (byCode = new Map()));
    byCode.set(mark.code, (byCode.get(mark.code) ?? 0) + mark.marks);
  }
  // Rows of the wrong length are found while the CSV is read, the others after: file order.
  return { file, marks, warnings: [...diag.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** How many marks, on how many programs; with `keep`, only the programs it keeps. */
export function tallyMarks(marks: LearnerMarks, keep: (programId: string) => boolean = () => true): { marks: number; programs: number } {
  let total = 0;
  let programs = 0;
  for (const [id, byCode] of marks) {
    if (!keep(id)) continue;
    programs++;
    total += sumMarks(byCode);
  }
  return { marks: total, programs };
}

/** The marks on one program, all occupations together. */
export function sumMarks(byCode: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of byCode.values()) n += count;
  return n;
}

/** The cell without the `'` the outcomes CSV puts before a would-be formula. */
function unescapeCell(cell: string): string {
  return cell.replace(ESCAPED_FORMULA, '');
}

/** The CSV's records, each with the line it starts on (blank lines skipped). */
function csvRecords(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  try {
    parse(text, {
      relax_column_count: true,
      // A quote inside an unquoted field is text, as in the catalogue reader.
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        rows.push({ line: context.lines - countNewlines(record), fields: record });
        return null;
      },
    });
  } catch {
    // The record that fails starts on the first non-blank line after the last one read.
    const lines = text.split('\n');
    const last = rows.at(-1);
    let line = last ? last.line + countNewlines(last.fields) + 1 : 1;
    while (line < lines.length && lines[line - 1]!.trim() === '') line++;
    throw new LearnerMarksError(file, line, ROW_FIELD, 'the quoting cannot be read from this line on; download the report again', {
      code: 'marks-not-csv',
      params: {},
    });
  }
  return rows;
}

/** The marks of the outcomes CSV: the rows of its `unrelated` section. */
function csvMarks(text: string, file: string, diag: Diagnostics): RawMark[] {
  const [head, ...rows] = csvRecords(text.replace(/\r\n?/g, '\n'), file);
  const header = head!.fields.map(cleanHeader);
  const cols = new Columns({ file, header, rows });
  const absent = (names: readonly string[]) => names.filter((name) => cols.find(name) < 0);
  const notReport = absent(REPORT_COLUMNS);
  if (notReport.length > 0) {
    const list = notReport.join(' and ');
    throw new LearnerMarksError(
      file,
      head!.line,
      notReport[0]!,
      `the header has no ${list} column${notReport.length > 1 ? 's' : ''}: this is not the outcomes report's CSV ("Download CSV" in the outcomes report saves it)`,
      { code: 'marks-not-outcomes-csv', params: { missing: notReport } },
    );
  }
  const older = absent(MARK_COLUMNS);
  if (older.length > 0) throw olderReport(file, head!.line, older, 'csv');
  const [section, key] = REPORT_COLUMNS.map((name) => cols.find(name));
  const [occupation, marks] = MARK_COLUMNS.map((name) => cols.find(name));
  const cell = (row: CsvRow, i: number) => ({ field: header[i]!, value: unescapeCell(field(row, i)).trim() });
  const out: RawMark[] = [];
  for (const row of rows) {
    if (unescapeCell(field(row, section!)) !== UNRELATED) continue;
    if (row.fields.length !== header.length) {
      const fields = row.fields.length;
      const columns = header.length;
      diag.warn(file, row.line, ROW_FIELD, `${fields} fields, header has ${columns}; mark skipped, check the quoting`, {
        code: 'mark-field-count',
        params: { fields, columns },
      });
      continue;
    }
    out.push({ line: row.line, programId: cell(row, key!), code: cell(row, occupation!), marks: cell(row, marks!) });
  }
  return out;
}

function olderReport(file: string, line: number | null, missing: string[], kind: 'csv' | 'json'): LearnerMarksError {
  const what = kind === 'csv' ? `no ${missing.join(' and ')} column${missing.length > 1 ? 's' : ''}` : `no ${missing.join(' and ')} field`;
  return new LearnerMarksError(
    file,
    line,
    missing[0]!,
    `${what}: this report comes from a server older than learners' marks; update the inquiry server, then download the report again`,
    { code: 'marks-older-report', params: { missing, kind } },
  );
}

/** The parts of the JSON report the reader uses; everything else in it is left alone. */
const ReportSchema = v.looseObject({ format: v.literal(OUTCOMES_FORMAT), unrelated: v.optional(v.unknown()) });
/** A mark's cells: text or a number each (`marks` is a number in the report; a code may have been retyped as one). */
const cellSchema = v.optional(v.union([v.string(), v.number()]));
const MarkSchema = v.looseObject({ programId: cellSchema, code: cellSchema, marks: cellSchema });

/** Line of a `JSON.parse` error, when the engine's message gives it or the position. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const message = (error as Error).message;
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const at = /at position (\d+)/.exec(message);
  return at ? countNewlines([text.slice(0, Number(at[1]))]) + 1 : null;
}

/** The marks of the JSON report: its `unrelated` list. */
function jsonMarks(text: string, file: string, diag: Diagnostics): RawMark[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LearnerMarksError(file, jsonErrorLine(text, error), '', 'not valid JSON; download the report again', { code: 'marks-not-json', params: {} });
  }
  const report = v.safeParse(ReportSchema, json);
  if (!report.success) {
    throw new LearnerMarksError(file, null, 'format', `not an outcomes report: expected an object with "format": "${OUTCOMES_FORMAT}"`, {
      code: 'marks-not-outcomes-json',
      params: {},
    });
  }
  const list = report.output.unrelated;
  if (list === undefined) throw olderReport(file, null, [UNRELATED], 'json');
  if (!Array.isArray(list)) {
    const found = kindOf(list);
    throw new LearnerMarksError(file, null, UNRELATED, `expected a list of marks, found ${aKind(found)}`, {
      code: 'marks-unrelated-not-a-list',
      params: { found },
    });
  }
  const out: RawMark[] = [];
  list.forEach((item: unknown, i) => {
    const line = i + 1;
    const mark = v.safeParse(MarkSchema, item);
    if (mark.success) {
      const cell = (name: 'programId' | 'code' | 'marks') => ({ field: name, value: String(mark.output[name] ?? '').trim() });
      out.push({ line, programId: cell('programId'), code: cell('code'), marks: cell('marks') });
      return;
    }
    const key = mark.issues[0].path?.[0]?.key;
    if (typeof key !== 'string') {
      diag.warn(file, line, ITEM_FIELD, 'not an object; mark skipped', { code: 'mark-not-object', params: {} });
      return;
    }
    const found = kindOf((item as Record<string, unknown>)[key]);
    diag.warn(file, line, key, `expected text or a number, found ${aKind(found)}; mark skipped`, { code: 'mark-not-text', params: { found } });
  });
  return out;
}

/** The mark, or null with a warning for each cell that is empty or malformed. */
function checkMark(raw: RawMark, file: string, diag: Diagnostics): { programId: string; code: string; marks: number } | null {
  let ok = true;
  const warn = (cell: { field: string }, reason: string, problem: MarksProblem) => {
    diag.warn(file, raw.line, cell.field, reason, problem);
    ok = false;
  };
  for (const cell of [raw.programId, raw.code, raw.marks]) {
    if (cell.value === '') warn(cell, 'empty; mark skipped', { code: 'mark-missing', params: {} });
  }
  const code = raw.code.value;
  const shown = (value: string) => value.slice(0, 80);
  if (code !== '' && !NOC_CODE.test(code)) {
    warn(raw.code, `"${shown(code)}" is not a NOC 2021 code (five digits, like 21330); mark skipped`, {
      code: 'mark-not-a-code',
      params: { value: shown(code) },
    });
  }
  const written = raw.marks.value;
  const marks = Number(written);
  if (written !== '' && (!/^\d+$/.test(written) || marks < 1 || !Number.isSafeInteger(marks))) {
    warn(raw.marks, `"${shown(written)}" is not a number of marks (a whole number, 1 or more); mark skipped`, {
      code: 'mark-not-a-count',
      params: { value: shown(written) },
    });
  }
  return ok ? { programId: raw.programId.value, code, marks } : null;
}
