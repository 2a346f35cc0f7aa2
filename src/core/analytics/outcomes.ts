/**
 * The outcomes report as `GET /api/outcomes` answers it (built by `server/outcomes.ts`, read
 * by `<mc-outcomes-report>`): anonymous counts only, no personal data.
 */

/** Fewest visits that typed an unmatched title before the report shows it. */
export const MIN_VISITS = 3;
/** The `format` of the outcomes report. */
export const OUTCOMES_FORMAT = 'mc-outcomes/1';

/** Recommendations shown, programs opened, inquiries sent, and opens per recommendation shown. */
export interface OutcomeFigures {
  shown: number;
  opens: number;
  inquiries: number;
  /** `opens / shown`, null when nothing was shown. */
  clickThroughRate: number | null;
}

/**
 * The outcomes report over a range of days: totals, and by week, host page, occupation and
 * program, with unmatched titles and the programs learners marked not relevant.
 */
export interface Outcomes extends OutcomeFigures {
  format: typeof OUTCOMES_FORMAT;
  from: string | null;
  to: string | null;
  /** Batches of usage counts received: about one per page load and minute the widgets were open (marks not included). */
  batches: number;
  /** Events counted without their key, because a page's table was full. */
  overflow: number;
  /** Inquiries by how they left the browser (`queued`: held offline, sent later). */
  inquiriesByStatus: { sent: number; queued: number };
  /** ISO weeks (Monday to Sunday, UTC), oldest first. */
  byWeek: Array<OutcomeFigures & { week: string; start: string }>;
  /** Host pages (origin and path; null: unknown, from older widgets), most recommendations shown first. */
  byPage: Array<OutcomeFigures & { page: string | null }>;
  /** Recommendations shown per occupation (NOC code); opens are counted per program, not occupation. */
  byOccupation: Array<{ code: string; shown: number }>;
  /** Programs opened, per program id. */
  byProgram: Array<{ programId: string; opens: number }>;
  /** Typed titles that matched nothing, from `minVisits` visits, most visits first. */
  unmatched: Array<{ lang: string; query: string; visits: number }>;
  minVisits: number;
  /**
   * Learners' marks that a program is not relevant to the occupation (NOC code) it was
   * recommended for: each pair counted once per page load that marked it, most marks first.
   * Absent from the reports of servers older than the marks: read it as empty.
   */
  unrelated: Array<{ programId: string; code: string; marks: number }>;
  /**
   * Set when an institution's token asked: the report counts only the opens of its own
   * programs (by week, host page and program) and the marks on them (`unrelated`).
   * Recommendations shown, inquiries and typed titles cannot be told apart by institution,
   * so they are left out (zero, empty).
   */
  scope?: { provider: string };
  /** True only in made-up demonstration data (the report then says so); the server never sets it. */
  sample?: boolean;
}
