/**
 * Warnings and fatal errors of the index builder. Every problem names the file (relative
 * to the sources directory), the line and the field, so a person can open the file and
 * fix it; nothing is dropped without one of these.
 */
import type { CatalogueProblem, MarksProblem } from './problems.js';

/**
 * A problem found in a file read for an index (a catalogue, a learners' marks file, a source of
 * the index builder), with where it is; `microcred-widgets/core` exports it as `CatalogueWarning`.
 */
export interface Warning {
  file: string;
  /** 1-based line where the record starts; null for a whole-file notice. */
  line: number | null;
  field: string;
  /** The English sentence the CLI prints. */
  reason: string;
  /**
   * Stable code of the problem (see problems.ts), set by the catalogue reader and the
   * learners' marks reader so a page can word it in its own language; the other sources of
   * the index builder leave it out.
   */
  code?: string;
  /** The values the code's message needs (lines, the value read, the limit). */
  params?: Readonly<Record<string, unknown>>;
}

/** The `field` of a problem with a whole CSV row (its field count). */
export const ROW_FIELD = '(row)';
/** The `field` of a problem with a whole JSON array item. */
export const ITEM_FIELD = '(item)';

/** A problem the build cannot work around: missing required file or column. */
export class BuildError extends Error {
  override name = 'BuildError';
}

/**
 * A catalogue that cannot be read at all (a required column missing); `warning` says where
 * and why, with its code, for a page to word it in its own language.
 */
export class CatalogueError extends BuildError {
  override name = 'CatalogueError';

  constructor(readonly warning: Warning) {
    super(formatWarning(warning));
  }
}

export class Diagnostics {
  readonly warnings: Warning[] = [];

  /** A problem with one record: counts towards `--strict`. `problem`: its code, for a page to translate. */
  warn(file: string, line: number, field: string, reason: string, problem?: CatalogueProblem | MarksProblem): void {
    this.warnings.push({ file, line, field, reason, ...problem });
  }

  /** A whole-file notice, e.g. an optional source that is absent. */
  notice(file: string, reason: string, problem?: CatalogueProblem): void {
    this.warnings.push({ file, line: null, field: '', reason, ...problem });
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
