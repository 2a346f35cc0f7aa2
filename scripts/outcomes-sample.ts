/**
 * Writes the demo's outcomes report (`demo/outcomes-sample/outcomes` and `outcomes.csv`):
 * invented batches for a fictional college over eight weeks, and a few invented "not relevant"
 * marks, added up by the server's own code, and marked `sample: true` so the report says it
 * is not real data.
 * Run: `npx tsx scripts/outcomes-sample.ts`.
 */
import { writeFileSync } from 'node:fs';
import { buildOutcomes, countRows, outcomesCsv, sumRows, type CountRow } from '../src/server/outcomes.js';

const PAGES = ['https://lakeshore.example/continuing-education', 'https://lakeshore.example/programs/welding', 'https://careers.example/explore'];
const OCCUPATIONS = ['72106', '21232', '13110', '72400', '33102', '21231'];
const PROGRAMS = ['lp-weld-101', 'lp-python-intro', 'lp-excel', 'ns-millwright', 'ns-psw', 'lp-web-dev'];
const TITLES: Array<[string, string]> = [
  ['en', 'drone pilot'],
  ['fr', 'technicienne en drones'],
  ['en', 'prompt engineer'],
  ['en', 'esports coach'],
  ['fr', 'animateur de balado'],
];

let seed = 7;
/** A fixed sequence, so the sample is the same on every run. */
function random(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}

const sums = new Map<string, CountRow>();
const start = Date.parse('2026-10-05T00:00:00Z'); // a Monday
for (let day = 0; day < 56; day++) {
  const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  const visits = 6 + Math.floor(random() * 10) + Math.floor(day / 7) * 2;
  for (let v = 0; v < visits; v++) {
    const page = PAGES[Math.floor(random() ** 1.5 * PAGES.length)]!;
    const recommend = OCCUPATIONS.filter(() => random() < 0.35).map((code) => [code, 1 + Math.floor(random() * 6)] as [string, number]);
    const programOpen = PROGRAMS.filter(() => random() < 0.12).map((id) => [id, 1] as [string, number]);
    const inquire: Array<[string, number]> = random() < 0.08 ? [[random() < 0.85 ? 'sent' : 'queued', 1]] : [];
    const noMatch = TITLES.filter((_, i) => random() < 0.03 * (5 - i)).map(([lang, q]) => [lang, q, 1] as [string, string, number]);
    const batch = { format: 'mc-analytics/2', page, recommend, programOpen, inquire, noMatch, overflow: 0 };
    sumRows(sums, countRows(date, batch));
  }
}

// Invented marks, written out rather than drawn, so the counts above stay as they were:
// [occupation, program, page loads that marked the pair]. Each program is among what the
// sample index recommends for the occupation, as a mark must be (a learner marks a card).
const MARKS: Array<[string, string, number]> = [
  ['13110', 'fc-health-admin', 4],
  ['21231', 'lp-web-dev', 2],
  ['72100', 'lp-metrology', 1],
];
MARKS.forEach(([code, programId, loads], i) => {
  for (let n = 0; n < loads; n++) {
    const date = new Date(start + (40 + i * 3 + n) * 86_400_000).toISOString().slice(0, 10);
    sumRows(sums, countRows(date, { format: 'mc-feedback/1', page: PAGES[0], unrelated: [[code, programId, 1]] }));
  }
});

const report = { ...buildOutcomes(sums.values(), {}), sample: true };
const dir = new URL('../demo/outcomes-sample/', import.meta.url);
writeFileSync(new URL('outcomes', dir), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(new URL('outcomes.csv', dir), `\uFEFF${outcomesCsv(report)}`);
console.log(
  `demo/outcomes-sample: ${report.batches} batches, ${report.byWeek.length} weeks, ${report.unmatched.length} unmatched titles, ${report.unrelated.length} programs marked not relevant`,
);
