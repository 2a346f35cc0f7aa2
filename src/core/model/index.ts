/**
 * `core/model/`: the loaded index the core works on (`LoadedIndex`) and the result shapes it
 * returns, with the prepared structures it carries (`TitleIndex`, `RankingData`,
 * `ProgramTextIndex`). Types only: every folder that reads or builds a loaded index imports
 * them from here, so none imports another through them.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export type { LoadedIndex, MatchKind, ProgramTextIndex, RankingData, Reason, ReasonPart, Recommendation, SkillRef, TitleIndex, TitleMatch } from './loaded.js';
