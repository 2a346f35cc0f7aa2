/**
 * The one URL check of the library: the index builder runs every catalogue URL through
 * it, and the elements run every URL they render through it again, so a hand-edited index
 * cannot smuggle a `javascript:` link into a host page; the addresses a host page gives
 * (a privacy notice) go through it too.
 */

/** Longest URL accepted; longer strings are almost certainly not a link a person wrote. */
const MAX_URL_LENGTH = 2048;

/**
 * The normalized `href` of `raw` when it is an absolute https URL without credentials,
 * else null. Accepts surrounding whitespace and any letter case in the scheme
 * (`" HTTPS://Example.org/a "` gives `"https://example.org/a"`); rejects `http:`,
 * `javascript:`, `data:`, `vbscript:`, relative URLs, `user:pass@` and non-strings.
 */
export function safeHttpsUrl(raw: unknown): string | null {
  return safeUrl(raw);
}

/**
 * As `safeHttpsUrl`, for an address a host page gives an element (a privacy notice): a
 * relative one is resolved against `base` (the page), and `http:` is taken too.
 */
export function safePageUrl(raw: unknown, base: string): string | null {
  return safeUrl(raw, { base, http: true });
}

function safeUrl(raw: unknown, opts: { base?: string; http?: boolean } = {}): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return null;
  // Control characters are stripped by the URL parser, which would turn
  // "java\tscript:" into a scheme the page then sees; refuse them outright.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, opts.base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(opts.http && url.protocol === 'http:')) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}
