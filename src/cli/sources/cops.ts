/**
 * COPS 2024-2033 adapter: the national summary file (employment, openings, seekers,
 * growth, retirements, recent and future labour-market conditions) per unit group.
 */
import type { Condition, LabourMarket } from '../../core/index-format/index.js';
import { fold } from '../../core/text/index.js';
import { Columns, field, parseNumber, readCsv, type CsvRow } from '../csv.js';
import { locate, type SourceContext } from '../context.js';

export const COPS_SUMMARY = 'cops2024_2033/summary_sommaire_2024_2033_noc2021.csv';

export type Outlook = Pick<LabourMarket, 'future' | 'recent' | 'period' | 'employment' | 'employmentYear' | 'openings' | 'seekers' | 'growth' | 'retirements'>;

/** "Strong risk of Shortage", "Signes modérés de pénurie", "Balance", "N/A" -> Condition | null. */
export function parseCondition(raw: string): Condition | null | undefined {
  const text = fold(raw);
  if (text === '' || text === 'n a' || text === 'n d') return null;
  if (/\bbalance\b|\bequilibre\b/.test(text)) return 'balance';
  const strength = /\bstrong\b|\bimportant/.test(text) ? 'strong' : /\bmoderate\b|\bmodere/.test(text) ? 'moderate' : null;
  const side = /shortage|penurie/.test(text) ? 'shortage' : /surplus/.test(text) ? 'surplus' : null;
  if (!strength || !side) return undefined;
  return `${strength}-${side}` as Condition;
}

type OutlookColumns = Record<'employment' | 'growth' | 'retirements' | 'openings' | 'seekers' | 'recent' | 'future', number>;

/** One unit group's outlook; a value that does not read is left empty, with a warning. */
function outlookOf(ctx: SourceContext, header: readonly string[], row: CsvRow, at: OutlookColumns, period: string, employmentYear: number): Outlook {
  const num = (i: number): number | null => {
    const value = parseNumber(field(row, i));
    if (value === undefined) {
      ctx.diag.warn(COPS_SUMMARY, row.line, header[i]!, `"${field(row, i)}" is not a number; left empty`);
      return null;
    }
    return value;
  };
  const cond = (i: number): Condition | null => {
    const value = parseCondition(field(row, i));
    if (value === undefined) {
      ctx.diag.warn(COPS_SUMMARY, row.line, header[i]!, `"${field(row, i)}" is not a known condition; left empty`);
      return null;
    }
    return value;
  };
  return {
    future: cond(at.future),
    recent: cond(at.recent),
    period,
    employment: num(at.employment),
    employmentYear,
    openings: num(at.openings),
    seekers: num(at.seekers),
    growth: num(at.growth),
    retirements: num(at.retirements),
  };
}

export function readCops(ctx: SourceContext, units: ReadonlySet<string>): Map<string, Outlook> | null {
  const path = locate(ctx, COPS_SUMMARY);
  const out = new Map<string, Outlook>();
  if (!path) {
    ctx.diag.notice(COPS_SUMMARY, 'optional source absent: no employment outlooks');
    return null;
  }
  const table = readCsv(path, COPS_SUMMARY);
  const cols = new Columns(table);
  const code = cols.require('Code');
  const employmentName = table.header.find((h) => /^employment_emploi_\d{4}$/i.test(h));
  const employment = cols.require(employmentName ?? 'Employment_emploi_2023');
  const employmentYear = Number(/(\d{4})$/.exec(employmentName ?? '2023')![1]);
  const at: OutlookColumns = {
    employment,
    growth: cols.require('Employment_Growth_croissance_emploi'),
    retirements: cols.require('Retirements_retraites'),
    openings: cols.require("Total_Job_Openings_Perspective_d'emploi"),
    seekers: cols.require('Job_Seekers_Chercheurs_emploi'),
    recent: cols.require('Recent_Labour_Market_Conditions'),
    future: cols.require('Future_Labour_Market_Conditions'),
  };
  const years = /(\d{4})_(\d{4})/.exec(COPS_SUMMARY)!;
  const period = `${years[1]}-${years[2]}`;
  let aggregates = 0;
  for (const row of table.rows) {
    const raw = field(row, code);
    const c = /^\d{5}$/.test(raw) ? raw : null;
    if (!c || c === '00000') {
      // 00000, TEER_n and NOC1_n (broad categories) are totals, not occupations.
      if (/^(TEER_\d|NOC1_\d|00000)$/.test(raw)) aggregates++;
      else ctx.diag.warn(COPS_SUMMARY, row.line, 'Code', `"${raw}" is not a NOC 2021 unit-group code; row skipped`);
      continue;
    }
    if (!units.has(c)) {
      ctx.diag.warn(COPS_SUMMARY, row.line, 'Code', `${c} is not a unit group of the NOC structure; row skipped`);
      continue;
    }
    if (out.has(c)) {
      ctx.diag.warn(COPS_SUMMARY, row.line, 'Code', `duplicate row for ${c}; first kept`);
      continue;
    }
    out.set(c, outlookOf(ctx, table.header, row, at, period, employmentYear));
  }
  if (aggregates > 0) ctx.diag.notice(COPS_SUMMARY, `${aggregates} aggregate rows (00000, TEER_n, NOC1_n) are totals, not occupations; not used`);
  return out;
}
