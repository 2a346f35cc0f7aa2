/**
 * Which parts of a label a query matched, as ranges over the label's own characters,
 * so an element can wrap them in <mark> through template bindings (never innerHTML).
 * Comparison is accent-, case- and punctuation-insensitive, like the core's `fold`.
 */
import { fold } from './normalize.js';

/** `[start, end)` in UTF-16 code units of the original label. */
export type Range = readonly [number, number];

/** A piece of a label and whether it matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

interface FoldedLabel {
  /** Folded characters, one entry per output character, and where each came from. */
  chars: string;
  from: number[];
}

/**
 * Folded form of single characters: fold() is a normalization and four regular
 * expressions, and calling it for every character of ten options on every key press was
 * a long task on a slow phone. A page meets a few hundred distinct characters.
 */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    // fold() trims, so a lone separator folds to '': keep it as one space.
    f = fold(ch) || ' ';
    if (foldedChars.size < 4096) foldedChars.set(ch, f);
  }
  return f;
}

function foldPerChar(label: string): FoldedLabel {
  let chars = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of label) {
    const f = foldChar(ch);
    for (const out of f) {
      chars += out;
      from.push(i);
    }
    i += ch.length;
  }
  return { chars, from };
}

/**
 * Ranges of `label` that match words of `query`: a query word highlights the start of a
 * label word it is a prefix of, or the common beginning (3+ letters) when the person
 * misspelled the rest ("registred" marks "regist" in "Registered").
 */
export function highlightRanges(label: string, query: string): Range[] {
  const words = fold(query)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0 || label === '') return [];
  const { chars, from } = foldPerChar(label);
  const ranges: Array<[number, number]> = [];
  for (let start = 0; start < chars.length; start++) {
    if (chars[start] === ' ' || (start > 0 && chars[start - 1] !== ' ')) continue;
    let best = 0;
    for (const word of words) {
      let n = 0;
      while (n < word.length && start + n < chars.length && chars[start + n] === word[n]) n++;
      const whole = n === word.length;
      if ((whole || n >= 3) && n > best) best = n;
    }
    if (best > 0) {
      const endChar = start + best - 1;
      const a = from[start] ?? 0;
      const lastFrom = from[endChar] ?? a;
      // Extend to the end of the original character (surrogate pairs, ligatures).
      const cp = label.codePointAt(lastFrom) ?? 0;
      const b = lastFrom + (cp > 0xffff ? 2 : 1);
      ranges.push([a, b]);
    }
  }
  return ranges;
}

/** `label` cut into marked and unmarked segments, in order. */
export function highlightSegments(label: string, query: string): Segment[] {
  const ranges = highlightRanges(label, query);
  if (ranges.length === 0) return [{ text: label, mark: false }];
  const out: Segment[] = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) out.push({ text: label.slice(pos, a), mark: false });
    out.push({ text: label.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < label.length) out.push({ text: label.slice(pos), mark: false });
  return out;
}
