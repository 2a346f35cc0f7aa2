/**
 * The program catalogue's CSV, read so that no row disappears without a warning. An
 * institution's export is edited by hand, so two quoting mistakes are common: a quote
 * that is never closed (the parser would refuse the whole file, blaming its last line)
 * and a stray quote that a later quote happens to close (the rows in between vanish into
 * one field). Both are reported at the line where the quote opened; the line is then read
 * with that quote ignored and reading goes on from the next line, so the rows around it
 * are kept.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { cleanHeader, countNewlines, decodeBytes, type CsvRow, type CsvTable } from './csv.js';
import { BuildError, ROW_FIELD, type Diagnostics } from './diagnostics.js';
import type { CatalogueProblem } from './problems.js';
import { PROGRAM_ID } from '../index-format/index.js';
import { runSteps, type Steps } from '../schedule/index.js';

/**
 * The catalogue's text. A file that is UTF-8 except for a few stray bytes stays UTF-8:
 * reading the whole file as Windows-1252 would garble the accents of every row, so the
 * bad bytes become U+FFFD, which the row checks report by line and field. A file with no
 * UTF-8 text beyond ASCII is a Windows-1252 export and is read as one.
 */
export function decodeCatalogue(bytes: Uint8Array, file: string, diag: Diagnostics): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.includes('\ufffd') || /[\u0080-\ufffc\ufffe\uffff]/.test(text)) return text;
  diag.notice(file, 'not UTF-8; read as Windows-1252', { code: 'read-as-windows-1252', params: {} });
  return decodeBytes(bytes, 'windows-1252');
}

interface Parsed {
  /** Records whose last line is before the unclosed quote's record. */
  records: CsvRow[];
  /** Line (1-based, in `lines`) where the record holding an unclosed quote starts. */
  unclosedAt: number | null;
}

/**
 * Parses `lines[from..to]`; line numbers in the result are 1-based positions in `lines`.
 * When `to` cuts a quoted field, `unclosedAt` is where its record starts, as for a quote
 * never closed: the caller reads on from there.
 */
function parseFrom(lines: string[], from: number, to: number, file: string): Parsed {
  const records: CsvRow[] = [];
  try {
    parse(lines.slice(from, to).join('\n'), {
      relax_column_count: true,
      // A quote inside an unquoted field is text (`12" monitor`), not a parse error.
      relax_quotes: true,
      skip_empty_lines: true,
      // Collected as they come, so the records before an unclosed quote survive its error.
      on_record: (record, context) => {
        records.push({ line: from + context.lines - countNewlines(record), fields: record });
        return null;
      },
    });
    return { records, unclosedAt: null };
  } catch (error) {
    if ((error as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') {
      throw new BuildError(`${file}: not readable as CSV after line ${records.at(-1)?.line ?? from} (${(error as Error).message}).`);
    }
    // The open record starts on the first non-empty line after the last complete one.
    const last = records.at(-1);
    let start = last ? last.line + countNewlines(last.fields) + 1 : from + 1;
    while (start <= lines.length && lines[start - 1]!.trim() === '') start++;
    return { records, unclosedAt: start };
  }
}

interface Quote {
  /** 0-based field index in the record. */
  field: number;
  /** 1-based line where the quote opened, and its column in that line. */
  line: number;
  column: number;
  /** Line where it closed, or null when it never does. */
  closedOn: number | null;
}

/**
 * Quoted fields of the record starting at `lines[start - 1]`, scanning as RFC 4180 does:
 * a quote opens only at the start of a field, `""` is a quote inside one, and the record
 * ends at a newline outside quotes. Stops at the first quote that never closes.
 */
function quotesOf(lines: string[], start: number): Quote[] {
  const quotes: Quote[] = [];
  let field = 0;
  let open: Quote | null = null;
  for (let l = start; l <= lines.length; l++) {
    const text = lines[l - 1]!;
    let atFieldStart = open === null;
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (open) {
        if (ch !== '"') continue;
        if (text[c + 1] === '"') c++;
        else {
          open.closedOn = l;
          open = null;
        }
      } else if (ch === ',') {
        field++;
        atFieldStart = true;
      } else {
        if (ch === '"' && atFieldStart) {
          open = { field, line: l, column: c, closedOn: null };
          quotes.push(open);
        }
        atFieldStart = false;
      }
    }
    if (!open) return quotes;
  }
  return quotes;
}

