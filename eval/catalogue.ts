/**
 * The Coursera stand-in catalogue and the OaSIS occupation text, read whole, for judging
 * and for the baselines. Judges use it from the command line:
 *
 *   npx tsx eval/catalogue.ts occupation 72100      title, lead statement, main duties, example titles
 *   npx tsx eval/catalogue.ts search cnc 'lathe|mill' every course whose text matches all patterns
 *   npx tsx eval/catalogue.ts show URL...           one course in full
 *   npx tsx eval/catalogue.ts pool 72100            every course a ranker under evaluation puts in
 *                                                   its top 10 that has no strict judgment yet
 *
 * Patterns are case-insensitive regular expressions over title, outcomes, skill tags and
 * modules (not the provider). MICROCRED_DATA overrides ../shared/data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { Diagnostics } from '../src/core/catalogue/diagnostics.js';
import { readCoursera } from '../src/cli/sources/coursera.js';
import { COURSERA_CSV, DATA_DIR } from './real-index.js';

export interface Course {
  url: string;
  title: string;
  provider: string;
  tags: string[];
  outcomes: string[];
  modules: string[];
  hours: number | null;
}

let courses: Course[] | null = null;

/** Every course the builder keeps, in file order. */
export function readCourses(): Course[] {
  if (courses) return courses;
  const raw = readCoursera(COURSERA_CSV, new Diagnostics());
  courses = raw.map((p) => ({
    url: p.url!,
    title: p.title.en,
    provider: p.provider,
    tags: p.tags,
    outcomes: p.outcomes ?? [],
    modules: p.modules ?? [],
    hours: p.hours,
  }));
  return courses;
}

/** Title, outcomes, skill tags and modules: what a judge reads, without the provider. */
export function courseText(c: Course): string {
  return [c.title, ...c.outcomes, ...c.tags, ...c.modules].join(' \n ');
}

export interface OccupationText {
  code: string;
  title: string;
  lead: string;
  duties: string[];
  titles: string[];
}

let occupations: Map<string, OccupationText> | null = null;

async function rows(file: string): Promise<string[][]> {
  return parse(await readFile(join(DATA_DIR, file)), { bom: true, columns: false, from_line: 2, relax_column_count: true }) as string[][];
}

/** OaSIS lead statement (first profile), main duties and example titles of every unit group. */
export async function readOccupations(): Promise<Map<string, OccupationText>> {
  if (occupations) return occupations;
  const out = new Map<string, OccupationText>();
  const get = (profile: string) => {
    const code = profile.slice(0, 5);
    let o = out.get(code);
    if (!o) out.set(code, (o = { code, title: '', lead: '', duties: [], titles: [] }));
    return o;
  };
  for (const r of await rows('noc2021/noc_2021_version_1.0_-_classification_structure.csv')) {
    if (r[0] === '5') get(r[2]!).title = r[3]!;
  }
  for (const [profile, text] of await rows('oasis2023/lead-statement_oasis_2023_v1.0.csv')) {
    const o = get(profile!);
    if (!o.lead) o.lead = text!;
  }
  for (const [profile, text] of await rows('oasis2023/main-duties_oasis-2023_v1.0.csv')) get(profile!).duties.push(text!);
  for (const r of await rows('oasis2023/example-titles_oasis_2023_v1.0.csv')) get(r[0]!).titles.push(r[3]!);
  occupations = out;
  return out;
}

/** The occupation's description as the baselines query it: title, lead statement, main duties. */
export function occupationQuery(o: OccupationText): string {
  return [o.title, o.lead, ...o.duties].join(' ');
}

export function formatCourse(c: Course, full = true): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  if (!full) return `${c.url} | ${c.title} | ${cut(c.tags.join(', '), 140)}`;
  return [
    `URL: ${c.url}`,
    `Title: ${c.title}   (${c.provider}${c.hours !== null ? `, ${c.hours} h` : ''})`,
    `Skill gain: ${c.tags.join(', ') || '-'}`,
    `What you will learn: ${cut(c.outcomes.join(' / '), 900) || '-'}`,
    `Modules: ${cut(c.modules.join(' / '), 900) || '-'}`,
  ].join('\n');
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === 'occupation') {
    const all = await readOccupations();
    for (const code of rest) {
      const o = all.get(code);
      if (!o) throw new Error(`${code} is not a NOC 2021 unit group`);
      console.log(`${o.code} ${o.title}\n\nLead statement: ${o.lead}\n\nMain duties:\n${o.duties.map((d) => `- ${d}`).join('\n')}`);
      console.log(`\nExample titles: ${o.titles.slice(0, 40).join('; ')}\n`);
    }
  } else if (command === 'search') {
    const patterns = rest.map((p) => new RegExp(p, 'i'));
    const hits = readCourses().filter((c) => patterns.every((p) => p.test(courseText(c))));
    for (const c of hits.slice(0, 150)) console.log(formatCourse(c, false));
    console.log(`${hits.length} courses match${hits.length > 150 ? ' (first 150 shown)' : ''}`);
  } else if (command === 'show') {
    const byUrl = new Map(readCourses().map((c) => [c.url, c]));
    for (const url of rest) {
      const c = byUrl.get(url);
      console.log(c ? formatCourse(c) : `${url}: not in the catalogue`);
      console.log('');
    }
  } else if (command === 'pool') {
    const { poolFor } = await import('./pool.js');
    for (const code of rest) {
      const pool = await poolFor(code);
      console.log(`# ${code}: ${pool.length} courses without a strict judgment\n`);
      for (const c of pool) console.log(`${formatCourse(c)}\n`);
    }
  } else {
    console.error('usage: catalogue.ts occupation CODE... | search PATTERN... | show URL... | pool CODE...');
    process.exitCode = 2;
  }
}

// Not awaited at top level: pool.ts imports this module, which must finish evaluating first.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
