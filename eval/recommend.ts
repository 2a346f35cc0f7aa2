/**
 * Relevance of recommendations on the real index (OaSIS/ESCO/O*NET occupation text, the
 * Coursera list as a stand-in catalogue), against two baselines over the whole course
 * text in the same run: TF-IDF of the occupation description and BM25.
 *
 * Judgments: the strict judged set in eval/judged/strict/ (see eval/judged/RUBRIC.md),
 * graded 0/1/2 by reading. Reported per ranker, overall and per sector: strict P@5 and
 * P@10 (share of grade 2 among the places, an empty place counting as not relevant), the
 * grade-0 rate of the top 5 (share of listed results), and how many top-10 results are
 * unjudged (`npx tsx eval/catalogue.ts pool CODE` lists them for judging). The goal
 * figure is P@5 over the occupations whose catalogue holds at least 5 grade-2 programs.
 *
 * Run alone: `npx tsx eval/recommend.ts` (MICROCRED_DATA overrides ../shared/data).
 */
import { fileURLToPath } from 'node:url';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { recommend } from '../src/core/rank/rank.js';
import { readStrict, type Grade } from './judgments.js';
import { FEW_RESULTS } from '../src/elements/mc-recommendations/few-notice.js';
import { topUrls } from './pool.js';
import { ensureRealIndex } from './real-index.js';

export type Sector = 'health' | 'care' | 'it' | 'business' | 'manufacturing' | 'trades' | 'education' | 'hospitality';

/** The judged occupations, by sector. */
export const OCCUPATIONS: Record<Sector, string[]> = {
  health: ['31301', '31120', '32101', '31102', '31200'],
  care: ['33102', '44101', '42201', '41300'],
  it: ['21232', '21223', '21220', '21211', '21234'],
  business: ['13110', '12200', '11202', '11100', '11200'],
  manufacturing: ['72100', '21301', '22302', '22310'],
  trades: ['72106', '72200', '73300', '72310', '72410'],
  education: ['42202', '41220', '41221', '41210'],
  hospitality: ['63200', '62200', '62020', '64314'],
};

const RANKERS = ['ours', 'tfidf', 'bm25'] as const;
type Ranker = (typeof RANKERS)[number];

interface Cell {
  p5: number;
  p10: number;
  /** Grade-0 results among the listed top 5 (0 when nothing is listed). */
  zero5: number;
  /** Grade-2 results among the listed top 5. */
  good5: number;
  listed5: number;
  unjudged10: number;
}

interface Row {
  sector: Sector;
  code: string;
  title: string;
  /** Grade-2 programs the judged set holds for this occupation. */
  good: number;
  cells: Record<Ranker, Cell>;
}

function cell(urls: readonly string[], marks: ReadonlyMap<string, Grade>): Cell {
  const grade = (u: string) => marks.get(u);
  const top5 = urls.slice(0, 5);
  const top10 = urls.slice(0, 10);
  return {
    p5: top5.filter((u) => grade(u) === 2).length / 5,
    p10: top10.filter((u) => grade(u) === 2).length / 10,
    zero5: top5.filter((u) => grade(u) === 0).length,
    good5: top5.filter((u) => grade(u) === 2).length,
    listed5: top5.length,
    unjudged10: top10.filter((u) => grade(u) === undefined).length,
  };
}

