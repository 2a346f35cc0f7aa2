/**
 * Wages adapter: hourly low/median/high per unit group and region, from the official
 * Job Bank wages CSV (detected by its `NOC_CNP` header) or the derived WageCAN file,
 * with the national median JSON as a fallback for the Canada median.
 */
import { readFileSync } from 'node:fs';
import type { WageRow } from '../../core/index-format/index.js';
import { Columns, field, nocCode, parseNumber, readCsv, readText, type CsvTable } from '../csv.js';
import { listFiles, locate, type SourceContext } from '../context.js';
import { REGION_CODES } from '../../core/catalogue/index.js';

export const WAGECAN_FILE = 'jobbank_wages_derived/wagecan_merged_wages_2016_2024_mapped_to_NOC2021.csv';
export const MEDIAN_JSON = 'jobbank_wages_derived/jobbank_national_median_hourly_wage_by_noc2021.json';
const WAGE_YEAR = 2024;

export interface WageData {
  /** Rows per unit group, sorted by region code. */
  byCode: Map<string, WageRow[]>;
  /** Which source the rows came from: `wages` (official) or `wages-derived`. */
  sourceId: string;
}

type Acc = Map<string, Map<string, WageRow>>;

function add(ctx: SourceContext, acc: Acc, file: string, line: number, code: string, row: WageRow): void {
  const regions = acc.get(code) ?? new Map<string, WageRow>();
  const previous = regions.get(row[0]);
  if (previous) {
    const same = previous.every((v, i) => v === row[i]);
    if (!same) ctx.diag.warn(file, line, 'ER_Code', `second, different row for ${code} in ${row[0]}; first kept`);
    return;
  }
  regions.set(row[0], row);
  acc.set(code, regions);
}

function numbers(ctx: SourceContext, table: CsvTable, row: CsvTable['rows'][number], cols: number[]): Array<number | null> {
  return cols.map((i) => {
    const value = parseNumber(field(row, i));
    if (value === undefined || (value !== null && value < 0)) {
      ctx.diag.warn(table.file, row.line, table.header[i]!, `"${field(row, i)}" is not a wage; left empty`);
      return null;
    }
    return value;
  });
}

function readWagecan(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, acc: Acc): void {
  const cols = new Columns(table);
  const er = cols.require('ER_Code');
  const noc = cols.require('NOC_2021');
  const values = [cols.require(`Low_Wage_${WAGE_YEAR}`), cols.require(`Median_Wage_${WAGE_YEAR}`), cols.require(`High_Wage_${WAGE_YEAR}`)];
  let duplicates = 0;
  for (const row of table.rows) {
    const region = field(row, er);
    if (!REGION_CODES.has(region)) continue; // other provinces are outside the index's regions
    const code = nocCode(field(row, noc));
    if (!code || !units.has(code)) {
      ctx.diag.warn(table.file, row.line, 'NOC_2021', `"${field(row, noc)}" is not a unit group of the NOC structure; row skipped`);
      continue;
    }
    const [low, median, high] = numbers(ctx, table, row, values);
    const before = acc.get(code)?.has(region) ?? false;
    add(ctx, acc, table.file, row.line, code, [region, low ?? null, median ?? null, high ?? null, WAGE_YEAR]);
    if (before) duplicates++;
  }
  if (duplicates > 0) {
    ctx.diag.notice(table.file, `${duplicates} repeated (NOC_2021, ER_Code) rows (several NOC 2016 codes map to one NOC 2021 code) merged`);
  }
}

/** Official Job Bank open-data wages: `NOC_CNP`, `ER_Code_Code_RE`, `*_Wage_Salaire_*`. */
function readOfficial(ctx: SourceContext, table: CsvTable, units: ReadonlySet<string>, acc: Acc): void {
  const cols = new Columns(table);
  const noc = cols.require('NOC_CNP');
  const er = cols.require('ER_Code_Code_RE');
  const values = [
    cols.require('Low_Wage_Salaire_Minium', 'Low_Wage_Salaire_Minimum'),
    cols.require('Median_Wage_Salaire_Median'),
    cols.require('High_Wage_Salaire_Maximal'),
  ];
  const annual = cols.find('Annual_Wage_Flag_Salaire_annuel');
  const period = cols.find('Reference_Period');
  const fileYear = Number(/(20\d\d)/.exec(table.file)?.[1] ?? WAGE_YEAR);
  for (const row of table.rows) {
    const region = field(row, er);
    if (!REGION_CODES.has(region)) continue;
    const code = nocCode(field(row, noc).replace(/^NOC_/i, ''));
    if (!code || !units.has(code)) {
      ctx.diag.warn(table.file, row.line, 'NOC_CNP', `"${field(row, noc)}" is not a unit group of the NOC structure; row skipped`);
      continue;
    }
    if (annual >= 0 && field(row, annual) === '1') {
      ctx.diag.warn(table.file, row.line, 'Annual_Wage_Flag_Salaire_annuel', 'annual salary, not hourly; row skipped');
      continue;
    }
    const years = field(row, period).match(/20\d\d/g);
    const year = years ? Number(years[years.length - 1]) : fileYear;
    const [low, median, high] = numbers(ctx, table, row, values);
    add(ctx, acc, table.file, row.line, code, [region, low ?? null, median ?? null, high ?? null, year]);
  }
}

