/**
 * `core/rank/`: recommendations over the programs' evidence (`recommend`,
 * `recommendInSlices`), the employer search, its facets and its skill typeahead
 * (`findPrograms`, `programFacets`, `suggestSkills`), the skill gap and pathway above a list of
 * recommendations, related occupations, and the ranking structures the loader prepares.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { PATHWAY_MAX, pathway, skillGap } from './pathway.js';
export type { Pathway, PathwayStep, SkillGap } from './pathway.js';
export { compareText, regionMatches } from './rank-common.js';
export type { ProgramFilters } from './rank-common.js';
export { buildProgramTextInSlices, prepareProgramText } from './rank-text.js';
export { PROFILE_TOP, prepareRanking, prepareRankingInSlices, prepareRecommend, recommend, recommendInSlices } from './rank.js';
export type { RecommendOptions } from './rank.js';
export { findPrograms, programFacets } from './rank-find.js';
export { providerNamed } from './provider-named.js';
export type { Facets } from './rank-prepare.js';
export type { FindProgramsOptions } from './rank-find.js';
export { prepareRelated, relatedOccupations } from './related.js';
export { namedItems } from './rank-reasons.js';
export { quoteLanguage } from './evidence-lang.js';
export { hasEveryWord, prepareSkills, searchesAcross, skillGroup, skillLabel, suggestSkills, suggestSkillsAcross } from './skill-suggest.js';
export type { SkillSuggestion, SuggestSkillsOptions } from './skill-suggest.js';
export type { RelatedOccupation } from './related.js';
