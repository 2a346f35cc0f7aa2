/**
 * O*NET task statements and technology examples per NOC unit group, through the bcgov
 * O*NET 2019 -> NOC 2021 mapping (its base weights say how much of the unit group each
 * O*NET occupation stands for). They sharpen an occupation's description with the tools
 * and tasks the NOC text names only in general terms. Optional: without them the
 * description comes from NOC and OaSIS alone.
 */
import { Columns, field, nocCode, parseNumber, readCsv } from '../csv.js';
import { locate, type SourceContext } from '../context.js';

export const ONET_FILES = {
  mapping: 'crosswalks/bcgov_onet2019_to_noc2021_mapping_v3.0.0.csv',
  tasks: 'onet/Task Statements.txt',
  technology: 'onet/Technology Skills.txt',
} as const;

/** O*NET occupations standing for less of a unit group than this are left out. */
const MIN_SHARE = 0.15;

export interface OnetText {
  /** Per unit group: `[task, share]`, core tasks only. */
  tasks: Map<string, Array<[string, number]>>;
  /** Per unit group: `[technology example, share]`. */
  technologies: Map<string, Array<[string, number]>>;
}

export function readOnetText(ctx: SourceContext, units: ReadonlySet<string>): OnetText | null {
  const mappingPath = locate(ctx, ONET_FILES.mapping);
  const tasksPath = locate(ctx, ONET_FILES.tasks);
  const techPath = locate(ctx, ONET_FILES.technology);
  if (!mappingPath || (!tasksPath && !techPath)) {
    ctx.diag.notice(ONET_FILES.tasks, 'optional source absent: occupation descriptions without O*NET tasks and technologies');
    return null;
  }
  const shares = new Map<string, Array<[string, number]>>();
  const mapping = readCsv(mappingPath, ONET_FILES.mapping);
  const cols = new Columns(mapping);
  const onetCol = cols.require('onet_soc_code');
  const nocCol = cols.require('noc_2021');
  const weightCol = cols.require('base_weight');
  const totals = new Map<string, number>();
  const raw: Array<[string, string, number]> = [];
  for (const row of mapping.rows) {
    const code = nocCode(field(row, nocCol));
    const w = parseNumber(field(row, weightCol));
    if (!code || !units.has(code) || typeof w !== 'number' || w <= 0) continue;
    raw.push([field(row, onetCol), code, w]);
    totals.set(code, (totals.get(code) ?? 0) + w);
  }
  for (const [onet, code, w] of raw) {
    const share = w / totals.get(code)!;
    if (share < MIN_SHARE) continue;
    const list = shares.get(onet) ?? [];
    list.push([code, share]);
    shares.set(onet, list);
  }
  const out: OnetText = { tasks: new Map(), technologies: new Map() };
  const add = (into: Map<string, Array<[string, number]>>, onet: string, text: string) => {
    for (const [code, share] of shares.get(onet) ?? []) {
      const list = into.get(code) ?? [];
      list.push([text, share]);
      into.set(code, list);
    }
  };
  // Core tasks only (supplemental ones are rarer duties); hot technologies only (the
  // full list names every office program of every occupation).
  const read = (path: string | null, file: string, textColumn: string, filterColumn: string, keep: string, into: Map<string, Array<[string, number]>>) => {
    if (!path) return;
    const table = readCsv(path, file, { delimiter: '\t', noQuotes: true });
    const c = new Columns(table);
    const onet = c.require('O*NET-SOC Code');
    const text = c.require(textColumn);
    const filter = c.find(filterColumn);
    for (const row of table.rows) {
      if (filter >= 0 && field(row, filter) !== keep) continue;
      add(into, field(row, onet), field(row, text));
    }
  };
  read(tasksPath, ONET_FILES.tasks, 'Task', 'Task Type', 'Core', out.tasks);
  read(techPath, ONET_FILES.technology, 'Example', 'Hot Technology', 'Y', out.technologies);
  return out;
}
