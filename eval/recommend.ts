/**
 * Precision of recommendations on the real index (OaSIS/ESCO skill profiles, Coursera
 * as a stand-in catalogue), against a plain TF-IDF ranking of each occupation's
 * description (OaSIS lead statement + main duties) over program text, in the same run.
 *
 * Judgments are hand-written in eval/judged/recommend.tsv: for each occupation, every
 * course either ranker put in its top 10 was read (title, provider, description, skill
 * tags in the Coursera file) and marked relevant (1) or not (0). A top-5 result without a
 * judgment counts as not relevant and is reported; `--pool` lists them for judging.
 *
 * Run alone: `npx tsx eval/recommend.ts` (MICROCRED_DATA overrides ../shared/data).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { recommend } from '../src/core/rank.js';
import { terms } from '../src/core/normalize.js';
import type { LoadedIndex } from '../src/core/loaded.js';
import { DATA_DIR, ensureRealIndex } from './real-index.js';

const JUDGED = fileURLToPath(new URL('./judged/recommend.tsv', import.meta.url));
const K = 5;
const POOL = 10;

export type Sector = 'health' | 'it' | 'business' | 'manufacturing' | 'trades';

/** The judged occupations, by sector. */
export const OCCUPATIONS: Record<Sector, string[]> = {
  health: ['31301', '33102', '31120', '31200', '31102'],
  it: ['21232', '21211', '21220', '21234', '21223'],
  business: ['11100', '11200', '11202', '13100', '11101'],
  manufacturing: ['21301', '21310', '21321', '22302', '94100'],
  trades: ['72106', '72200', '72310', '72410'],
};

/** `noc<TAB>0|1<TAB>url<TAB>title`, `#` comments; returns code -> url -> relevant. */
export async function readJudgments(): Promise<Map<string, Map<string, boolean>>> {
  const out = new Map<string, Map<string, boolean>>();
  const lines = (await readFile(JUDGED, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [code, mark, url] = line.split('\t');
    if (!code || !/^\d{5}$/.test(code) || (mark !== '0' && mark !== '1') || !url?.startsWith('https://')) {
      throw new Error(`${JUDGED}:${i + 1}: expected "NOC code<TAB>0|1<TAB>https URL<TAB>title"`);
    }
    let byUrl = out.get(code);
    if (!byUrl) out.set(code, (byUrl = new Map()));
    if (byUrl.has(url) && byUrl.get(url) !== (mark === '1')) {
      throw new Error(`${JUDGED}:${i + 1}: ${url} judged twice for ${code}, differently`);
    }
    byUrl.set(url, mark === '1');
  });
  return out;
}

/** OaSIS lead statements and main duties of every profile of each unit group. */
async function occupationDescriptions(): Promise<Map<string, string>> {
  const read = async (file: string) =>
    parse(await readFile(join(DATA_DIR, 'oasis2023', file)), { bom: true, columns: false, from_line: 2 }) as string[][];
  const out = new Map<string, string>();
  const add = (profile: string | undefined, text: string | undefined) => {
    if (!profile || !text) return;
    const code = profile.slice(0, 5);
    out.set(code, `${out.get(code) ?? ''} ${text}`);
  };
  for (const [profile, text] of await read('lead-statement_oasis_2023_v1.0.csv')) add(profile, text);
  for (const [profile, text] of await read('main-duties_oasis-2023_v1.0.csv')) add(profile, text);
  return out;
}

/** The baseline: cosine of log-TF x IDF vectors, occupation description vs program text. */
export class TfIdfRanker {
  private readonly idf = new Map<string, number>();
  private readonly docs: Array<Map<string, number>>;

  constructor(private readonly index: LoadedIndex) {
    const skills = index.manifest.skills;
    const texts = index.programs.map((p) =>
      [p.title.en, p.provider, p.description.en, ...p.skills.map((s) => skills[s]!.label.en)].join(' '),
    );
    const df = new Map<string, number>();
    const counts = texts.map((text) => {
      const tf = new Map<string, number>();
      for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      return tf;
    });
    const n = texts.length;
    for (const [term, d] of df) this.idf.set(term, Math.log((n + 1) / (d + 1)) + 1);
    this.docs = counts.map((tf) => this.vector(tf));
  }

