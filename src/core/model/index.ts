/** FOLDER-DOC */
export type { LoadedIndex, MatchKind, ProgramTextIndex, RankingData, Reason, Recommendation, SkillRef, TitleIndex, TitleMatch } from './loaded.js';
