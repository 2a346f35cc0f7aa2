/**
 * The load folder's second entry, for dynamic `import()` only: what a page needs only once it
 * asks for a whole index (the whole loader, programs, the ranking data). Importing it
 * statically would put all of that in the bundle of every page, a job search's included.
 */
export { loadIndexCached } from './cache-whole.js';
