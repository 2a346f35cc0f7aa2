/**
 * A sentence worded around names that exist in one language only (a skill with no French
 * label, an institution with no French name), in pieces: each such name carries its `lang`,
 * so an element marks it up and a screen reader reads it in its own voice (WCAG 3.1.2).
 */
import type { Lang } from '../index-format/index.js';
import type { ReasonPart } from '../model/index.js';

/** A name as a sentence holds it, and its language when that is not the sentence's (else null). */
export interface NameInText {
  value: string;
  lang: Lang | null;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * `text` in pieces, each of `names` with a `lang` found in it as a piece of its own with that
 * `lang`. Matched as whole words and in any case (a sentence lowers a label's first letter:
 * « machine learning »), the longest first ("Lakeshore Polytechnic (fictional)" before
 * "Lakeshore Polytechnic"). One piece without `lang` when no such name is in it.
 */
export function markNames(text: string, names: readonly NameInText[]): ReasonPart[] {
  const langOf = new Map(names.filter((n) => n.lang !== null && n.value !== '').map((n) => [n.value.toLowerCase(), n.lang!]));
  if (langOf.size === 0) return [{ text }];
  const alternatives = [...langOf.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(SPECIAL, '\\$&'));
  // Not inside a longer word: an English "art" is no part of « partage ». The character before is
  // matched, not looked behind (Safari before 16.4 refuses lookbehind), and kept in the text.
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: ReasonPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    const name = match[2]!;
    if (start > at) parts.push({ text: text.slice(at, start) });
    // Case folding may differ from toLowerCase for a rare letter: then the first name's language.
    parts.push({ text: name, lang: langOf.get(name.toLowerCase()) ?? langOf.values().next().value! });
    at = start + name.length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
