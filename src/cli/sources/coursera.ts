/**
 * Coursera scrape reader (`--programs-format coursera`), a stand-in catalogue for
 * evaluation. About 4.5 % of its rows have unescaped quotes inside the Modules field,
 * which splits them into 14-28 fields; those rows are recovered positionally (the first
 * six and the last six fields are intact) and each one is reported.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { safeHttpsUrl } from '../../core/text/index.js';
import { Columns, field, readCsv, type CsvRow } from '../csv.js';
import { BuildError, type Diagnostics } from '../../core/catalogue/index.js';
import { detectLanguage } from '../language.js';
import { validateProgram, type RawProgram } from '../programs.js';

const FIELDS = 13;

/**
 * Coursera's subject areas (`Keyword`) as OaSIS knowledge labels: the last resort for a
 * course whose skill tags and text match nothing. "Personal Development" is too broad to
 * stand for any one knowledge area and maps to none.
 */
const SUBJECTS: Record<string, string[]> = {
  'Computer Science': ['Computers, technology and information systems'],
  'Information Technology': ['Computers, technology and information systems'],
  DataScience: ['Computers, technology and information systems', 'Mathematics'],
  'Math and Logic': ['Mathematics'],
  Business: ['Business administration'],
  'Social Sciences': ['Humanities'],
  'Arts and Humanities': ['Arts', 'Humanities'],
  'Physical Science and Engineering': ['Physics', 'Technical design'],
  Health: ['Physical health'],
  'Personal Development': [],
};
const NOT_SPECIFIED = /^not specified$/i;

type Columns_ = Record<'title' | 'learn' | 'modules' | 'tags' | 'provider' | 'url' | 'hours' | 'subject', number>;
type LanguageCounts = Record<'en' | 'fr' | 'bilingual' | 'other' | 'unsure', number>;

/** What one row of the scrape needs from the rows before it. */
interface RowContext {
  file: string;
  at: Columns_;
  diag: Diagnostics;
  seenIds: Set<string>;
  /** Course URL -> the line it was first seen on. */
  seenUrls: Map<string, number>;
  languages: LanguageCounts;
}

export function readCoursera(path: string, diag: Diagnostics): RawProgram[] {
  const file = basename(path);
  if (!existsSync(path)) throw new BuildError(`${file}: program catalogue not found at ${path}. Check the --programs path.`);
  const table = readCsv(path, file, { relaxQuotes: true });
  const cols = new Columns(table);
  const at: Columns_ = {
    title: cols.require('Course Title'),
    learn: cols.require('What you will learn'),
    modules: cols.require('Modules'),
    tags: cols.require('Skill gain'),
    provider: cols.require('Offered By'),
    url: cols.require('Course Url'),
    hours: cols.require('Duration to complete (Approx.)'),
    subject: cols.require('Keyword'),
  };
  if (table.header.length !== FIELDS) {
    throw new BuildError(`${file}: expected the ${FIELDS} columns of the Coursera scrape, found ${table.header.length}.`);
  }
  const ctx: RowContext = { file, at, diag, seenIds: new Set(), seenUrls: new Map(), languages: { en: 0, fr: 0, bilingual: 0, other: 0, unsure: 0 } };
  const out: RawProgram[] = [];
  for (const row of table.rows) {
    const fields = recoverRow(row, file, diag);
    const program = fields && readRow(fields, row.line, ctx);
    if (program) out.push(program);
  }
  const { languages } = ctx;
  diag.notice(
    file,
    `language of instruction guessed from titles and outcomes for ${out.length} courses: ` +
      `${languages.en} English, ${languages.fr} French, ${languages.other} other, ${languages.unsure} unsure (left empty)`,
  );
  return out;
}

/** The row's fields, recovered positionally when broken quoting split it; null when too short. */
function recoverRow(row: CsvRow, file: string, diag: Diagnostics): CsvRow | null {
  if (row.fields.length === FIELDS) return row;
  if (row.fields.length < FIELDS) {
    diag.warn(file, row.line, '(row)', `${row.fields.length} fields instead of ${FIELDS}; row skipped`);
    return null;
  }
  // Broken quoting mostly splits Modules (index 6): keep 0-5 and the last six. When a
  // stray quote shows in "What you will learn" or "Skill gain", the split started
  // there, so those two are not trusted either.
  const f = row.fields;
  const early = f[4]!.includes('"') || f[5]!.includes('"');
  const kept = early ? 'title, provider, URL and duration' : 'title, description, tags, provider, URL and duration';
  diag.warn(file, row.line, early ? 'What you will learn' : 'Modules', `broken quoting (${f.length} fields); recovered ${kept} positionally`);
  return { line: row.line, fields: [...f.slice(0, 4), ...(early ? ['', ''] : f.slice(4, 6)), '', ...f.slice(f.length - 6)] };
}

