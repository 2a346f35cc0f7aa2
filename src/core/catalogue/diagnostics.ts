/**
 * Warnings and fatal errors of the index builder. Every problem names the file (relative
 * to the sources directory), the line and the field, so a person can open the file and
 * fix it; nothing is dropped without one of these.
 */

export interface Warning {
  file: string;
  /** 1-based line where the record starts; null for a whole-file notice. */
  line: number | null;
  field: string;
  reason: string;
}

/** A problem the build cannot work around: missing required file or column. */
export class BuildError extends Error {
  override name = 'BuildError';
}

export class Diagnostics {
  readonly warnings: Warning[] = [];

  /** A problem with one record: counts towards `--strict`. */
  warn(file: string, line: number, field: string, reason: string): void {
    this.warnings.push({ file, line, field, reason });
  }

  /** A whole-file notice, e.g. an optional source that is absent. */
  notice(file: string, reason: string): void {
    this.warnings.push({ file, line: null, field: '', reason });
  }

  /** Warnings that concern a record, as opposed to whole-file notices. */
  get rowWarnings(): number {
    return this.warnings.filter((w) => w.line !== null).length;
  }
}

/** `file:line: field: reason`, or `file: reason` for a notice. */
export function formatWarning(w: Warning): string {
  if (w.line === null) return `${w.file}: ${w.reason}`;
  return `${w.file}:${w.line}: ${w.field}: ${w.reason}`;
}
