/**
 * The skill search (`suggestSkills`, what mc-skill-finder offers as a person types) on the
 * real index, over the judged skill queries of tests/fixtures/core/skill-queries.ts: hits@1
 * and hits@5 per language (a hit is any expected skill, or one near-identical to it, at or
 * above that place), and each scored query's place. Queries that expect no skill are listed
 * with what is offered. Then what mc-skill-finder offers on a fresh page (`pageRates`): the
 * page's labels first, searched with the other language's too (`suggestSkillsAcross`) once a
 * query finds nothing and they load, with or without the English other names loaded then
 * (`names.en.txt`), on the English page and on the French one, for the queries of either
 * language typed there (a French employer typing "CPR").
 *
 * Run alone: `npx tsx eval/skills.ts [index directory]` (the real index by default).
 */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../src/core/index-format/schema.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { hasEveryWord, searchesAcross, skillGroup, suggestSkills, suggestSkillsAcross } from '../src/core/rank/skill-suggest.js';
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
  /** `pagePlaces`: whether the page's labels found nothing, so the rest loaded. */
  missed?: boolean;
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

/**
 * What a fresh `lang` page offers for each query (of either language): `labelsOnly`'s
 * suggestions (its other names written apart not loaded; a French page searches the English
 * labels too, which it holds), and when they are none (the finder's trigger) those of
 * `loaded` (the other language's labels, and the other names written apart when `loaded`
 * holds them) searched in both languages.
 */
export function pagePlaces(labelsOnly: LoadedIndex, loaded: LoadedIndex, lang: Lang, queries: readonly SkillQuery[] = SKILL_QUERIES): SkillQueryResult[] {
  return queries.map(({ query, expected }) => {
    const opts = { lang, limit: SHOWN };
    const first = lang === 'fr' ? suggestSkillsAcross(labelsOnly, query, opts) : suggestSkills(labelsOnly, query, opts);
    const missed = !first.some(hasEveryWord) && searchesAcross(query, 0);
    const index = missed ? loaded : labelsOnly;
    const offered = (missed ? suggestSkillsAcross(loaded, query, opts) : first).map((s) => s.id);
    const at = offered.findIndex((id) => skillGroup(index, id, lang).some((s) => expected.includes(s)));
    return { lang, query, place: at < 0 ? null : at + 1, offered, missed };
  });
}

/** A page's row: hits@1/@5 without and with the other names written apart, and how many queries missed at first (and so load). */
export interface PageRow {
  n: number;
  missed: number;
  labels: string;
  names: string;
}

/** `pagePlaces` on a fresh `page` for the queries typed in each language: the other language's labels loaded at a miss, then with the other names too. */
function pageRows(page: Lang, fresh: LoadedIndex, labelsBoth: LoadedIndex, withNames: LoadedIndex): Record<string, PageRow> {
  const out: Record<string, PageRow> = {};
  for (const typed of ['en', 'fr'] as const) {
    const queries = SKILL_QUERIES.filter((q) => q.lang === typed && q.expected.length > 0);
    const rate = (loaded: LoadedIndex) => {
      const { at1, at5 } = hitRates(pagePlaces(fresh, loaded, page, queries), queries).all!;
      return `${at1}/${at5}`;
    };
    const missed = pagePlaces(fresh, labelsBoth, page, queries).filter((r) => r.missed).length;
    out[`${page} page, ${typed} queries`] = { n: queries.length, missed, labels: rate(labelsBoth), names: rate(withNames) };
  }
  return out;
}

export async function evalSkills(dir?: string): Promise<Record<string, unknown>> {
  const { ensureRealIndex } = await import('./real-index.js');
  const at = dir ?? (await ensureRealIndex());
  const index = await loadIndexFromDir(at, ['en', 'fr']);
  const results = placeQueries(index);
  // A page before its first miss: its own labels (a French page holds the English ones too), no other names written apart.
  const fresh = { en: await loadIndexFromDir(at, ['en'], { otherNames: false }), fr: await loadIndexFromDir(at, ['fr'], { otherNames: false }) };
  const labelsBoth = await loadIndexFromDir(at, ['en', 'fr'], { otherNames: false });
  const pages = { ...pageRows('en', fresh.en, labelsBoth, index), ...pageRows('fr', fresh.fr, labelsBoth, index) };
  return { rates: hitRates(results), results, pages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rates, results, pages } = (await evalSkills(process.argv[2])) as {
    rates: ReturnType<typeof hitRates>;
    results: SkillQueryResult[];
    pages: Record<string, PageRow>;
  };
  console.log('| queries | n | hits@1 | hits@5 |\n|---|---|---|---|');
  for (const [key, r] of Object.entries(rates)) console.log(`| ${key} | ${r.n} | ${r.at1} | ${r.at5} |`);
  console.log('\nA fresh page: hits@1/@5 with the other language loaded at a miss, then with the English other names too\n');
  console.log('| page, queries typed | n | miss at first | other language | and English other names |\n|---|---|---|---|---|');
  for (const [key, r] of Object.entries(pages)) console.log(`| ${key} | ${r.n} | ${r.missed} | ${r.labels} | ${r.names} |`);
  console.log('');
  for (const [i, r] of results.entries()) {
    const none = SKILL_QUERIES[i]!.expected.length === 0;
    console.log(`${r.lang}\t${none ? 'none' : (r.place ?? '-')}\t${r.query}\t${r.offered.slice(0, 5).join(', ')}`);
  }
}
