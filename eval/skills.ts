/**
 * The skill search (`suggestSkills`, what mc-skill-finder offers as a person types) on the
 * real index, over the judged skill queries of tests/fixtures/core/skill-queries.ts: hits@1
 * and hits@5 per language (a hit is any expected skill, or one near-identical to it, at or
 * above that place), and each scored query's place. Queries that expect no skill are listed
 * with what is offered.
 *
 * Run alone: `npx tsx eval/skills.ts [index directory]` (the real index by default).
 */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../src/core/index-format/schema.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { skillGroup, suggestSkills } from '../src/core/rank/skill-suggest.js';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { SKILL_QUERIES, type SkillQuery } from '../tests/fixtures/core/skill-queries.js';

/** As many as mc-skill-finder lists. */
const SHOWN = 8;

export interface SkillQueryResult {
  lang: Lang;
  query: string;
  /** 1-based place of the first expected skill among those offered, or null. */
  place: number | null;
  offered: string[];
}

/** Each query's place on `index` (loaded with both languages' labels). */
export function placeQueries(index: LoadedIndex, queries: readonly SkillQuery[] = SKILL_QUERIES): SkillQueryResult[] {
  return queries.map(({ lang, query, expected }) => {
    const offered = suggestSkills(index, query, { lang, limit: SHOWN }).map((s) => s.id);
    // A suggestion stands for its near-identical skills: picking it finds programs tagged with any.
    const at = offered.findIndex((id) => skillGroup(index, id, lang).some((s) => expected.includes(s)));
    return { lang, query, place: at < 0 ? null : at + 1, offered };
  });
}

/** Hits@1 and @5 of the scored queries (those expecting some skill), per language and overall. */
export function hitRates(
  results: readonly SkillQueryResult[],
  queries: readonly SkillQuery[] = SKILL_QUERIES,
): Record<string, { n: number; at1: number; at5: number }> {
  const out: Record<string, { n: number; at1: number; at5: number }> = {};
  results.forEach((r, i) => {
    if (queries[i]!.expected.length === 0) return;
    for (const key of [r.lang, 'all']) {
      const row = (out[key] ??= { n: 0, at1: 0, at5: 0 });
      row.n++;
      if (r.place === 1) row.at1++;
      if (r.place !== null && r.place <= 5) row.at5++;
    }
  });
  return out;
}

export async function evalSkills(dir?: string): Promise<Record<string, unknown>> {
  const { ensureRealIndex } = await import('./real-index.js');
  const index = await loadIndexFromDir(dir ?? (await ensureRealIndex()), ['en', 'fr']);
  const results = placeQueries(index);
  return { rates: hitRates(results), results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rates, results } = (await evalSkills(process.argv[2])) as { rates: ReturnType<typeof hitRates>; results: SkillQueryResult[] };
  console.log('| queries | n | hits@1 | hits@5 |\n|---|---|---|---|');
  for (const [key, r] of Object.entries(rates)) console.log(`| ${key} | ${r.n} | ${r.at1} | ${r.at5} |`);
  console.log('');
  for (const [i, r] of results.entries()) {
    const none = SKILL_QUERIES[i]!.expected.length === 0;
    console.log(`${r.lang}\t${none ? 'none' : (r.place ?? '-')}\t${r.query}\t${r.offered.slice(0, 5).join(', ')}`);
  }
}
