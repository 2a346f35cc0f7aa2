/**
 * The catalogue reader's problems as data: a stable code and its parameters, so a page can
 * word each problem in its own language (src/i18n, `catalogueReview.problemText`) while
 * the CLI prints the English `reason` written next to each one. Codes never change
 * meaning; a new kind of problem gets a new code, and a page that does not know a code
 * shows the English reason instead.
 */

/** What a JSON value is, for messages: `found an object`, `found a list`. */
export type JsonKind = 'list' | 'null' | 'object' | 'string' | 'number' | 'boolean';

/** What a JSON value is, for messages. */
export function kindOf(value: unknown): JsonKind {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'object';
  // Only JSON reaches here: the rest are strings, numbers and booleans.
  return typeof value as JsonKind;
}

/** `a list`, `an object`, `null`: a kind in an English reason. */
export function aKind(kind: JsonKind): string {
  if (kind === 'null') return 'null';
  return kind === 'object' ? 'an object' : `a ${kind}`;
}

/** Parameters of each problem code. */
export interface CatalogueProblemParams {
  /** The file has no UTF-8 text beyond ASCII: read as a Windows-1252 export. */
  'read-as-windows-1252': Record<string, never>;
  /** A quote closes only on `closedOn` and holds `lines`, which look like rows of their own. */
  'quote-swallows-lines': { closedOn: number; lines: number[]; recovered: boolean };
  /** A quote closes only on `closedOn`, and the row has `fields` fields instead of `columns`. */
  'quote-breaks-row': { closedOn: number; fields: number; columns: number; recovered: boolean };
  /** A quote is never closed; `rowStartsOn` when the row began on an earlier line. */
  'quote-unclosed': { recovered: boolean; rowStartsOn: number | null };
  /**
   * Required columns absent from the header, which has `header`: each entry of `missing` is
   * satisfied by any one of its names (`[['id'], ['title_en', 'title_fr']]`). The file is
   * not read.
   */
  'columns-missing': { missing: string[][]; header: string[] };
  /** A row with `fields` fields, the header has `columns`. */
  'field-count': { fields: number; columns: number };
  /** A JSON array item that is not an object. */
  'item-not-object': Record<string, never>;
  /** A value that should be text is `found`. */
  'not-text': { found: JsonKind };
  /** Bytes that are not UTF-8 (shown as U+FFFD). */
  'not-utf8': Record<string, never>;
  /** Text of `length` characters, cut to `max`. */
  'too-long': { length: number; max: number };
  'id-missing': Record<string, never>;
  'id-invalid': { value: string };
  'id-duplicate': { value: string };
  'title-missing': Record<string, never>;
  /**
   * A `provider_fr` of `value` where line `line` gives the same provider the French name
   * `kept`, which is kept.
   */
  'provider-fr-differs': { value: string; kept: string; line: number };
  'url-not-https': { value: string };
  'not-a-number': { value: string };
  'too-large': { value: string; max: number };
  /** A value not among `allowed` (delivery, language). */
  'not-allowed': { value: string; allowed: string[] };
  'region-unknown': { value: string };
  'not-yes-no': { value: string };
  /** `count` skill tags of a JSON list are not text; the first is `found`. */
  'tags-not-text': { count: number; found: JsonKind };
  /** `reviewed_skills` is `found`, not text or a list. */
  'reviewed-not-text': { found: JsonKind };
  /** A `reviewed_skills` entry that is not a skill id. */
  'reviewed-not-an-id': { value: string };
  /** `not_for_occupations` is `found`, not text or a list. */
  'not-for-not-text': { found: JsonKind };
  /** A `not_for_occupations` entry that is not a NOC code. */
  'not-for-not-a-code': { value: string };
}

export type CatalogueProblemCode = keyof CatalogueProblemParams;

/** One problem of a reader whose codes and parameters are `P`: its code and that code's parameters. */
type ProblemOf<P> = { [C in keyof P]: { code: C; params: P[C] } }[keyof P];
/** A reader's message table: one function per code, from its parameters to a sentence. */
type MessagesOf<P> = { [C in keyof P]: (params: P[C]) => string };

/** One problem of the catalogue reader. */
export type CatalogueProblem = ProblemOf<CatalogueProblemParams>;
/** The message table of the catalogue reader's problems. */
export type CatalogueProblemMessages = MessagesOf<CatalogueProblemParams>;

/**
 * Parameters of each problem of the learners' marks reader (learner-marks.ts). The `marks-`
 * codes refuse the whole file (`LearnerMarksError`); the `mark-` codes skip one mark.
 */
export interface MarksProblemParams {
  'marks-empty': Record<string, never>;
  /** CSV quoting that cannot be read from the line named on. */
  'marks-not-csv': Record<string, never>;
  'marks-not-json': Record<string, never>;
  /** A CSV without the outcomes report's `section` or `key` column: `missing`, those absent. */
  'marks-not-outcomes-csv': { missing: string[] };
  /** JSON that is not an object with `format: 'mc-outcomes/1'`. */
  'marks-not-outcomes-json': Record<string, never>;
  /** The report's `unrelated` is `found`, not a list. */
  'marks-unrelated-not-a-list': { found: JsonKind };
  /**
   * A report from a server older than the marks: its CSV has no `occupation` or `marks`
   * column, its JSON no `unrelated` (`missing`, those absent).
   */
  'marks-older-report': { missing: string[]; kind: 'csv' | 'json' };
  /** A row of the `unrelated` section with `fields` fields, the header has `columns`. */
  'mark-field-count': { fields: number; columns: number };
  /** An item of the JSON report's `unrelated` that is not an object. */
  'mark-not-object': Record<string, never>;
  /** The program id, occupation code or number of marks is empty or absent. */
  'mark-missing': Record<string, never>;
  /** A JSON value that should be text or a number is `found`. */
  'mark-not-text': { found: JsonKind };
  'mark-not-a-code': { value: string };
  'mark-not-a-count': { value: string };
}

export type MarksProblemCode = keyof MarksProblemParams;

/** One problem of the marks reader. */
export type MarksProblem = ProblemOf<MarksProblemParams>;
/** The message table of the marks reader's problems. */
export type MarksProblemMessages = MessagesOf<MarksProblemParams>;

/**
 * The message of a problem whose code `table` knows, else null (a newer builder's code, or
 * a code of the other reader's table).
 */
export function problemText(table: CatalogueProblemMessages | MarksProblemMessages, code: string | undefined, params: unknown): string | null {
  if (code === undefined || !Object.hasOwn(table, code)) return null;
  // The code names the parameters' type: the union cannot be narrowed through the index.
  return (table[code as keyof typeof table] as (p: unknown) => string)(params ?? {});
}