export async function evalRecommend(): Promise<object> {
  const index = await loadIndexFromDir(await ensureRealIndex(), ['en']);
  const judged = readStrict();
  const rows: Row[] = [];
  let withoutReason = 0;
  // How far a shorter list would go: the grade-2 share of what our first k list.
  const FIRST = [1, 3, 5, 10];
  const first = FIRST.map(() => ({ listed: 0, good: 0 }));
  // Whether the strength a card shows tells a reader anything: grades of our top 10s by it.
  const byStrength = { strong: [0, 0, 0], moderate: [0, 0, 0] };
  // What the floor lets through at any rank, by grade (a series through its leader), and the
  // occupations the catalogue serves well whose list is short enough for the "little" notice.
  const through = { judged: [0, 0, 0], kept: [0, 0, 0] };
  const shortButRich: string[] = [];
  // How much of what the rich occupations miss is the order: their P@5 were each list (the
  // floor's) ordered perfectly, every judged grade-2 card first.
  const perfectOrder: number[] = [];
  // The other side of the trade-off between P@5 and no grade 0 in a top 5: were only strong
  // matches listed (partial matches left off), what the rich occupations' P@5 and the top 5s
  // holding a grade 0 would be.
  const strongOnly = { p5: [] as number[], topFivesWithZero: 0 };
  for (const [sector, codes] of Object.entries(OCCUPATIONS) as Array<[Sector, string[]]>) {
    for (const code of codes) {
      const occupation = index.occupations.get(code);
      if (!occupation) throw new Error(`occupation ${code} missing from the real index`);
      // Every result above the floor, once: the top 10 is its first ten (recommend() cuts the
      // same ranking at `limit`).
      const all = recommend(index, { occupation: code, lang: 'en', limit: 10_000 });
      const ours = all.slice(0, 10);
      withoutReason += ours.filter((r) => r.reasons.length === 0 || !r.evidence?.length).length;
      const urls = await topUrls(code);
      const marks = judged.get(code) ?? new Map<string, Grade>();
      for (const r of ours) {
        const grade = marks.get(r.program.url ?? r.program.id);
        if (grade !== undefined && r.strength) byStrength[r.strength][grade]!++;
      }
      const kept = new Set(all.flatMap((r) => [r.program, ...(r.series ?? [])].map((p) => p.url ?? p.id)));
      for (const [url, grade] of marks) {
        through.judged[grade]!++;
        if (kept.has(url)) through.kept[grade]!++;
      }
      const strong5 = all
        .filter((r) => r.strength === 'strong')
        .slice(0, 5)
        .map((r) => marks.get(r.program.url ?? r.program.id));
      if (strong5.includes(0)) strongOnly.topFivesWithZero++;
      if ([...marks.values()].filter((g) => g === 2).length >= 5) {
        if (all.length < FEW_RESULTS) shortButRich.push(`${code} (${all.length})`);
        perfectOrder.push(Math.min(5, all.filter((r) => marks.get(r.program.url ?? r.program.id) === 2).length) / 5);
        strongOnly.p5.push(strong5.filter((g) => g === 2).length / 5);
      }
      FIRST.forEach((k, i) => {
        for (const url of urls.ours.slice(0, k)) {
          first[i]!.listed++;
          if (marks.get(url) === 2) first[i]!.good++;
        }
      });
      rows.push({
        sector,
        code,
        title: occupation.title.en,
        good: [...marks.values()].filter((g) => g === 2).length,
        cells: {
          ours: cell(urls.ours, marks),
          tfidf: cell(urls.tfidf, marks),
          bm25: cell(urls.bm25, marks),
        },
      });
    }
  }
  if (withoutReason > 0) throw new Error(`${withoutReason} recommendations came without a reason and evidence`);

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const summarize = (rs: Row[]) =>
    Object.fromEntries(
      RANKERS.map((r) => {
        const listed = rs.reduce((n, row) => n + row.cells[r].listed5, 0);
        return [
          r,
          {
            p5: mean(rs.map((row) => row.cells[r].p5)),
            p10: mean(rs.map((row) => row.cells[r].p10)),
            zeroRate5: listed > 0 ? rs.reduce((n, row) => n + row.cells[r].zero5, 0) / listed : 0,
            listed5: listed,
            goodRate5: listed > 0 ? rs.reduce((n, row) => n + row.cells[r].good5, 0) / listed : 0,
            topFivesWithZero: rs.filter((row) => row.cells[r].zero5 > 0).length,
            unjudged10: rs.reduce((n, row) => n + row.cells[r].unjudged10, 0),
          },
        ];
      }),
    ) as Record<Ranker, { p5: number; p10: number; zeroRate5: number; listed5: number; goodRate5: number; topFivesWithZero: number; unjudged10: number }>;
  const rich = rows.filter((r) => r.good >= 5);
  const summary = {
    occupations: rows.length,
    all: summarize(rows),
    rich: { occupations: rich.length, ...summarize(rich) },
    bySector: Object.fromEntries(Object.keys(OCCUPATIONS).map((s) => [s, summarize(rows.filter((r) => r.sector === s))])),
    oursFirst: Object.fromEntries(FIRST.map((k, i) => [k, first[i]!])),
    byStrength,
    through,
    shortButRich,
    perfectOrderP5: mean(perfectOrder),
    strongOnly: { p5: mean(strongOnly.p5), topFivesWithZero: strongOnly.topFivesWithZero },
    rows,
  };

  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const line = (name: string, s: ReturnType<typeof summarize>) =>
    `| ${name} | ${RANKERS.map((r) => `${pct(s[r].p5)} / ${pct(s[r].p10)} / ${pct(s[r].zeroRate5)}`).join(' | ')} |`;
  const lines = [
    '| Occupation (grade-2 programs judged) | ours P@5 / P@10 / grade 0 in top 5 | TF-IDF | BM25 |',
    '|---|---|---|---|',
    ...rows.map((r) => line(`${r.code} ${r.title} (${r.good})`, summarize([r]))),
    ...Object.keys(OCCUPATIONS).map((s) => line(`**${s}**`, summarize(rows.filter((r) => r.sector === s)))),
    line(`**${rich.length} occupations with ≥ 5 grade-2 programs**`, summary.rich),
    line(`**all ${rows.length}**`, summary.all),
  ];
  const unjudged = RANKERS.map((r) => `${r} ${summary.all[r].unjudged10}`).join(', ');
  const zeroTops = RANKERS.map((r) => `${r} ${summary.all[r].topFivesWithZero}`).join(', ');
  console.log(`\n## Recommendations: strict P@5 / P@10 / grade-0 rate of the top 5\n\n${lines.join('\n')}\n`);
  const shown = (s: ReturnType<typeof summarize>) => RANKERS.map((r) => `${r} ${s[r].listed5} (${pct(s[r].goodRate5)})`).join(', ');
  console.log(`Top 5s holding a grade-0 program: ${zeroTops}. Unjudged results in the top 10s: ${unjudged}.\n`);
  console.log(
    `Programs listed in the top 5s, and the grade-2 share of what is listed: ${rich.length} rich occupations: ${shown(summary.rich)}; all ${rows.length}: ${shown(summary.all)}.\n`,
  );
  const firstShare = FIRST.map((k, i) => `first ${k}: ${pct(first[i]!.good / Math.max(1, first[i]!.listed))} of ${first[i]!.listed}`).join(', ');
  console.log(`Grade-2 share of what ours lists first, all ${rows.length} (a reason can be true only of those): ${firstShare}.\n`);
  const said = (name: keyof typeof byStrength) => {
    const [zero, one, two] = byStrength[name] as [number, number, number];
    return `${name} ${zero + one + two} (${pct(two / Math.max(1, zero + one + two))} grade 2, ${zero} grade 0)`;
  };
  console.log(`Our top 10s of all ${rows.length} by the strength their cards show: ${said('strong')}; ${said('moderate')}.\n`);
  const let_ = ([2, 1, 0] as const)
    .map((g) => `grade ${g} ${through.kept[g]} of ${through.judged[g]} (${pct(through.kept[g]! / Math.max(1, through.judged[g]!))})`)
    .join(', ');
  console.log(`Judged programs the floor lets through, at any rank: ${let_}.\n`);
  console.log(
    `Strict P@5 of the ${rich.length} rich occupations were our lists ordered perfectly (every judged grade-2 card first): ${(100 * summary.perfectOrderP5).toFixed(1)} %, against ${(100 * summary.rich.ours.p5).toFixed(1)} % as ranked; the rest is what the floor leaves out.\n`,
  );
  console.log(
    `Were only strong matches listed (partial matches left off): strict P@5 of the ${rich.length} rich occupations ${(100 * summary.strongOnly.p5).toFixed(1)} %, top 5s holding a grade-0 program ${strongOnly.topFivesWithZero} of ${rows.length}; as listed, ${(100 * summary.rich.ours.p5).toFixed(1)} % and ${summary.all.ours.topFivesWithZero}.\n`,
  );
  console.log(
    `Occupations with ≥ 5 grade-2 programs judged that get fewer than ${FEW_RESULTS} results, and so the notice that the catalogue has little for them: ${shortButRich.length ? shortButRich.join(', ') : 'none'}.\n`,
  );
  return summary;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await evalRecommend();
