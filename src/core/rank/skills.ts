/**
 * `core/rank/`'s second entry: the skill search (`suggestSkills`, `suggestSkillsAcross`, the
 * near-identical skills of `skillGroup`), for the elements that search skills
 * (`<mc-skill-finder>`, the catalogue review). It stays out of `index.ts` because the loader
 * and the portal import the ranking by a dynamic `import()` of `index.ts`, which loads every
 * module it re-exports: re-exported there, the skill search rode along on every page that
 * recommends (checked by tests/core/import-graph.test.ts).
 */
export { hasEveryWord, prepareSkills, searchesAcross, skillGroup, suggestSkills, suggestSkillsAcross } from './skill-suggest.js';
export type { SkillSuggestion, SuggestSkillsOptions } from './skill-suggest.js';
