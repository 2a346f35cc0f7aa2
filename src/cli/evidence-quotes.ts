/**
 * What a reason quotes of a program: the words that match the occupation ("CNC lathe", or
 * two words, "welding" and "metal"), as the program writes them, and the part of its text
 * that holds them ("What you will learn: “Create toolpaths for a CNC lathe”").
 */
import { tokens } from './evidence-terms.js';
import type { EvidenceField, EvidenceItem } from '../core/index-format/index.js';

/** A program's text as the evidence reads it (`ProgramTerms` in `evidence.ts`): its parts, and where each term occurs. */
export interface QuotableText {
  /** Term -> indexes in `segments` of every occurrence, in order. */
  occurs: ReadonlyMap<string, readonly number[]>;
  segments: ReadonlyArray<{ field: EvidenceField; text: string }>;
}

const QUOTE_MAX = 120;
/**
 * Evidence items kept per program and occupation: what a reason can cite (a phrase, or
 * two words). A third cost 30 KB of gzip on the Coursera catalogue; none of the 40 reasons
 * read in eval/judged/reasons.tsv cited it.
 */
const ITEMS_KEPT = 2;

/**
 * Which of a term's occurrences a reason quotes, most telling first: what the program says it
 * will teach, its modules, the skills it lists. Its description and title come last: the card
 * shows both (a catalogue's description under the title; the Coursera list has none, its
 * "What you will learn" lines are outcomes), so a quote of them repeats what the reader has
 * just read.
 */
const QUOTE_ORDER: Record<EvidenceField, number> = { outcome: 5, module: 4, tag: 3, description: 2, title: 1 };
/** Parts of the program's text its card shows. */
const ON_CARD: ReadonlySet<EvidenceField> = new Set(['title', 'description']);

/**
 * The part of the program's text a reason quotes for `term`: one the card does not show when
 * there is one, then one that holds `also` too (the reason names both words), then by
 * `QUOTE_ORDER`, the first of equals.
 */
export function quotedSegment(program: QuotableText, term: string, also?: string): number {
  const alsoAt = new Set(also === undefined ? [] : program.occurs.get(also));
  const rank = (s: number) => {
    const field = program.segments[s]!.field;
    return (ON_CARD.has(field) ? 0 : 100) + (alsoAt.has(s) ? 10 : 0) + QUOTE_ORDER[field];
  };
  let best = -1;
  for (const s of program.occurs.get(term) ?? []) if (best < 0 || rank(s) > rank(best)) best = s;
  return best;
}

/**
 * The items a reason can cite, from the occupation's core terms the program matched,
 * strongest first: at most ITEMS_KEPT, each label said once. A reason names a phrase alone,
 * unless `shared` (many occupations share it: a topic, not a skill), else its first two
 * terms; then the first one's quote holds the second too when a part of the text has both.
 */
export function evidenceItems(program: QuotableText, core: readonly string[], shared: (term: string) => boolean): EvidenceItem[] {
  const picked: Array<{ term: string; label: string }> = [];
  for (const term of core) {
    const { label } = surfaceOf(term, program.segments[quotedSegment(program, term)]!.text);
    // "nursing" and "nursing care" from one title say the same thing once.
    if (picked.some((p) => p.label.includes(label) || label.includes(p.label))) continue;
    picked.push({ term, label });
    if (picked.length === ITEMS_KEPT) break;
  }
  const twoWords = picked.length === 2 && !picked.some((p) => p.term.includes(' ') && !shared(p.term));
  return picked.map(({ term }, k) => {
    const seg = program.segments[quotedSegment(program, term, twoWords && k === 0 ? picked[1]!.term : undefined)]!;
    const { label, at } = surfaceOf(term, seg.text);
    const item: EvidenceItem = { label, quote: quoteOf(seg.text, at), field: seg.field };
    if (term.includes(' ') && shared(term)) item.shared = true;
    return item;
  });
}

/** A written word as a label shows it: acronyms as they are, other words in lower case. */
const asLabel = (word: string) => (/^[A-Z0-9+#]{2,}$/.test(word) ? word : word.toLowerCase());

/**
 * The words of `segment` that make `term`, as written, with what the terms leave out
 * between them ("oil & gas", "mechanisms in metals", not "oil gas"), and where they start.
 */
export function surfaceOf(term: string, text: string): { label: string; at: number } {
  const stems = term.split(' ');
  const toks = tokens(text);
  // Where each token is written, in order.
  const starts: number[] = [];
  let cursor = 0;
  for (const t of toks) {
    const at = text.indexOf(t.surface, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + t.surface.length;
  }
  for (let i = 0; i + stems.length <= toks.length; i++) {
    if (!stems.every((s, k) => toks[i + k]!.stem === s)) continue;
    const last = i + stems.length - 1;
    const written = text.slice(starts[i], starts[last]! + toks[last]!.surface.length).replace(/\s+/g, ' ');
    // Words and the function words or signs between them; never across a sentence or list.
    const label =
      /[.;:,()]/.test(written) || written.length > 40
        ? toks
            .slice(i, last + 1)
            .map((t) => t.surface)
            .join(' ')
        : written;
    return { label: label.split(' ').map(asLabel).join(' '), at: starts[i]! };
  }
  return { label: term, at: 0 };
}

/** Room the quoted words take, at most: a label is never longer (`surfaceOf`). */
const LABEL_ROOM = 40;

/**
 * The segment, cut to about QUOTE_MAX characters around `at` at word boundaries: from its
 * start when the words at `at` fit there, so that an outcome reads from its verb ("Apply
 * Integrative Nursing goals…", not "…goals and strategies").
 */
export function quoteOf(text: string, at: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  let start = at + LABEL_ROOM <= QUOTE_MAX ? 0 : Math.max(0, Math.min(at - 30, flat.length - QUOTE_MAX));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + QUOTE_MAX);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).replace(/[\s,;:.]+$/, '')}${end < flat.length ? '…' : ''}`;
}