/** Fields of one line read on its own, or null when it does not parse alone. */
function fieldsOfLine(line: string): string[] | null {
  try {
    const [record] = parse(line, { relax_column_count: true, relax_quotes: true }) as string[][];
    return record ?? null;
  } catch {
    return null;
  }
}

/** A row starts with a program id. */
const ROW_START = PROGRAM_ID;

/**
 * Whether a line held inside a quoted field reads as a catalogue row of its own: as many
 * fields as the header, an id first, and no field starting with a space (prose lists
 * write ", " between items; exports never do).
 */
function looksLikeRow(line: string, columns: number): boolean {
  const fields = fieldsOfLine(line);
  if (!fields || fields.length !== columns) return false;
  return ROW_START.test(fields[0]!) && fields.every((f) => !/^\s/.test(f));
}

/**
 * Lines inside the multi-line quoted field that read as rows of their own. The closing
 * line is checked together with what follows the quote on it.
 */
function swallowedLines(lines: string[], quote: Quote, columns: number): number[] {
  const found: number[] = [];
  if (quote.closedOn === null) return found;
  for (let l = quote.line + 1; l <= quote.closedOn; l++) {
    if (looksLikeRow(lines[l - 1]!, columns)) found.push(l);
  }
  return found;
}

/** `lines[line - 1]` without the quote at `column`, read on its own. */
function withoutQuote(lines: string[], quote: Quote): string[] | null {
  const text = lines[quote.line - 1]!;
  return fieldsOfLine(text.slice(0, quote.column) + text.slice(quote.column + 1));
}

/** Lines parsed at a time: a window of the file per step, so a page can yield between them. */
const WINDOW = 200;

/**
 * Parses the catalogue CSV text (BOM and CRLF allowed). Quoting mistakes become
 * warnings at the line where the quote opened, never a refused file or silently merged rows.
 */
export function parseCatalogueCsv(text: string, file: string, diag: Diagnostics): CsvTable {
  return runSteps(parseCatalogueSteps(text, file, diag));
}

/**
 * `parseCatalogueCsv` as steps, a window of lines each. A window that ends inside a quoted
 * field is read again from the record that field belongs to (twice as many lines when
 * that record started the window), so windows change nothing in what is read.
 * `windowLines`: lines per window (tests use tiny ones).
 */
export function* parseCatalogueSteps(text: string, file: string, diag: Diagnostics, windowLines = WINDOW): Steps<CsvTable> {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n/g, '\n')
    .split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new BuildError(`${file}: the file is empty; expected a header line.`);
  const headerFields = fieldsOfLine(lines[0]!);
  if (!headerFields) throw new BuildError(`${file}: the header line (line 1) has a quote that is never closed; fix the header.`);
  const header = headerFields.map(cleanHeader);
  const ctx: Reading = { lines, file, diag, header, columns: header.length };
  const rows: CsvRow[] = [];
  // Line after which reading resumes, 0-based into `lines`.
  let from = 1;
  let window = windowLines;
  while (from < lines.length) {
    const to = Math.min(lines.length, from + window);
    const { records, unclosedAt } = parseFrom(lines, from, to, file);
    const resume = checkRecords(ctx, records, rows);
    if (resume !== null) {
      from = resume;
      window = windowLines;
    } else if (unclosedAt !== null && to < lines.length) {
      // The window ended inside a quoted field: read on from the record holding it.
      const next = unclosedAt - 1;
      if (next === from) window *= 2;
      else {
        from = next;
        window = windowLines;
      }
    } else if (unclosedAt === null) {
      if (to >= lines.length) break;
      from = to;
    } else {
      from = neverClosed(ctx, unclosedAt, rows);
      continue;
    }
    yield;
  }
  return { file, header, rows };
}

