/**
 * The focus moves of mc-recommendations alone: whether focus is on a heading that names the
 * occupations of a choice (the element then says them in short), and to the first card a
 * "Show more" added. Here rather than in shared/focus.ts, which the portal's first chunk
 * carries.
 */
import { deepFocus } from '../shared/focus.js';

/**
 * Focus is on a heading whose text names each of `names`: a host's or the element's own
 * heading of the results a choice shows, which a screen reader has just read.
 */
export function focusOnHeadingNaming(names: readonly string[]): boolean {
  const at = deepFocus();
  if (!at || !(/^H[1-6]$/.test(at.tagName) || at.getAttribute('role') === 'heading')) return false;
  const text = at.textContent ?? '';
  return names.every((name) => text.includes(name));
}

/**
 * Focuses the card at `at` of `cards` (the first a "Show more" added) once it has rendered
 * its title. Cards appear a few per task: gives back `at` to try again after the next render,
 * or null once focused or when the list (`count` long) has no such card.
 */
export function focusCardAt(cards: ArrayLike<HTMLElement & { updateComplete?: Promise<unknown> }>, at: number, count: number): number | null {
  const card = cards[at];
  if (!card) return at >= count ? null : at;
  void Promise.resolve(card.updateComplete).then(() => card.focus());
  return null;
}
