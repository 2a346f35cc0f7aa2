/**
 * CSV tables as the catalogue reader and the source adapters see them: the start line of
 * every record for messages, header names cleaned of stray spaces, text decoding with the
 * Windows-1252 fallback, and required-column checks. No Node APIs: the catalogue review
 * page reads files with the same code as the CLI.
 */
import { fold } from '../text/index.js';
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

/** Trims spaces including U+00A0 and collapses inner runs: `'\u00a0Writing  '` -> `'Writing'`. */
export function cleanHeader(name: string): string {
  return name.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();
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

  /**
   * Like `find`, but a missing column is a `BuildError` naming the file and column. For the
   * official files, which come whole from their publisher (a catalogue's own required columns
   * are checked all at once, in required-columns.ts).
   */
  require(...names: string[]): number {
    const i = this.find(...names);
    if (i < 0) {
      throw new BuildError(
        `${this.table.file}: required column "${names[0]}" is missing ` +
          `(header has: ${this.table.header.join(', ')}). Download the official file again or rename the column.`,
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
