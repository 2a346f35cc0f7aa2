/**
 * `core/text/`: text as people type it and as the builder reads it: the shared normalizer
 * (`fold`, `stem`, `terms`, whose version the loader checks), labels that read the same once
 * folded, which parts of a label a query matched (for `<mark>`), the personal-data check on
 * unmatched titles, the one https check for URLs, and the software products named by brand.
 * Imports nothing of ours.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { distinctLabels } from './distinct.js';
export { highlightRanges, highlightSegments } from './highlight.js';
export type { Range, Segment } from './highlight.js';
export { NORMALIZER_VERSION, STOPWORDS, fold, labelSlug, stem, termKey, terms, tokenize } from './normalize.js';
export { foldedLooksPersonal, looksPersonal, UNMATCHED_QUERY_MAX } from './personal.js';
export { SOFTWARE_PRODUCTS } from './products.js';
export { safeHttpsUrl, safePageUrl } from './url.js';
