/**
 * Whether focus is on a heading that names the occupations of a choice (mc-recommendations
 * then says them in short). Here rather than in shared/focus.ts, which the portal's first
 * chunk carries.
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
