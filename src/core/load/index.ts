/**
 * `core/load/`: getting an index into memory: fetch (or read from disk in Node), tell a
 * blocked fetch from a lost one, verify sizes and SHA-256, decode and assemble (`loadIndex`,
 * `loadTitles`, `assembleIndex`), quotes on demand (`loadQuotes`), the device cache
 * (`loadIndexCached`) and `assembleParts` for tests and the builder.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { assembleParts } from './assemble-parts.js';
export { MemoryIndexCache, openIndexCache } from './index-cache.js';
export type { CachedIndexBytes, CachedIndexFiles, IndexCache, IndexedDBFactory, OpenCacheOptions } from './index-cache.js';
export { manifestUrlOf, sriSha256 } from './cached-load.js';
export { loadIndexCached } from './lazy.js';
export type { CachedLoad, CachedLoadOptions, Revalidation } from './cached-load.js';
export { assembleIndex, loadIndex, parseManifest, parseManifestInSlices } from './load.js';
export { decodeUtf8, hasLabels, indexLang, labelLangs, sha256Hex, verifyFileRef } from './read.js';
export { loadTitles } from './on-demand.js';
export type { OnDemandOptions } from './on-demand.js';
export type { AssembleOptions, IndexTexts } from './load.js';
export type { LoadOptions } from './read.js';
export { hasQuotes, loadQuotes, type QuoteOptions } from './quotes.js';
export { loadLabelsIndex, loadTitlesIndex } from './load-titles.js';
export { loadOccupationIndex } from './load-slice.js';
export { loadSummaries } from './summaries.js';
export { hasOtherNames } from './other-names.js';
export { loadRequirements, requirementLangs, type OccupationRequirements } from './requirements.js';
export { raceAbort, SharedLoads } from './shared-loads.js';
export { blockedBy } from './blocked.js';
export { watchPolicyViolations } from './policy-watch.js';
export type { TitlesIndex, TitlesLoadOptions } from './load-titles.js';
export { loadLabelsCached, loadTitlesCached } from './cache-titles.js';