/** What the checks of one catalogue's rows share. */
interface Reading {
  lines: string[];
  file: string;
  diag: Diagnostics;
  header: string[];
  columns: number;
}

/** A column past the header is `field N` (1-based); the review page words it in its language. */
function nameOf({ header }: Reading, quote: Quote): string {
  return header[quote.field] ?? `field ${quote.field + 1}`;
}

/**
 * Adds the window's `records` to `rows`, warning about a quote that spans lines and
 * swallows rows or breaks its own. Returns the line to read again from when a row was
 * recovered without its quote, else null.
 */
function checkRecords(ctx: Reading, records: readonly CsvRow[], rows: CsvRow[]): number | null {
  const { lines, file, diag, columns } = ctx;
  for (const row of records) {
    const multiline = quotesOf(lines, row.line).filter((q) => q.closedOn !== null && q.closedOn > q.line);
    const suspect = multiline.find((q) => swallowedLines(lines, q, columns).length > 0) ?? (row.fields.length !== columns ? multiline[0] : undefined);
    if (!suspect) {
      rows.push(row);
      continue;
    }
    const name = nameOf(ctx, suspect);
    const swallowed = swallowedLines(lines, suspect, columns);
    const what =
      swallowed.length > 0
        ? `holds line${swallowed.length > 1 ? 's' : ''} ${swallowed.join(', ')}, which read as rows of their own`
        : `makes the row ${row.fields.length} fields long, header has ${columns}`;
    const alone = withoutQuote(lines, suspect);
    const closedOn = suspect.closedOn!;
    const problem = (recovered: boolean): CatalogueProblem =>
      swallowed.length > 0
        ? { code: 'quote-swallows-lines', params: { closedOn, lines: swallowed, recovered } }
        : { code: 'quote-breaks-row', params: { closedOn, fields: row.fields.length, columns, recovered } };
    if (alone && alone.length === columns && suspect.line === row.line) {
      diag.warn(
        file,
        suspect.line,
        name,
        `the quote opened here closes only on line ${suspect.closedOn} and ${what}; read the line without that quote, check the quoting`,
        problem(true),
      );
      rows.push({ line: suspect.line, fields: alone });
      return suspect.line;
    }
    diag.warn(file, suspect.line, name, `the quote opened here closes only on line ${suspect.closedOn} and ${what}; check the quoting`, problem(false));
    rows.push(row);
  }
  return null;
}

/**
 * A quote never closed in the rest of the file, in the record starting on `unclosedAt`:
 * the line read without it when that makes a whole row, else skipped. Returns the line to
 * read on from.
 */
function neverClosed(ctx: Reading, unclosedAt: number, rows: CsvRow[]): number {
  const { lines, file, diag, columns } = ctx;
  const open = quotesOf(lines, unclosedAt).find((q) => q.closedOn === null);
  const line = open?.line ?? unclosedAt;
  const name = open ? nameOf(ctx, open) : ROW_FIELD;
  const alone = open && open.line === unclosedAt ? withoutQuote(lines, open) : null;
  if (alone && alone.length === columns) {
    diag.warn(file, line, name, 'the quote opened here is never closed; read the line without that quote, check the quoting', {
      code: 'quote-unclosed',
      params: { recovered: true, rowStartsOn: null },
    });
    rows.push({ line, fields: alone });
  } else {
    const start = line === unclosedAt ? '' : ` (its row starts on line ${unclosedAt})`;
    diag.warn(file, line, name, `the quote opened here is never closed${start}; row skipped, check the quoting`, {
      code: 'quote-unclosed',
      params: { recovered: false, rowStartsOn: line === unclosedAt ? null : unclosedAt },
    });
  }
  return line;
}
