/**
 * OaSIS 2023 employment requirements ("Registration with a regulatory body is required in
 * all provinces and territories."), per unit group: the sentences every one of its profiles
 * states, then those only some state, with the names of the profiles they hold for
 * (registered psychiatric nurses register in five provinces, other registered nurses in
 * all). English only: OaSIS publishes no French.
 */
import type { SourceContext } from '../context.js';
import type { RequirementGroup } from '../../core/index-format/index.js';

const WORD = /[a-z]+/gi;
const GLUED = /\b(or|and)([a-z]+)\b/gi;

const wordsOf = (texts: Iterable<string>): Set<string> => {
  const words = new Set<string>();
  for (const text of texts) for (const [w] of text.matchAll(WORD)) words.add(w.toLowerCase());
  return words;
};

/**
 * The published file runs "or" and "and" into the next word where a line break was lost
 * ("ora personal support worker … program", "orprevious clerical experience"): 248 words.
 * A word is split when what follows "or"/"and" is a word of the file (or "a") and the whole
 * is no word of `known`, other texts of the same publisher that have no such joins (its
 * lead statements and main duties): "organization" and "order" stay whole, and "ordeal"
 * would.
 */
export class GluedWords {
  private readonly words: Set<string>;
  private readonly known: Set<string>;
  private first: { line: number; glued: string } | null = null;
  private count = 0;

  constructor(texts: Iterable<string>, known: Iterable<string> = []) {
    this.words = wordsOf(texts);
    this.known = wordsOf(known);
  }

  /** `text` with its run-together words apart; `line` names the row in the one warning. */
  repair(text: string, line: number): string {
    return text.replace(GLUED, (whole: string, joint: string, rest: string) => {
      const lower = rest.toLowerCase();
      if ((lower.length < 2 && lower !== 'a') || !this.words.has(lower) || this.known.has(whole.toLowerCase())) return whole;
      this.count++;
      this.first ??= { line, glued: whole };
      return `${joint} ${rest}`;
    });
  }

  report(ctx: SourceContext, file: string, column: string): void {
    if (!this.first) return;
    const more = this.count > 1 ? ` (and ${this.count - 1} more words run together)` : '';
    ctx.diag.warn(file, this.first.line, column, `"${this.first.glued}" read as two words${more}`);
  }
}

/**
 * Per unit group, its requirements: each sentence once, grouped by whom it holds for. A
 * sentence every profile of the unit states holds for the whole occupation (that group
 * first); one most profiles state holds for all "except" the others; any other, "only" for
 * those that state it. The unit's profiles are those `names` lists and those that state
 * anything; `unnamed` hears of a profile `names` lacks (named by its code then).
 */
export function groupRequirements(
  sentences: ReadonlyArray<{ profile: string; text: string; line: number }>,
  names: ReadonlyMap<string, string>,
  unnamed: (profile: string, line: number) => void,
): Map<string, RequirementGroup[]> {
  const lines = new Map<string, number>();
  const profilesOf = new Map<string, Set<string>>();
  for (const profile of [...sentences.map((s) => s.profile), ...names.keys()]) {
    const unit = profile.slice(0, 5);
    profilesOf.set(unit, (profilesOf.get(unit) ?? new Set<string>()).add(profile));
  }
  // Per unit, each sentence with the profiles that state it, in file order.
  const stating = new Map<string, Map<string, Set<string>>>();
  for (const { profile, text, line } of sentences) {
    if (!lines.has(profile)) lines.set(profile, line);
    const unit = profile.slice(0, 5);
    const bySentence = stating.get(unit) ?? new Map<string, Set<string>>();
    stating.set(unit, bySentence.set(text, (bySentence.get(text) ?? new Set<string>()).add(profile)));
  }
  const told = new Set<string>();
  const nameOf = (profile: string): string => {
    const name = names.get(profile);
    if (name !== undefined) return name;
    // A profile named nowhere stated something: it has a line.
    if (!told.has(profile)) unnamed(profile, lines.get(profile)!);
    told.add(profile);
    return profile;
  };
  const out = new Map<string, RequirementGroup[]>();
  for (const [unit, bySentence] of stating) {
    const all = [...profilesOf.get(unit)!].sort();
    const groups = new Map<string, RequirementGroup>();
    for (const [text, by] of bySentence) {
      const others = all.filter((p) => !by.has(p));
      const scope: Omit<RequirementGroup, 'items'> =
        others.length === 0 ? {} : others.length < by.size ? { except: others } : { only: all.filter((p) => by.has(p)) };
      const key = JSON.stringify(scope);
      const group = groups.get(key);
      if (group) group.items.push(text);
      else groups.set(key, { ...scope, items: [text] });
    }
    const list = [...groups.values()].sort(
      (a, b) => Number(a.only !== undefined || a.except !== undefined) - Number(b.only !== undefined || b.except !== undefined),
    );
    for (const g of list) {
      if (g.only) g.only = g.only.map(nameOf);
      if (g.except) g.except = g.except.map(nameOf);
    }
    out.set(unit, list);
  }
  return out;
}