  private vector(tf: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = (1 + Math.log(count)) * (this.idf.get(term) ?? 0);
      out.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of out) out.set(term, w / norm);
    return out;
  }

  /** Program indices, best first, ties by id. */
  rank(text: string, limit: number): number[] {
    const tf = new Map<string, number>();
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    const query = this.vector(tf);
    const scored: Array<[number, number]> = [];
    this.docs.forEach((doc, p) => {
      let dot = 0;
      for (const [term, w] of query) dot += w * (doc.get(term) ?? 0);
      if (dot > 0) scored.push([p, dot]);
    });
    const programs = this.index.programs;
    scored.sort((a, b) => b[1] - a[1] || (programs[a[0]]!.id < programs[b[0]]!.id ? -1 : 1));
    return scored.slice(0, limit).map(([p]) => p);
  }
}

interface Row {
  sector: Sector;
  code: string;
  title: string;
  ours: number;
  tfidf: number;
  unjudged: number;
}

export async function evalRecommend(opts: { pool?: boolean } = {}): Promise<object> {
  const dir = await ensureRealIndex();
  const index = await loadIndexFromDir(dir, ['en']);
  const judged = await readJudgments();
  const descriptions = await occupationDescriptions();
  const baseline = new TfIdfRanker(index);
  const rows: Row[] = [];
  const pool: string[] = [];
  let withoutReason = 0;

  for (const [sector, codes] of Object.entries(OCCUPATIONS) as Array<[Sector, string[]]>) {
    for (const code of codes) {
      const occupation = index.occupations.get(code);
      const description = descriptions.get(code);
      if (!occupation || !description) throw new Error(`occupation ${code} missing from the real index or OaSIS`);
      const ours = recommend(index, { occupation: code, lang: 'en', limit: POOL });
      withoutReason += ours.filter((r) => r.reasons.length === 0 || r.reasons.some((x) => !x.text)).length;
      const oursUrls = ours.map((r) => r.program.url ?? r.program.id);
      const baseUrls = baseline.rank(description, POOL).map((p) => index.programs[p]!.url ?? index.programs[p]!.id);
      const marks = judged.get(code) ?? new Map<string, boolean>();
      const precision = (urls: string[]) => urls.slice(0, K).filter((u) => marks.get(u) === true).length / K;
      const unjudged = new Set([...oursUrls.slice(0, K), ...baseUrls.slice(0, K)].filter((u) => !marks.has(u)));
      rows.push({ sector, code, title: occupation.title.en, ours: precision(oursUrls), tfidf: precision(baseUrls), unjudged: unjudged.size });
      if (opts.pool) {
        for (const url of new Set([...oursUrls, ...baseUrls])) {
          if (marks.has(url)) continue;
          const program = index.programs.find((p) => p.url === url)!;
          const who = [oursUrls.includes(url) ? 'ours' : '', baseUrls.includes(url) ? 'tfidf' : ''].filter(Boolean).join('+');
          pool.push(
            `${code}\t?\t${url}\t${program.title.en} | ${program.provider} | ${who} | ${program.skills.map((s) => index.manifest.skills[s]!.label.en).join('; ')} | ${program.description.en.slice(0, 160)}`,
          );
        }
      }
    }
  }
  if (withoutReason > 0) throw new Error(`${withoutReason} recommendations came without a reason`);

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const bySector = Object.keys(OCCUPATIONS).map((sector) => {
    const rs = rows.filter((r) => r.sector === sector);
    return { sector, ours: mean(rs.map((r) => r.ours)), tfidf: mean(rs.map((r) => r.tfidf)) };
  });
  const summary = {
    occupations: rows.length,
    k: K,
    precisionOurs: mean(rows.map((r) => r.ours)),
    precisionTfIdf: mean(rows.map((r) => r.tfidf)),
    unjudgedInTop5: rows.reduce((n, r) => n + r.unjudged, 0),
    oursBetter: mean(rows.map((r) => r.ours)) > mean(rows.map((r) => r.tfidf)),
    bySector,
    rows,
  };

  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const lines = [
    `| Occupation | Sector | P@${K} ours | P@${K} TF-IDF | unjudged |`,
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.code} ${r.title} | ${r.sector} | ${pct(r.ours)} | ${pct(r.tfidf)} | ${r.unjudged} |`),
    ...bySector.map((s) => `| **${s.sector}** | | ${pct(s.ours)} | ${pct(s.tfidf)} | |`),
    `| **all ${rows.length}** | | **${pct(summary.precisionOurs)}** | **${pct(summary.precisionTfIdf)}** | ${summary.unjudgedInTop5} |`,
  ];
  console.log(`\n## Recommendations: precision@${K}, ours vs TF-IDF\n\n${lines.join('\n')}\n`);
  if (opts.pool) console.log(pool.join('\n'));
  return summary;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const summary = (await evalRecommend({ pool: process.argv.includes('--pool') })) as { oursBetter: boolean };
  if (!summary.oursBetter) process.exitCode = 1;
}