/** One course, or null (with a warning) when its link is unusable or seen before, or it is invalid. */
function readRow(fields: CsvRow, line: number, ctx: RowContext): RawProgram | null {
  const { file, at, diag } = ctx;
  const url = safeHttpsUrl(field(fields, at.url));
  if (url === null) {
    diag.warn(file, line, 'Course Url', `"${field(fields, at.url).slice(0, 80)}" is not an https link; row skipped`);
    return null;
  }
  const first = ctx.seenUrls.get(url);
  if (first !== undefined) {
    diag.warn(file, line, 'Course Url', `duplicate of line ${first}; row skipped`);
    return null;
  }
  ctx.seenUrls.set(url, line);
  // "learn/x" and "specializations/x" are different programs: keep the kind unless it is a course.
  const [kind = '', ...rest] = new URL(url).pathname.split('/').filter(Boolean);
  const slug = kind === 'learn' ? rest.join('-') : [kind, ...rest].join(':');
  const learn = field(fields, at.learn);
  const tags = field(fields, at.tags);
  const program = validateProgram(
    {
      id: `coursera:${slug}`.slice(0, 100),
      title_en: field(fields, at.title),
      provider: field(fields, at.provider),
      url,
      description_en: NOT_SPECIFIED.test(learn) ? '' : learn,
      skills: NOT_SPECIFIED.test(tags)
        ? []
        : skillGain(tags, (tag) => diag.warn(file, line, 'Skill gain', `"${tag.slice(0, 60)}" says who the course is for, not a skill; not used as a tag`)),
      hours: field(fields, at.hours),
      delivery: 'online',
    },
    file,
    line,
    diag,
    ctx.seenIds,
  );
  if (!program) return null;
  const subject = field(fields, at.subject);
  const mapped = SUBJECTS[subject];
  if (mapped === undefined && subject !== '') diag.warn(file, line, 'Keyword', `unknown subject "${subject}"; not used for tagging`);
  // The scraped "What you will learn" lists are long and are not program descriptions:
  // they inform tagging but would triple the download (measured: 228 KB of 532 KB gzip).
  const taggingText = `${program.description.en} ${program.description.fr}`;
  // The scrape does not say; the course's own words do, often enough. Module titles are
  // written in the language of instruction ("Introducción al desarrollo de front-end"),
  // while the outcomes are sometimes left in English: they are read first.
  const modules = field(fields, at.modules);
  const { language } = detectLanguage(program.title.en, NOT_SPECIFIED.test(modules) ? '' : modules, taggingText);
  ctx.languages[language ?? 'unsure']++;
  return {
    ...program,
    language,
    description: { en: '', fr: '' },
    taggingText,
    fallbackTags: mapped ?? [],
    outcomes: NOT_SPECIFIED.test(learn) ? [] : splitOutcomes(learn),
    modules: NOT_SPECIFIED.test(modules) ? [] : splitModules(modules),
  };
}

/**
 * The scrape runs outcomes together without a separator ("...of Connected PlanningUnderstand
 * the history..."): a lower-case letter or closing punctuation directly followed by an
 * upper-case one starts the next outcome.
 */
export function splitOutcomes(text: string): string[] {
  return text
    .split(/(?<=[a-z0-9).\]])(?=[A-Z][a-z])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list marker the scrape left before a tag, its tab written out or not: "•\\t", "-\\t", "3.\\t". */
const LIST_MARKER = /^(?:[•\-–]|\d{1,2}\.)(?:\\t|\s)+/;
/**
 * A "Skill gain" entry that says who the course is for: "Graduate students of Mechanical /
 * Chemical / Petro-Chemical/ Instrumentation". As a tag it made a pipe-sizing course evidence
 * for industrial instrument technicians by "instrumentation".
 */
const AUDIENCE = /^(?:working professionals|(?:under)?graduate students|diploma students|students of)\b/i;

/** A piece of an audience entry that its own commas cut off: "in Mechanical / Chemical / …", "VIth", "VIIth or VIIIth semester". */
const AUDIENCE_PIECE = /^(?:in \p{Lu}[\p{L}-]* \/|[IVX]+th\b)/u;

/**
 * The "Skill gain" tags, comma-separated, without list markers. An entry saying who the course
 * is for is left out with the pieces its own commas cut off; `onAudience` hears each.
 */
export function skillGain(text: string, onAudience: (entry: string) => void = () => undefined): string[] {
  const tags: string[] = [];
  let audience: string | null = null;
  const endAudience = () => {
    if (audience !== null) onAudience(audience);
    audience = null;
  };
  for (const piece of text.split(',').map((t) => t.trim().replace(LIST_MARKER, '').trim())) {
    if (audience !== null && AUDIENCE_PIECE.test(piece)) audience += `, ${piece}`;
    else if (AUDIENCE.test(piece) || AUDIENCE_PIECE.test(piece)) {
      endAudience();
      audience = piece;
    } else {
      endAudience();
      if (piece !== '') tags.push(piece);
    }
  }
  endAudience();
  return tags;
}

/** Module titles are comma-separated; commas inside a title are rare and harmless here. */
export function splitModules(text: string): string[] {
  return text
    .split(/,\s*(?=[A-Z0-9¿¡À-Ý])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
