/**
 * Warming up the core matcher before anyone types: the first search of a page also
 * compiled the matcher's code, which made the first keystroke a long task on a slow phone.
 */
import type { TitlesIndex } from '../../core/load/index.js';
import type { Lang } from '../../core/index-format/index.js';
import { matchTitles } from '../../core/titles/index.js';
import { whenIdle } from '../shared/idle.js';

/** Indexes (and their languages) whose matcher some job search has warmed up. */
const warmedUp = new WeakMap<TitlesIndex, Set<string>>();

/**
 * Matches one short query (a rare beginning: the code is what needs warming, not the
 * data) with the core matcher in idle time, once per index and language: a page with two
 * job searches (the portal) warms once. `untouched` is false once someone typed: their own
 * search has compiled the matcher by then.
 */
export function warmUp(index: TitlesIndex, lang: Lang, limit: number, untouched: () => boolean): void {
  const langs = warmedUp.get(index) ?? new Set<string>();
  if (langs.has(lang)) return;
  warmedUp.set(index, langs.add(lang));
  whenIdle(() => {
    if (untouched() && index.titles[lang]) matchTitles(index, 'ju', { lang, limit });
  });
}
