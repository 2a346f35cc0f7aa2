/**
 * `microcred-widgets/core`: the headless core (no DOM, no Lit). Side-effect free: importing
 * it defines nothing and fetches nothing.
 */
export * from './schema.js';
export { NORMALIZER_VERSION, fold, tokenize, stem, terms, termKey, STOPWORDS } from './normalize.js';
export type {
  LoadedIndex,
  MatchKind,
  TitleMatch,
  SkillRef,
  Reason,
  Recommendation,
} from './loaded.js';
export * from './errors.js';
export { TitleIndexBuilder, matchTitles, didYouMean, isCloseMatch, searchTitleIndex, correctQuery } from './titles.js';
export type { TitleIndex } from './titles.js';
export { matchTitlesAcross, wantsOtherLanguage, looksLikeOtherLanguage, otherLang } from './titles-across.js';
export { hasQuotes } from './quotes.js';
export { loadIndex, loadTitles, loadQuotes, assembleIndex, hasLabels, labelLangs, parseManifest, parseManifestInSlices, verifyFileRef, sha256Hex, decodeUtf8 } from './load.js';
export type { LoadOptions, AssembleOptions, IndexTexts, QuoteOptions } from './load.js';
export { loadTitlesIndex } from './load-titles.js';
export type { TitlesIndex, TitlesLoadOptions } from './load-titles.js';
export { loadTitlesCached } from './cache-titles.js';
export { encodeIndex, assembleParts } from './encode.js';
export type { IndexParts } from './encode.js';
export { yieldToEventLoop, Slicer } from './yield.js';
export type { SlicerOptions } from './yield.js';
export {
  prepareRanking,
  prepareRankingInSlices,
  recommend,
  recommendInSlices,
  prepareRecommend,
  findPrograms,
  programFacets,
  regionMatches,
  PROFILE_TOP,
} from './rank.js';
export type { ProgramFilters, RankingData, RecommendOptions, FindProgramsOptions, ProgramTextIndex } from './rank.js';
export { prepareProgramText, buildProgramText } from './rank-text.js';
export { pathway, skillGap, PATHWAY_MAX } from './pathway.js';
export type { Pathway, PathwayStep, SkillGap } from './pathway.js';
export { prepareRelated, relatedOccupations } from './related.js';
export type { RelatedOccupation } from './related.js';
export {
  describeLabourMarket,
  formatMoney,
  formatCount,
  roundAbout,
  wageFallbackChain,
  HOURS_PER_YEAR,
} from './lmi.js';
export type {
  LabourMarketDescription,
  LabourMarketOutlook,
  LabourMarketFact,
  FactKind,
  WageReading,
  MoneyFigure,
  SourceCitation,
} from './lmi.js';
export { coreMessages, formatPeriod } from './messages.js';
export type { CoreMessages } from './messages.js';
export { describeIndexError } from './messages.js';
export { validateInquiry, inquiryFromDraft, InquirySchema, INQUIRY_FIELDS, INQUIRY_LIMITS } from './inquiry.js';
export type {
  Inquiry,
  LearnerInquiry,
  EmployerInquiry,
  InquiryVariant,
  InquiryField,
  InquiryDraft,
  InquiryResult,
  FieldError,
  FieldErrorCode,
} from './inquiry.js';
export { Outbox, OutboxChangeEvent, MemoryOutboxStore, newIdempotencyKey } from './outbox.js';
export type { OutboxOptions, SendResult, RetryReason, OutboxItem, OutboxState, OutboxStore } from './outbox.js';
export { openIndexCache, loadIndexCached, MemoryIndexCache, manifestUrlOf, sriSha256 } from './cache.js';
export type { IndexCache, CachedIndexFiles, CachedIndexBytes, CachedLoad, CachedLoadOptions, Revalidation, OpenCacheOptions } from './cache.js';
export { attachAnalytics, AnalyticsCounter, AnalyticsBatchSchema, ANALYTICS_FORMAT, ANALYTICS_FORMAT_1, hostPage } from './analytics.js';
export type { AnalyticsBatch, AnalyticsOptions } from './analytics.js';
export { MIN_VISITS, OUTCOMES_FORMAT } from './outcomes.js';
export type { Outcomes, OutcomeFigures } from './outcomes.js';
export {
  reviewCatalogue,
  reviewTagger,
  decide,
  addSkill,
  removeSkill,
  touched,
  finalSkills,
  covered,
  coverage,
  exportReview,
} from './catalogue/review.js';
export type { CatalogueReview, ReviewEntry, ReviewExport, ReviewOptions, Decision } from './catalogue/review.js';
export { readCatalogue, REVIEWED_COLUMN, CANONICAL_COLUMNS } from './catalogue/programs.js';
export type { Catalogue, RawProgram } from './catalogue/programs.js';
export type { SkillSuggestion as TagSuggestion, Strength as TagStrength, SuggestionSource } from './catalogue/tagger.js';
export type { Warning as CatalogueWarning } from './catalogue/diagnostics.js';
