import { fold } from './normalize.js';

/**
 * `items` without those whose label reads the same as an earlier one, or as one in
 * `shown`, once folded: the vocabulary holds a few skills twice, under OaSIS and ESCO,
 * with labels that differ only in capitals ("Accounting", "accounting").
 */
export function distinctLabels<T extends { label: string }>(items: readonly T[], shown: readonly { label: string }[] = []): T[] {
  const seen = new Set(shown.map((s) => fold(s.label)));
  return items.filter((item) => {
    const key = fold(item.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