function readMedianJson(ctx: SourceContext, path: string, units: ReadonlySet<string>, acc: Acc): void {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    ctx.diag.notice(MEDIAN_JSON, `not valid JSON (${(error as Error).message}); not used`);
    return;
  }
  if (typeof json !== 'object' || json === null) {
    ctx.diag.notice(MEDIAN_JSON, 'expected an object {"<NOC code>": median}; not used');
    return;
  }
  for (const [raw, value] of Object.entries(json)) {
    const code = nocCode(raw);
    if (!code || !units.has(code)) {
      ctx.diag.warn(MEDIAN_JSON, 1, raw, 'not a unit group of the NOC structure; ignored');
      continue;
    }
    if (value === null) continue;
    if (typeof value !== 'number' || !(value > 0)) {
      ctx.diag.warn(MEDIAN_JSON, 1, raw, `"${String(value)}" is not an hourly wage; ignored`);
      continue;
    }
    const national = acc.get(code)?.get('ER00');
    if (national && national[2] !== null) continue;
    const regions = acc.get(code) ?? new Map<string, WageRow>();
    regions.set('ER00', ['ER00', national?.[1] ?? null, value, national?.[3] ?? null, WAGE_YEAR]);
    acc.set(code, regions);
  }
}

function findOfficial(ctx: SourceContext): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const folder of ['jobbank_wages', 'jobbank_wages_derived']) {
    for (const name of listFiles(ctx, folder)) {
      if (!name.toLowerCase().endsWith('.csv')) continue;
      const rel = `${folder}/${name}`;
      const path = locate(ctx, rel)!;
      const head = readText(path).slice(0, 1000);
      if (/\bNOC_CNP\b/.test(head) && /ER_Code_Code_RE/.test(head)) found.push([rel, path]);
    }
  }
  return found;
}

/**
 * A region's row that repeats its province's low, median and high exactly is the province's,
 * not the region's: Job Bank shows the provincial wage where a region has too little data. Of the
 * 2,042 Ontario regional rows of 2024 on the real data, 734 do, and the page
 * had called them the region's wages. Left out, the region falls back to the province, and the
 * page says it shows Ontario's figures: the same numbers, now named for what they are.
 */
function withoutProvinceCopies(ctx: SourceContext, acc: Acc, file: string): void {
  let copies = 0;
  for (const regions of acc.values()) {
    for (const [region, row] of regions) {
      const province = region.length > 4 ? regions.get(region.slice(0, 4)) : undefined;
      if (!province || row.slice(1, 4).every((v) => v === null)) continue;
      if (row.slice(1, 4).every((v, i) => v === province[i + 1])) {
        regions.delete(region);
        copies++;
      }
    }
  }
  if (copies > 0) {
    ctx.diag.notice(
      file,
      `${copies} regional rows repeat their province's low, median and high exactly (Job Bank's provincial figures where a region has too little data); left to the provincial figures`,
    );
  }
}

export function readWages(ctx: SourceContext, units: ReadonlySet<string>): WageData | null {
  const acc: Acc = new Map();
  const official = findOfficial(ctx);
  let sourceId = 'wages';
  if (official.length > 0) {
    for (const [rel, path] of official) readOfficial(ctx, readCsv(path, rel), units, acc);
  } else {
    const path = locate(ctx, WAGECAN_FILE);
    if (path) {
      sourceId = 'wages-derived';
      readWagecan(ctx, readCsv(path, WAGECAN_FILE), units, acc);
    }
  }
  const median = locate(ctx, MEDIAN_JSON);
  if (median) readMedianJson(ctx, median, units, acc);
  if (acc.size === 0) {
    if (official.length === 0 && !locate(ctx, WAGECAN_FILE) && !median) {
      ctx.diag.notice(WAGECAN_FILE, 'optional source absent: no wages (no Job Bank wages CSV either)');
      return null;
    }
  } else if (official.length === 0 && !locate(ctx, WAGECAN_FILE)) {
    sourceId = 'wages-derived';
  }
  withoutProvinceCopies(ctx, acc, official.length > 0 ? official[0]![0] : WAGECAN_FILE);
  const byCode = new Map<string, WageRow[]>();
  for (const [code, regions] of acc) {
    byCode.set(
      code,
      [...regions.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    );
  }
  return { byCode, sourceId };
}
