/**
 * Typed errors of index loading, and of an occupation code the index does not hold. Each
 * carries a stable `code` (the one elements put in `mc-error`), the facts that caused it as
 * fields, and an English `message` that names the file or code and what to do.
 * `describeIndexError` in `messages.ts` words the loading errors in French too.
 */
import type { Occupation } from './schema.js';

/** Stable machine-readable codes, shared with the elements' `mc-error` detail. */
export type IndexErrorCode = 'network' | 'not-found' | 'index-blocked' | 'index-format' | 'index-version' | 'index-integrity';

/** Base class: every loading error is an `IndexError`. */
export abstract class IndexError extends Error {
  abstract readonly code: IndexErrorCode;
  /** The file or URL concerned. */
  readonly file: string;

  constructor(message: string, file: string, options?: { cause?: unknown }) {
    super(message, options);
    this.file = file;
  }
}

/**
 * Why a fetch did not give us the file: `blocked` is the browser refusing it (this page's
 * Content-Security-Policy, or the index server's CORS headers; see `blockedBy`), `file` a
 * file on disk that Node could not read (a path or `file:` URL given to `loadIndex`).
 */
export type FetchFailure = 'network' | 'blocked' | 'status' | 'html' | 'file';

/** What blocked a download in the browser: the page's CSP, or the server's CORS headers. */
export type BlockedBy = 'csp' | 'cors';

/**
 * The file could not be downloaded: network failure, an HTTP error status, or an HTML
 * page (often a login or error page a proxy redirected to) where data was expected, which
 * is `not-found` as a 404 is.
 */
export class IndexFetchError extends IndexError {
  override readonly name = 'IndexFetchError';
  readonly code: 'network' | 'not-found' | 'index-blocked';
  readonly url: string;
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;
  readonly failure: FetchFailure;
  /** With `failure` `blocked`: what blocked it. */
  readonly blockedBy: BlockedBy | null;

  constructor(url: string, failure: FetchFailure, status: number | null, options?: { cause?: unknown; blockedBy?: BlockedBy }) {
    const blockedBy = failure === 'blocked' ? (options?.blockedBy ?? 'cors') : null;
    const what =
      blockedBy !== null
        ? describeBlock(url, blockedBy)
        : failure === 'network'
          ? `could not be downloaded (network error${describeCause(options?.cause)}); check the connection and that the server allows this page to fetch it`
          : failure === 'file'
            ? `could not be read${describeCause(options?.cause)}; check the path (a directory means the index.json in it)`
            : failure === 'status'
              ? `answered HTTP ${status}${status === 404 ? ': check the index URL' : status !== null && status >= 500 ? ': the server failed, try again later' : ''}`
              : `returned an HTML page instead of index data (HTTP ${status ?? '?'}); check that the index is at this URL: a site may answer a missing file with a page of its own, as it may with a login or error page`;
    super(`Index file ${url} ${what}.`, url, options?.cause === undefined ? undefined : { cause: options.cause });
    this.url = url;
    this.status = status;
    this.failure = failure;
    this.blockedBy = blockedBy;
    // An HTML page where the data should be (a login page, a site's fallback page for unknown
    // paths) is the address's fault, not the connection's: retrying will not help.
    const missing = status === 404 || failure === 'html' || (failure === 'file' && isMissingFile(options?.cause));
    this.code = blockedBy !== null ? 'index-blocked' : missing ? 'not-found' : 'network';
  }
}

/** What is wrong with a file's content. */
export type FormatProblem = 'not-json' | 'schema' | 'truncated' | 'line' | 'encoding' | 'reference';

/**
 * The file arrived but its content is not a valid index part: not JSON, a schema
 * violation (with the path of the offending field), truncated, or a bad line.
 */
export class IndexFormatError extends IndexError {
  override readonly name = 'IndexFormatError';
  readonly code = 'index-format' as const;
  readonly problem: FormatProblem;
  /** 1-based line of a line-based file, or null. */
  readonly line: number | null;
  /** Dotted path of the field at fault (`occupations.3.skills.0`), or null. */
  readonly path: string | null;
  /** The specific complaint, without the file name. */
  readonly detail: string;

