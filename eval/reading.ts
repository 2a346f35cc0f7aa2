/**
 * The two goals of the recommendations that are read rather than counted:
 *
 * - **Reasons**: 40 recommendations drawn at random (seeded) over every occupation that has
 *   any, each reason read against the program's own text: `true` (it says what the program
 *   teaches, in the program's words, and it is a skill of the occupation), `vague` (true but
 *   says little) or `false`. Goal: at least 95 % true. Then 40 drawn the same way over the
 *   occupations with at least one strong match: the page says of a list of partial matches
 *   only that none is a strong match (mc-recommendations' notice), so those are the lists it
 *   presents as recommendations without that warning.
 * - **Related occupations**: the first five for 15 occupations across the sectors, each read
 *   as a counsellor would: `1` a plausible move (shared duties or skills, a reachable step),
 *   `0` not. Goal: at least 80 % plausible.
 *
 * Readings live in eval/judged/reasons.tsv and eval/judged/related.tsv. A reading counts
 * only while what it read is unchanged (for a reason, the program and every quoted part of
 * the sentence: the words named and the program's words; for a related occupation, its
 * title), so a change to the ranker shows up as unread lines rather than as stale verdicts,
 * while rewording the sentence around the same evidence does not.
 *
 *   npx tsx eval/reading.ts           report
 *   npx tsx eval/reading.ts print     print what is unread, for reading
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { recommend } from '../src/core/rank/rank.js';
import { relatedOccupations } from '../src/core/rank/related.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { formatCourse, readCourses } from './catalogue.js';
import { mulberry32 } from './random.js';
import { ensureRealIndex } from './real-index.js';

const REASONS_TSV = fileURLToPath(new URL('./judged/reasons.tsv', import.meta.url));
const RELATED_TSV = fileURLToPath(new URL('./judged/related.tsv', import.meta.url));
export const REASON_SAMPLE = 40;
export const RELATED_OCCUPATIONS = [
  '31301',
  '33102',
  '44101',
  '31120',
  '21232',
  '21211',
  '13110',
  '12200',
  '72100',
  '72106',
  '73300',
  '42202',
  '41220',
  '63200',
  '64314',
];

export interface SampledReason {
  code: string;
  occupation: string;
  url: string;
  title: string;
  reason: string;
  missing: string[];
  /** The strength the program's card shows (`Recommendation.strength`). */
  strength?: 'strong' | 'moderate';
}

/** What mc-recommendations ranks at most: a list of partial matches only is one to its end. */
const PAGE_RESULTS = 50;

/**
 * 40 recommendations: a random occupation among those with any (with `strongOnly`, with at
 * least one strong match among what the page lists), then a random place in its top 10.
 */
export function sampleReasons(index: LoadedIndex, strongOnly = false): SampledReason[] {
  const random = mulberry32(20261202);
  const codes = [...index.occupations.keys()].sort();
  const out: SampledReason[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < REASON_SAMPLE && tries < 10_000; tries++) {
    const code = codes[Math.floor(random() * codes.length)]!;
    // The top 10 is the first ten of what the page ranks (recommend() cuts one ranking at `limit`).
    const listed = recommend(index, { occupation: code, lang: 'en', limit: PAGE_RESULTS });
    const results = listed.slice(0, 10);
    if (results.length === 0) continue;
    if (strongOnly && !listed.some((r) => r.strength === 'strong')) continue;
    const r = results[Math.floor(random() * results.length)]!;
    const url = r.program.url ?? r.program.id;
    if (seen.has(`${code} ${url}`)) continue;
    seen.add(`${code} ${url}`);
    out.push({
      code,
      occupation: index.occupations.get(code)!.title.en,
      url,
      title: r.program.title.en,
      reason: r.reasons.map((x) => x.text).join(' '),
      missing: r.gapSkills.map((s) => s.label),
      strength: r.strength,
    });
  }
  return out;
}

function readTsv(file: string, columns: number): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
    .map(({ line, i }) => {
      const cells = line.split('\t');
      if (cells.length !== columns) throw new Error(`${file}:${i + 1}: expected ${columns} tab-separated columns, found ${cells.length}`);
      return cells;
    });
}

/**
 * What a reading of a reason stands on: the program, the quoted parts of the sentence,
 * whether it claims the program teaches them or only mentions them (a partial match), and
 * whether it calls them a core skill: the same words are read again under another claim.
 */
function reasonKey(code: string, url: string, reason: string): string {
  const quoted = [...reason.matchAll(/“([^”]*)”|«\u00a0?([^»]*?)\u00a0?»/g)].map((m) => m[1] ?? m[2]);
  // Of a word in another sense, "Mentions “credit card”, a core skill …" is false and
  // "Mentions “credit card”, words that describe …" only vague (RUBRIC.md).
  const claim = (/^Mentions\b/.test(reason) ? 'mentions\t' : '') + (/, a core skill\b/.test(reason) ? 'core\t' : '');
  return `${code}\t${url}\t${claim}${quoted.join('\t')}`;
}

/**
 * A vague reading whose note says the program is wrong though its sentence claims nothing false
 * (a partial match that "mentions" the occupation's words in another sense): counted apart.
 */
const WRONG_PROGRAM_NOTE = 'Wrong program, no false claim';

/** reasons.tsv: code, url, reason as read, verdict (true | vague | false), note. */
function reasonVerdicts(): Map<string, { verdict: string; wrongProgram: boolean }> {
  const out = new Map<string, { verdict: string; wrongProgram: boolean }>();
  for (const [code, url, reason, verdict, note] of readTsv(REASONS_TSV, 5)) {
    if (!/^(true|vague|false)$/.test(verdict!)) throw new Error(`${REASONS_TSV}: verdict "${verdict}" is not true, vague or false`);
    out.set(reasonKey(code!, url!, reason!), { verdict: verdict!, wrongProgram: note!.includes(WRONG_PROGRAM_NOTE) });
  }
  return out;
}

