/** FOLDER-DOC */
export { assembleParts } from './assemble-parts.js';
export { MemoryIndexCache, loadIndexCached, manifestUrlOf, openIndexCache, openStoreDb, sriSha256 } from './cache.js';
export type { CachedIndexBytes, CachedIndexFiles, CachedLoad, CachedLoadOptions, IndexCache, OpenCacheOptions, Revalidation } from './cache.js';
export { assembleIndex, decodeUtf8, hasLabels, labelLangs, loadIndex, loadQuotes, loadTitles, parseManifest, parseManifestInSlices, sha256Hex, verifyFileRef } from './load.js';
export type { AssembleOptions, IndexTexts, LoadOptions, QuoteOptions } from './load.js';
export { hasQuotes } from './quotes.js';