  constructor(file: string, problem: FormatProblem, detail: string, where: { line?: number | null; path?: string | null } = {}, options?: { cause?: unknown }) {
    const line = where.line ?? null;
    const path = where.path ?? null;
    const at = [line !== null ? `line ${line}` : '', path ? `field "${path}"` : ''].filter(Boolean).join(', ');
    super(`Index file ${file}${at ? ` (${at})` : ''}: ${detail}. Rebuild the index with the CLI.`, file, options);
    this.problem = problem;
    this.line = line;
    this.path = path;
    this.detail = detail;
  }
}

/**
 * The index was written by another version of the builder: its `schemaVersion` or
 * `normalizerVersion` differs from what this library reads. Checked before anything else.
 */
export class IndexVersionError extends IndexError {
  override readonly name = 'IndexVersionError';
  readonly code = 'index-version' as const;
  readonly field: 'schemaVersion' | 'normalizerVersion';
  readonly found: unknown;
  readonly expected: number;

  constructor(file: string, field: 'schemaVersion' | 'normalizerVersion', found: unknown, expected: number) {
    super(
      `Index file ${file} has ${field} ${JSON.stringify(found)} but this version of microcred-widgets reads ${field} ${expected}. Rebuild the index with the matching CLI version, or load the matching library version.`,
      file,
    );
    this.field = field;
    this.found = found;
    this.expected = expected;
  }
}

/** A referenced file's bytes do not match the size or SHA-256 the manifest records. */
export class IndexIntegrityError extends IndexError {
  override readonly name = 'IndexIntegrityError';
  readonly code = 'index-integrity' as const;
  readonly check: 'sha256' | 'bytes';
  readonly expected: string | number;
  readonly actual: string | number;

  constructor(file: string, check: 'sha256' | 'bytes', expected: string | number, actual: string | number) {
    super(
      `Index file ${file} does not match index.json: ${check} is ${actual}, expected ${expected}. A partial upload or a cache mixing two builds; publish all index files together and reload.`,
      file,
    );
    this.check = check;
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * An occupation code the index does not hold (a typo, a code of another NOC version or of
 * another index). A `RangeError`, with a stable `code` the elements put in `mc-error` and word
 * for a person; `message` names the code, for the developer.
 */
export class UnknownOccupationError extends RangeError {
  override readonly name = 'UnknownOccupationError';
  readonly code = 'unknown-occupation' as const;
  /** The code asked for. */
  readonly occupation: string;

  constructor(occupation: string) {
    super(`Unknown occupation code "${occupation}": not in this index.`);
    this.occupation = occupation;
  }
}

/**
 * The occupation of `code` in `index`.
 * @throws UnknownOccupationError (a RangeError) naming the code when the index has no such occupation.
 */
export function requireOccupation(index: { readonly occupations: ReadonlyMap<string, Occupation> }, code: string): Occupation {
  const occupation = index.occupations.get(code);
  if (!occupation) throw new UnknownOccupationError(code);
  return occupation;
}

/** What the host's developer must change when the browser blocked `url` (also said of the inquiry endpoint). */
export function describeBlock(url: string, by: BlockedBy): string {
  const page = (globalThis as { location?: { origin?: string } }).location?.origin ?? 'this page';
  let origin = url;
  try {
    origin = new URL(url).origin;
  } catch {
    // Not a URL: named as given.
  }
  return by === 'csp'
    ? `was blocked by this page's Content-Security-Policy (not the network): add ${origin} to its connect-src directive`
    : `was blocked by the browser (CORS, not the network): the server answers but does not let ${page} read it; it must send Access-Control-Allow-Origin: ${page} (or *)`;
}

/** True for Node's error for a file or directory that does not exist. */
function isMissingFile(cause: unknown): boolean {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error && cause.message) return `: ${cause.message}`;
  return '';
}

/** True when `error` is the rejection of an aborted operation (not a failure to report). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
