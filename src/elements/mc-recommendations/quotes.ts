/**
 * The program's words a card quotes (`loadQuotes`), loaded as the index came: through the
 * host's fetch when it gave one (`resetIndexSource`), and the device cache. A server that
 * answers only the host's requests would refuse them otherwise, and a returning visitor offline
 * would not have them: either way the cards would show no quote and no strength.
 */
import { loadQuotes as loadQuotesWith, type QuoteOptions } from '../../core/load/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { through } from '../shared/index-source.js';

// Beside it, so the element (at its size limit) imports both in one line, as before.
export { hasQuotes } from '../../core/load/index.js';

/** `loadQuotes` of the core, through the host's fetch and the device cache. */
export async function loadQuotes(index: LoadedIndex, code: string, opts: Omit<QuoteOptions, 'fetch' | 'cache'> = {}): Promise<void> {
  return loadQuotesWith(index, code, { ...opts, ...(await through()) });
}