/** related.tsv: code, related code, related title, verdict (1 | 0), note. */
function relatedVerdicts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, other, title, verdict] of readTsv(RELATED_TSV, 5)) {
    if (!/^[01]$/.test(verdict!)) throw new Error(`${RELATED_TSV}: verdict "${verdict}" is not 1 or 0`);
    out.set(`${code}\t${other}\t${title}`, verdict!);
  }
  return out;
}

interface ReasonCounts {
  drawn: number;
  true: number;
  vague: number;
  false: number;
  unread: number;
  vagueOnWrongPrograms: number;
  /** Whether the strength a card shows says how far to trust its reason. */
  byStrength: Record<'strong' | 'moderate', { true: number; vague: number; false: number }>;
}

/** The readings of `reasons`; with `print`, what is unread, for reading. */
function readReasons(reasons: readonly SampledReason[], print: boolean): ReasonCounts {
  const rv = reasonVerdicts();
  const byUrl = new Map(readCourses().map((c) => [c.url, c]));
  const counts: ReasonCounts = {
    drawn: reasons.length,
    true: 0,
    vague: 0,
    false: 0,
    unread: 0,
    vagueOnWrongPrograms: 0,
    byStrength: { strong: { true: 0, vague: 0, false: 0 }, moderate: { true: 0, vague: 0, false: 0 } },
  };
  for (const r of reasons) {
    const reading = rv.get(reasonKey(r.code, r.url, r.reason));
    const verdict = reading?.verdict as 'true' | 'vague' | 'false' | undefined;
    if (verdict && r.strength) counts.byStrength[r.strength][verdict]++;
    if (reading?.wrongProgram) counts.vagueOnWrongPrograms++;
    if (verdict) counts[verdict]++;
    else {
      counts.unread++;
      if (print) {
        const course = byUrl.get(r.url);
        console.log(
          `## ${r.code} ${r.occupation}\nREASON: ${r.reason}\nSAYS IT DOES NOT COVER: ${r.missing.join('; ') || '-'}\n${course ? formatCourse(course) : r.url}\n`,
        );
      }
    }
  }
  return counts;
}

export async function evalReading(print = false): Promise<object> {
  const index = await loadIndexFromDir(await ensureRealIndex(), ['en']);
  const reasonCounts = readReasons(sampleReasons(index), print);
  const recommendedCounts = readReasons(sampleReasons(index, true), print);
  const lv = relatedVerdicts();
  const relatedCounts = { plausible: 0, not: 0, unread: 0 };
  for (const code of RELATED_OCCUPATIONS) {
    for (const r of relatedOccupations(index, code, { lang: 'en', limit: 5 })) {
      const verdict = lv.get(`${code}\t${r.code}\t${r.title}`);
      if (verdict === '1') relatedCounts.plausible++;
      else if (verdict === '0') relatedCounts.not++;
      else {
        relatedCounts.unread++;
        if (print)
          console.log(
            `RELATED\t${code}\t${index.occupations.get(code)!.title.en}\t${r.code}\t${r.title}\tshares: ${r.sharedSkills.map((s) => s.label).join('; ')}`,
          );
      }
    }
  }
  const pct = (n: number, d: number) => (d > 0 ? `${Math.round((100 * n) / d)} %` : '-');
  const readRelated = relatedCounts.plausible + relatedCounts.not;
  const shares = (c: ReasonCounts) => {
    const read = c.drawn - c.unread;
    return `${read} read: ${pct(c.true, read)} true, ${pct(c.vague, read)} vague, ${pct(c.false, read)} false`;
  };
  console.log(`\n## Read by a person\n`);
  console.log(`- Reasons, ${reasonCounts.drawn} drawn at random, ${shares(reasonCounts)} (goal: 95 % true).`);
  const said = (name: string, c: { true: number; vague: number; false: number }) => {
    const n = c.true + c.vague + c.false;
    return `${name} ${n} (${pct(c.true, n)} true, ${pct(c.false, n)} false)`;
  };
  const { byStrength } = reasonCounts;
  console.log(`- The same reasons by the strength their cards show: ${said('strong', byStrength.strong)}; ${said('partial', byStrength.moderate)}.`);
  console.log(
    `- Of the vague ones, ${reasonCounts.vagueOnWrongPrograms} sit on a program that uses the occupation's words in another sense, under a sentence that only says it mentions them ("${WRONG_PROGRAM_NOTE}"): wrong programs, not false claims.`,
  );
  console.log(
    `- Reasons on the lists the page shows without a warning, ${recommendedCounts.drawn} drawn the same way over the occupations with at least one strong match (of a list of partial matches only, the page says none is a strong match), ${shares(recommendedCounts)}.`,
  );
  console.log(
    `- Related occupations (${RELATED_OCCUPATIONS.length} occupations x 5, ${readRelated} read): ${pct(relatedCounts.plausible, readRelated)} plausible moves (goal: 80 %).`,
  );
  const unread = reasonCounts.unread + recommendedCounts.unread;
  if (unread + relatedCounts.unread > 0)
    console.log(`- Unread: ${unread} reasons, ${relatedCounts.unread} related occupations (\`npx tsx eval/reading.ts print\`).`);
  const plain = ({ byStrength: _byStrength, ...c }: ReasonCounts) => c;
  return { reasons: plain(reasonCounts), reasonsByStrength: byStrength, reasonsWhereStrong: plain(recommendedCounts), related: relatedCounts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await evalReading(process.argv[2] === 'print');
