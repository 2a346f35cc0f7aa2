/**
 * The outcomes report: what the widgets' anonymous analytics add up to, for the institution.
 *
 * Both stores reduce the batches they kept to the same count rows (`countRows`: one row per
 * day, host page, kind and key) and `buildOutcomes` turns summed rows into the report, so the
 * embedded file store and PostgreSQL answer the same report for the same batches.
 *
 * Unmatched titles: a batch reports a title at most once per page load (format 2), so the
 * number of batches that carried a title is the number of visits (page loads) that typed it,
 * counted without any identifier. A reload or a second tab counts again, and a format 1 batch
 * (older widgets flushed every minute) counts once per batch, so "visits" may over-count;
 * it never under-counts. A title is listed only from `MIN_VISITS` visits, and never when it
 * looks like personal data (checked again here, on what the store holds).
 *
 * "Not relevant" marks (`mc-feedback/1` batches): a pair of program and occupation counts once
 * per batch carrying it, which the widgets send once per page load, so marks are page loads
 * that marked the pair, with the same over-count as visits. A feedback batch is not a page
 * load of usage counts: it adds no `batches` row.
 */
import type { ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import { ANALYTICS_FORMAT, ANALYTICS_FORMAT_1, FEEDBACK_FORMAT, type AnalyticsBatch, type FeedbackBatch } from '../core/analytics/index.js';
import { looksPersonal } from '../core/text/index.js';
import { MIN_VISITS, OUTCOMES_FORMAT, type OutcomeFigures, type Outcomes } from '../core/analytics/index.js';
import { HttpError, send } from './http.js';
import type { InquiryStore } from './store.js';
import type { CountKind, CountRow, DayRange } from './outcome-rows.js';

export type { CountKind, CountRow, DayRange } from './outcome-rows.js';

/** Key of an `unrelated` row: program id, tab, occupation code (neither holds a tab: `FeedbackBatchSchema`). */
export function unrelatedKey(programId: string, code: string): string {
  return `${programId}\t${code}`;
}

/** The program id and occupation code of an `unrelated` row's key. */
export function splitUnrelatedKey(key: string): { programId: string; code: string } {
  const tab = key.indexOf('\t');
  return tab < 0 ? { programId: key, code: '' } : { programId: key.slice(0, tab), code: key.slice(tab + 1) };
}

const isMarkKey = (x: unknown): x is string => typeof x === 'string' && x !== '' && !x.includes('\t');

/** The batch as count rows (repeated keys added up); not a batch: an empty list. */
export function countRows(day: string, batch: unknown): CountRow[] {
  const b = batch as Partial<Omit<AnalyticsBatch, 'format'>> & Partial<Pick<FeedbackBatch, 'unrelated'>> & { format?: string };
  const feedback = b?.format === FEEDBACK_FORMAT;
  if (!feedback && b?.format !== ANALYTICS_FORMAT && b?.format !== ANALYTICS_FORMAT_1) return [];
  const page = typeof b.page === 'string' ? b.page : '';
  const sums = new Map<string, CountRow>();
  const add = (kind: CountKind, lang: string, key: string, count: number) => {
    const id = `${kind}\u0000${lang}\u0000${key}`;
    const row = sums.get(id);
    if (row) row.count += count;
    else sums.set(id, { day, page, kind, lang, key, count });
  };
  /** One for the key however often the batch names it: one page load. */
  const once = (kind: CountKind, lang: string, key: string) => {
    if (!sums.has(`${kind}\u0000${lang}\u0000${key}`)) add(kind, lang, key, 1);
  };
  if (feedback) {
    for (const [code, programId] of b.unrelated ?? []) if (isMarkKey(code) && isMarkKey(programId)) once('unrelated', '', unrelatedKey(programId, code));
    return [...sums.values()];
  }
  add('batches', '', '', 1);
  for (const [k, n] of b.recommend ?? []) add('recommend', '', k, n);
  for (const [k, n] of b.programOpen ?? []) add('programOpen', '', k, n);
  for (const [k, n] of b.inquire ?? []) add('inquire', '', k, n);
  // One visit per batch carrying the title, whatever a format 1 batch counted.
  for (const [lang, q] of b.noMatch ?? []) once('noMatch', lang, q);
  if ((b.overflow ?? 0) > 0) add('overflow', '', '', b.overflow!);
  return [...sums.values()];
}

/** Adds `rows` into `into`, keyed by everything but the count. */
export function sumRows(into: Map<string, CountRow>, rows: readonly CountRow[]): void {
  for (const row of rows) {
    const id = `${row.day}\u0000${row.page}\u0000${row.kind}\u0000${row.lang}\u0000${row.key}`;
    const found = into.get(id);
    if (found) found.count += row.count;
    else into.set(id, { ...row });
  }
}

export function inRange(day: string, range: DayRange): boolean {
  return (range.from === undefined || day >= range.from) && (range.to === undefined || day <= range.to);
}

/** ISO week of a UTC day: `2026-W49` and the date of its Monday. */
export function isoWeek(day: string): { week: string; start: string } {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(date.getTime() - weekday * 86_400_000);
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

function figures(): OutcomeFigures {
  return { shown: 0, opens: 0, inquiries: 0, clickThroughRate: null };
}

function addTo(f: OutcomeFigures, row: CountRow): void {
  if (row.kind === 'recommend') f.shown += row.count;
  else if (row.kind === 'programOpen') f.opens += row.count;
  else if (row.kind === 'inquire') f.inquiries += row.count;
}

function rate<T extends OutcomeFigures>(f: T): T {
  // Rounded to 4 places so that both stores, summing in other orders, print the same.
  f.clickThroughRate = f.shown > 0 ? Math.round((f.opens / f.shown) * 10_000) / 10_000 : null;
  return f;
}

/** Most first by the number, then by the key, as `sortKey` gives them. */
const byNumberThenKey =
  <T>(sortKey: (x: T) => [number, string]) =>
  (a: T, b: T) => {
    const [na, ka] = sortKey(a);
    const [nb, kb] = sortKey(b);
    return nb - na || (ka < kb ? -1 : ka > kb ? 1 : 0);
  };

/** The report from count rows already limited to `range` (in any order, keys repeated or not). */
export function buildOutcomes(rows: Iterable<CountRow>, range: DayRange = {}): Outcomes {
  const total = figures();
  const weeks = new Map<string, OutcomeFigures & { week: string; start: string }>();
  const pages = new Map<string, OutcomeFigures & { page: string | null }>();
  const occupations = new Map<string, number>();
  const programs = new Map<string, number>();
  const titles = new Map<string, { lang: string; query: string; visits: number }>();
  const marks = new Map<string, number>();
  const byStatus = { sent: 0, queued: 0 };
  let batches = 0;
  let overflow = 0;
  for (const row of rows) {
    if (row.kind === 'batches') batches += row.count;
    else if (row.kind === 'overflow') overflow += row.count;
    else if (row.kind === 'noMatch') {
      const id = `${row.lang}\u0000${row.key}`;
      const t = titles.get(id) ?? { lang: row.lang, query: row.key, visits: 0 };
      t.visits += row.count;
      titles.set(id, t);
      continue;
    } else if (row.kind === 'unrelated') {
      marks.set(row.key, (marks.get(row.key) ?? 0) + row.count);
      continue;
    }
    if (row.kind === 'batches' || row.kind === 'overflow') continue;
    addTo(total, row);
    const w = isoWeek(row.day);
    const week = weeks.get(w.week) ?? { ...w, ...figures() };
    addTo(week, row);
    weeks.set(w.week, week);
    const page = pages.get(row.page) ?? { page: row.page === '' ? null : row.page, ...figures() };
    addTo(page, row);
    pages.set(row.page, page);
    if (row.kind === 'recommend') occupations.set(row.key, (occupations.get(row.key) ?? 0) + row.count);
    if (row.kind === 'programOpen') programs.set(row.key, (programs.get(row.key) ?? 0) + row.count);
    if (row.kind === 'inquire' && (row.key === 'sent' || row.key === 'queued')) byStatus[row.key] += row.count;
  }
  return {
    format: OUTCOMES_FORMAT,
    from: range.from ?? null,
    to: range.to ?? null,
    ...rate(total),
    batches,
    overflow,
    inquiriesByStatus: byStatus,
    byWeek: [...weeks.values()].map(rate).sort((a, b) => (a.start < b.start ? -1 : 1)),
    byPage: [...pages.values()].map(rate).sort(byNumberThenKey((p) => [p.shown, p.page ?? ''])),
    byOccupation: [...occupations].map(([code, shown]) => ({ code, shown })).sort(byNumberThenKey((o) => [o.shown, o.code])),
    byProgram: [...programs].map(([programId, opens]) => ({ programId, opens })).sort(byNumberThenKey((p) => [p.opens, p.programId])),
    unmatched: [...titles.values()]
      .filter((t) => t.visits >= MIN_VISITS && !looksPersonal(t.query))
      .sort(byNumberThenKey((t) => [t.visits, `${t.lang}\u0000${t.query}`])),
    minVisits: MIN_VISITS,
    unrelated: [...marks].sort(byNumberThenKey(([key, n]) => [n, key])).map(([key, n]) => ({ ...splitUnrelatedKey(key), marks: n })),
  };
}

/**
 * Columns of the outcomes CSV: one row per figure set, the `section` saying which table. New
 * columns go at the end, so that a sheet reading the older ones by position still reads them:
 * `occupation` and `marks` fill only the `unrelated` section (key: the program id).
 */
export const OUTCOMES_CSV_COLUMNS = ['section', 'key', 'lang', 'shown', 'opens', 'inquiries', 'clickThroughRate', 'visits', 'occupation', 'marks'] as const;

/**
 * The report as one CSV a spreadsheet can pivot. Typed titles are text anyone can type:
 * cells a spreadsheet would run as a formula are prefixed with `'`, as in the inquiries CSV.
 */
export function outcomesCsv(o: Outcomes): string {
  const n = (x: number | null) => (x === null ? '' : String(x));
  const row = (section: string, key: string, f: Partial<OutcomeFigures>, lang = '', visits = '', occupation = '', marks = '') => [
    section,
    key,
    lang,
    n(f.shown ?? null),
    n(f.opens ?? null),
    n(f.inquiries ?? null),
    n(f.clickThroughRate ?? null),
    visits,
    occupation,
    marks,
  ];
  const rows = [
    row('total', '', o),
    ...o.byWeek.map((w) => row('week', w.week, w)),
    ...o.byPage.map((p) => row('page', p.page ?? '', p)),
    ...o.byOccupation.map((x) => row('occupation', x.code, { shown: x.shown })),
    ...o.byProgram.map((x) => row('program', x.programId, { opens: x.opens })),
    ...o.unmatched.map((t) => row('unmatched', t.query, {}, t.lang, String(t.visits))),
    ...o.unrelated.map((u) => row('unrelated', u.programId, {}, '', '', u.code, String(u.marks))),
  ];
  return stringify(rows, {
    header: true,
    columns: [...OUTCOMES_CSV_COLUMNS],
    escape_formulas: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `from` and `to` of the query string (`YYYY-MM-DD`, inclusive); 400 naming the one at fault. */
export function rangeOf(url: URL): DayRange {
  const range: DayRange = {};
  for (const name of ['from', 'to'] as const) {
    const value = url.searchParams.get(name);
    if (value === null || value === '') continue;
    const date = new Date(`${value}T00:00:00Z`);
    if (!DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      throw new HttpError(400, { error: 'invalid-date', param: name, expected: 'YYYY-MM-DD' });
    }
    range[name] = value;
  }
  if (range.from && range.to && range.from > range.to) throw new HttpError(400, { error: 'invalid-date', param: 'to', expected: 'not before from' });
  return range;
}

function scopedRow(row: CountRow, programIds: ReadonlySet<string>): boolean {
  if (row.kind === 'programOpen') return programIds.has(row.key);
  return row.kind === 'unrelated' && programIds.has(splitUnrelatedKey(row.key).programId);
}

/**
 * Answer `GET /api/outcomes` (JSON) or `GET /api/outcomes.csv`; the caller has checked the
 * token. With `scope` (an institution's token), only the opens of its programs and the
 * "not relevant" marks on them.
 */
export async function answerOutcomes(
  store: InquiryStore,
  url: URL,
  res: ServerResponse,
  csv: boolean,
  scope?: { provider: string; programIds: ReadonlySet<string> },
): Promise<void> {
  const range = rangeOf(url);
  let rows = await store.outcomeCounts(range);
  // An institution: only the opens of its own programs, and the marks on them, are its own.
  if (scope) rows = rows.filter((r) => scopedRow(r, scope.programIds));
  const outcomes = buildOutcomes(rows, range);
  if (scope) outcomes.scope = { provider: scope.provider };
  if (!csv) {
    send(res, 200, outcomes);
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="outcomes.csv"',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`\uFEFF${outcomesCsv(outcomes)}`);
}
