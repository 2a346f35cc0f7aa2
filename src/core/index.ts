/**
 * `microcred-widgets/core`: the headless core (no DOM, no Lit). Side-effect free: importing
 * it defines nothing and fetches nothing.
 *
 * This is the curated public API for host pages and Node programs: load an index, match
 * job titles, recommend programs, read labour-market facts, word index errors, validate and
 * send inquiries, count anonymous usage, review a catalogue. How it is built (the file
 * format's encoder and records, the slicing scheduler, the normalizer, the ranking
 * structures) is internal: the elements, the CLI and the server import it from the folder
 * index files under `src/core/`, which are not part of the package's exports. See
 * docs/core-api.md.
 *
 * @packageDocumentation
 */

// The index file format: the data shapes a loaded index holds, and its version.
export { SCHEMA_VERSION, LANGS, PROGRAM_ID, localize, providerLabel } from './index-format/index.js';
export type {
  Lang,
  Localized,
  RequirementGroup,
  SourceInfo,
  Region,
  SkillKind,
  Skill,
  Condition,
  WageRow,
  LabourMarket,
  Occupation,
  FileRef,
  IndexFiles,
  IndexManifest,
  IndexFile,
  Delivery,
  ProgramLanguage,
  EvidenceField,
  EvidenceItem,
  ProgramEvidence,
  Program,
} from './index-format/index.js';

// Typed errors of index loading, each with a stable `code`; an occupation code the index does not hold.
export { IndexError, IndexFetchError, IndexFormatError, IndexVersionError, IndexIntegrityError, UnknownOccupationError } from './index-format/index.js';
export type { IndexErrorCode, FetchFailure, BlockedBy, FormatProblem } from './index-format/index.js';

// The loaded index and the result shapes.
export type { LoadedIndex, TitleIndex, MatchKind, TitleMatch, SkillRef, Reason, ReasonPart, Recommendation } from './model/index.js';

// Loading: fetch (or read from disk in Node), verify, assemble; quotes on demand; the device cache.
export { loadIndex, loadTitles, loadQuotes, hasQuotes, assembleIndex } from './load/index.js';
export type { LoadOptions, AssembleOptions, IndexTexts, QuoteOptions, OnDemandOptions } from './load/index.js';
export { openIndexCache, loadIndexCached, MemoryIndexCache } from './load/index.js';
// The job titles alone, first: what a job search needs before its first suggestion.
export { loadLabelsIndex, loadTitlesIndex, loadTitlesCached, loadOccupationIndex, loadSummaries } from './load/index.js';
export { loadRequirements, requirementLangs, type OccupationRequirements } from './load/index.js';
export type { TitlesIndex, TitlesLoadOptions } from './load/index.js';
export type {
  IndexCache,
  CachedIndexFiles,
  CachedIndexBytes,
  CachedLoad,
  CachedLoadOptions,
  Revalidation,
  OpenCacheOptions,
  IndexedDBFactory,
} from './load/index.js';

// Job-title matching, in the page's language and across languages.
export { matchTitles, didYouMean, isCloseMatch, searchTitleIndex, matchTitlesAcross, wantsOtherLanguage } from './titles/index.js';

// Recommendations, the employer search, the plan above recommendations, related occupations.
export { recommend, recommendInSlices, prepareRecommend, findPrograms, programFacets, prepareProgramText } from './rank/index.js';
export type { RecommendOptions, FindProgramsOptions, ProgramFilters, Facets } from './rank/index.js';
export { pathway, skillGap } from './rank/index.js';
export type { Pathway, PathwayStep, SkillGap } from './rank/index.js';
export { prepareRelated, relatedOccupations } from './rank/index.js';
export type { RelatedOccupation } from './rank/index.js';

// Labour-market facts as plain sentences.
export { describeLabourMarket } from './lmi/index.js';
export type { LabourMarketDescription, LabourMarketOutlook, LabourMarketFact, FactKind, WageReading, MoneyFigure, SourceCitation } from './lmi/index.js';

// Index errors worded for a person, in English and French.
export { describeIndexError } from './messages/index.js';

// Inquiries: one payload and one validation for the form and the endpoint.
export { validateInquiry, inquiryFromDraft, InquirySchema, INQUIRY_FIELDS, INQUIRY_LIMITS } from './inquiry/index.js';
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
} from './inquiry/index.js';

// The outbox: inquiries kept on the device until the endpoint has them.
export { Outbox, OutboxChangeEvent, MemoryOutboxStore, newIdempotencyKey } from './offline/index.js';
export type { OutboxOptions, OutboxFilter, OutboxLocks, SendResult, RetryReason, SetupProblem, OutboxItem, OutboxState, OutboxStore } from './offline/index.js';

// Anonymous usage counts and the outcomes report built from them.
export {
  attachAnalytics,
  AnalyticsCounter,
  AnalyticsBatchSchema,
  ANALYTICS_FORMAT,
  ANALYTICS_FORMAT_1,
  FeedbackBatchSchema,
  FEEDBACK_FORMAT,
} from './analytics/index.js';
export type { AnalyticsBatch, AnalyticsOptions, FeedbackBatch } from './analytics/index.js';
export { MIN_VISITS, OUTCOMES_FORMAT } from './analytics/index.js';
export type { Outcomes, OutcomeFigures } from './analytics/index.js';

// Reviewing a program catalogue's skill tags, and the occupations each program is not for, before an index is built.
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
  markNotFor,
  notForValue,
  readCatalogue,
  readLearnerMarks,
  tallyMarks,
  LearnerMarksError,
  REVIEWED_COLUMN,
  NOT_FOR_COLUMN,
  CANONICAL_COLUMNS,
} from './catalogue/index.js';
export type {
  CatalogueReview,
  ReviewEntry,
  ReviewExport,
  ReviewOptions,
  Decision,
  Catalogue,
  RawProgram,
  SkillSuggestion as TagSuggestion,
  Strength as TagStrength,
  SuggestionSource,
  Warning as CatalogueWarning,
  LearnerMarks,
  LearnerMarksFile,
} from './catalogue/index.js';
