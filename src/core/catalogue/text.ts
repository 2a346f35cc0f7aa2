/** Small text helpers for what the index stores. */

// `[^<>]`, not `[^>]`: with `[^>]` every `<` of a run without `>` scans to the end of the
// text, so 160 KB of `<` took 30 s; stopping at the next `<` keeps stripping linear.
const TAG = /<[^<>]*>/g;

/**
 * Plain text, single spaces: tags removed, whitespace (tabs, newlines, runs of NBSP) collapsed.
 * A lone no-break space (U+00A0) or narrow one (U+202F) is French typography
 * (« Soudage : notions de base ») and stays.
 */
export function plain(text: string): string {
  return text
    .replace(TAG, ' ')
    .replace(/\s+/g, (run) => (run === '\u00a0' || run === '\u202f' ? run : ' '))
    .trim();
}

/** `plain(text)` cut to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max = 240): string {
  const flat = plain(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–]+$/, '')}…`;
}

/** A title as a TSV field: no tabs or line breaks inside. */
export function tsvField(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
