/**
 * CSV/TSV reading shared by the source adapters: a real parser (quoted newlines, BOM),
 * the start line of every record for messages, header names cleaned of the stray
 * spaces and NO-BREAK SPACEs the official files carry, and required-column checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fold } from '../core/normalize.js';
import { BuildError } from './diagnostics.js';

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  /** File name as shown in messages (relative to the sources directory). */
  file: string;
  header: string[];
  rows: CsvRow[];
}

export interface CsvOptions {
  delimiter?: string;
  /** 'auto' (default: UTF-8, else Windows-1252), or a TextDecoder label. */
  encoding?: string;
  /** Accept stray quotes inside unquoted fields (tab files, broken scrapes). */
  relaxQuotes?: boolean;
  /** No quoting at all (O*NET tab files). */
  noQuotes?: boolean;
}

/** Trims spaces including U+00A0 and collapses inner runs: `'\u00a0Writing  '` -> `'Writing'`. */
export function cleanHeader(name: string): string {
  return name.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();
}

/**
 * File text. With `encoding` 'auto' (the default) a file that is not valid UTF-8 is read
 * as Windows-1252, the encoding of StatCan's and Job Bank's Latin-1 exports.
 */
export function readText(path: string, encoding = 'auto'): string {
  return decodeBytes(readFileSync(path), encoding);
}

// Windows-1252 bytes 0x80-0x9F (Node's TextDecoder reads them as Latin-1 C1 controls).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

export function decodeBytes(bytes: Uint8Array, encoding = 'auto'): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (encoding !== 'auto') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Line breaks inside a record's fields, to find the line it starts on. */
export function countNewlines(fields: string[]): number {
  let n = 0;
  for (const field of fields) {
    for (let i = 0; i < field.length; i++) if (field.charCodeAt(i) === 10) n++;
  }
  return n;
}

/** Parses CSV text; the first record is the header. */
export function parseCsv(text: string, file: string, options: CsvOptions = {}): CsvTable {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // CRLF to LF first: csv-parse counts a CRLF inside a quoted field as two lines,
    // which would shift every later line number in messages.
    records = parse(text.replace(/\r\n/g, '\n'), {
      bom: true,
      info: true,
      delimiter: options.delimiter ?? ',',
      relax_column_count: true,
      relax_quotes: options.relaxQuotes ?? false,
      quote: options.noQuotes ? false : '"',
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BuildError(`${file}: not readable as CSV (${reason}). Re-export it as UTF-8 CSV.`);
  }
  const first = records[0];
  if (!first) throw new BuildError(`${file}: the file is empty; expected a header line.`);
  const header = first.record.map(cleanHeader);
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines - countNewlines(record),
    fields: record,
  }));
  return { file, header, rows };
}

export function readCsv(path: string, file: string, options: CsvOptions = {}): CsvTable {
  if (!existsSync(path)) throw new BuildError(`${file}: file not found.`);
  return parseCsv(readText(path, options.encoding), file, options);
}

/** Column positions by cleaned, folded header name. */
export class Columns {
  private readonly byKey = new Map<string, number>();

  constructor(readonly table: CsvTable) {
    table.header.forEach((name, i) => {
      const key = fold(name);
      if (!this.byKey.has(key)) this.byKey.set(key, i);
    });
  }

  /** Index of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const name of names) {
      const i = this.byKey.get(fold(name));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** Like `find`, but a missing column is a `BuildError` naming the file and column. */
  require(...names: string[]): number {
    const i = this.find(...names);
    if (i < 0) {
      throw new BuildError(
        `${this.table.file}: required column "${names[0]}" is missing ` +
          `(header has: ${this.table.header.join(', ')}). ` +
          'Download the official file again or rename the column.',
      );
    }
    return i;
  }
}

/** Field `i` of the row, trimmed (U+00A0 included); '' when absent. */
export function field(row: CsvRow, i: number): string {
  if (i < 0) return '';
  return (row.fields[i] ?? '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
}

/** NOC 2021 unit-group code with leading zeros restored, or null when not 1-5 digits. */
export function nocCode(raw: string): string | null {
  const text = raw.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  return text.padStart(5, '0');
}

/**
 * A number as the official files write it: `8,238,800`, `42.5`, `N/A`/`N/D`/'' -> null.
 * Returns undefined when the text is not a number at all, so the caller can warn.
 */
export function parseNumber(raw: string): number | null | undefined {
  const text = raw.replace(/[\s\u00a0]/g, '');
  if (text === '' || /^(n\/a|n\/d|na|nd|x|\.\.)$/i.test(text)) return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}
