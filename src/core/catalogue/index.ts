/**
 * `core/catalogue/`: reading a program catalogue (CSV or JSON) with diagnostics a person can
 * act on, tagging its programs with skills, and the review of those tags before an index is
 * built, with the learners' "not relevant" marks from the outcomes report beside them. Shared by the CLI's builder and the catalogue review element.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { Columns, cleanHeader, countNewlines, decodeBytes, field } from './csv.js';
export type { CsvRow, CsvTable } from './csv.js';
export { BuildError, CatalogueError, Diagnostics, ITEM_FIELD, ROW_FIELD, formatWarning } from './diagnostics.js';
export type { Warning } from './diagnostics.js';
export { LearnerMarksError, readLearnerMarks, sumMarks, tallyMarks } from './learner-marks.js';
export type { LearnerMarks, LearnerMarksFile } from './learner-marks.js';
export { problemText } from './problems.js';
export type { CatalogueProblemMessages, JsonKind, MarksProblemMessages } from './problems.js';
export { CANONICAL_COLUMNS, MAX_NAME, NOT_FOR_COLUMN, REVIEWED_COLUMN, readCatalogue, readCatalogueBytes, validateProgram } from './programs.js';
export type { Catalogue, RawProgram } from './programs.js';
export { catalogueReach } from './reach.js';
export type { CatalogueReach } from './reach.js';
export { REGIONS, REGION_CODES } from './regions.js';
export { columnsMissingReason } from './required-columns.js';
export {
  addSkill,
  coverage,
  covered,
  decide,
  exportName,
  exportReview,
  finalSkills,
  markNotFor,
  notForValue,
  removeSkill,
  reviewCatalogue,
  reviewTagger,
  touched,
} from './review.js';
export type { CatalogueReview, Decision, ReviewEntry, ReviewExport, ReviewOptions } from './review.js';
export { tagProgram } from './tag-program.js';
export { SkillTagger, usableAlias } from './tagger.js';
export type { SkillSuggestion, Strength, SuggestionSource } from './tagger.js';
export { compareStrings, tsvField } from './text.js';
export { compareSkills } from './vocabulary.js';
export type { SkillDef } from './vocabulary.js';
