/**
 * CSV/TSV reading shared by the source adapters: a real parser (quoted newlines, BOM),
 * the start line of every record for messages, header names cleaned of the stray
 * spaces and NO-BREAK SPACEs the official files carry, and required-column checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { cleanHeader, countNewlines, decodeBytes, type CsvTable } from '../core/catalogue/index.js';
import { BuildError } from '../core/catalogue/index.js';

export { cleanHeader, Columns, countNewlines, decodeBytes, field, type CsvRow, type CsvTable } from '../core/catalogue/index.js';

export interface CsvOptions {
  delimiter?: string;
  /** 'auto' (default: UTF-8, else Windows-1252), or a TextDecoder label. */
  encoding?: string;
  /** Accept stray quotes inside unquoted fields (tab files, broken scrapes). */
  relaxQuotes?: boolean;
  /** No quoting at all (O*NET tab files). */
  noQuotes?: boolean;
}

/**
 * File text. With `encoding` 'auto' (the default) a file that is not valid UTF-8 is read
 * as Windows-1252, the encoding of StatCan's and Job Bank's Latin-1 exports.
 */
export function readText(path: string, encoding = 'auto'): string {
  return decodeBytes(readFileSync(path), encoding);
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
