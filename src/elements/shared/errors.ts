/**
 * Turns anything thrown into `{ code, message }` a person can act on, and re-emits it
 * as `mc-error` from the element that failed. Never rethrows into the host page.
 */
import type { IndexErrorCode, Lang } from '../../core/index-format/index.js';
import { IndexError, UnknownOccupationError } from '../../core/index-format/index.js';
import { common } from '../../i18n/en/common.js';
import { stringsIn } from './locale.js';

/** Stable error codes of loading the index: the loader's, or `unknown`. */
type LoadErrorCode = IndexErrorCode | 'unknown';

/**
 * Stable error codes elements put in `mc-error`: loading the index; `no-source` (the element
 * was given neither `src` nor `index`); `unknown-occupation` (its occupation code is not in
 * the index); or `inquiry-setup` (the inquiry endpoint cannot take inquiries from this page).
 * `hint` says what to change.
 */
export type ErrorCode = LoadErrorCode | 'no-source' | 'unknown-occupation' | 'inquiry-setup';

/** Detail of the `mc-error` event. */
export interface McErrorDetail {
  code: ErrorCode;
  /** A plain-language sentence in the element's language; no personal data. */
  message: string;
  /**
   * For the site's developer, in English, when loading the index failed, the element has no
   * `src`, its occupation code is not in the index, or the inquiry endpoint refused this page:
   * the file, element, code or endpoint and what to change (e.g. the `connect-src` to widen
   * for `index-blocked`). Never shown to the person.
   */
  hint?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-error': CustomEvent<McErrorDetail>;
  }
}

const BY_NAME: Record<string, LoadErrorCode> = {
  IndexVersionError: 'index-version',
  IndexFormatError: 'index-format',
  IndexIntegrityError: 'index-integrity',
  IndexFetchError: 'network',
  NetworkError: 'network',
  TypeError: 'network', // what fetch() throws when the network is down or CORS refuses
};

/** Classifies `error` and words it for a person in `lang`. */
export function describeError(error: unknown, lang: Lang): McErrorDetail {
  const t = stringsIn(lang, { common }).common.errors;
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  let code: keyof typeof t = BY_NAME[name] ?? 'unknown';
  if (status === 404) code = 'not-found';
  const explicit = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof explicit === 'string' && explicit in t) code = explicit as keyof typeof t;
  const detail: McErrorDetail = { code, message: t[code] };
  if (error instanceof IndexError || error instanceof UnknownOccupationError) detail.hint = error.message;
  return detail;
}

/** Fires `mc-error` (bubbling, composed) from `el` and returns its detail. */
export function fireError(el: HTMLElement, error: unknown, lang: Lang): McErrorDetail {
  const detail = describeError(error, lang);
  el.dispatchEvent(new CustomEvent('mc-error', { detail, bubbles: true, composed: true }));
  return detail;
}
