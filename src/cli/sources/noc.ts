/**
 * NOC 2021 adapter: the classification structure (unit groups and their official English
 * titles) plus the bilingual example titles, from the derived JSON or, when that is
 * absent, from the official elements CSV (detected by its header).
 */
import { readFileSync } from 'node:fs';
import { Columns, field, nocCode, readCsv, readText, parseCsv } from '../csv.js';
import { BuildError } from '../../core/catalogue/index.js';
import { listFiles, locate, type SourceContext } from '../context.js';

export const STRUCTURE_FILE = 'noc2021/noc_2021_version_1.0_-_classification_structure.csv';
export const TITLES_JSON = 'noc2021/noc2021_bilingual_example_titles.json';

export interface UnitGroup {
  code: string;
  title: { en: string; fr: string };
}

export interface NocData {
  /** Unit groups by code, in code order. */
  units: Map<string, UnitGroup>;
  /** Example titles by code, per language, as found (not yet deduplicated). */
  titles: { en: Map<string, string[]>; fr: Map<string, string[]> };
  /** Which title source was used, for the manifest. */
  titleSource: 'json' | 'elements';
}

const EXAMPLE_TYPES = new Set(['illustrative example(s)', 'all examples']);

function readStructure(ctx: SourceContext): Map<string, UnitGroup> {
  const path = locate(ctx, STRUCTURE_FILE);
  if (!path) {
    throw new BuildError(
      `${STRUCTURE_FILE}: required NOC 2021 structure file not found under ${ctx.dir}. ` +
        'Download "NOC 2021 Version 1.0 classification structure" (CSV) from Statistics Canada and place it there.',
    );
  }
  const table = readCsv(path, STRUCTURE_FILE);
  const cols = new Columns(table);
  const level = cols.require('Level');
  const code = cols.require('Code - NOC 2021 V1.0', 'Code');
  const title = cols.require('Class title');
  const units = new Map<string, UnitGroup>();
  for (const row of table.rows) {
    if (field(row, level) !== '5') continue;
    const c = nocCode(field(row, code));
    if (!c) {
      ctx.diag.warn(STRUCTURE_FILE, row.line, 'Code - NOC 2021 V1.0', `"${field(row, code)}" is not a NOC unit-group code; row skipped`);
      continue;
    }
    const en = field(row, title);
    if (en === '') {
      ctx.diag.warn(STRUCTURE_FILE, row.line, 'Class title', 'empty title; row skipped');
      continue;
    }
    if (units.has(c)) {
      ctx.diag.warn(STRUCTURE_FILE, row.line, 'Code - NOC 2021 V1.0', `duplicate unit group ${c}; first kept`);
      continue;
    }
    units.set(c, { code: c, title: { en, fr: '' } });
  }
  if (units.size === 0) {
    throw new BuildError(`${STRUCTURE_FILE}: no unit groups (Level 5 rows) found. Check that this is the NOC 2021 structure file.`);
  }
  return new Map([...units].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface TitlesJson {
  categories?: Record<string, { EN?: unknown; FR?: unknown }>;
  EN?: Array<{ code?: unknown; label?: unknown }>;
  FR?: Array<{ code?: unknown; label?: unknown }>;
}

function push(map: Map<string, string[]>, code: string, title: string): void {
  const list = map.get(code);
  if (list) list.push(title);
  else map.set(code, [title]);
}

function readTitlesJson(ctx: SourceContext, path: string, data: NocData): void {
  let json: TitlesJson;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as TitlesJson;
  } catch (error) {
    throw new BuildError(`${TITLES_JSON}: not valid JSON (${(error as Error).message}).`);
  }
  if (!json.categories || !Array.isArray(json.EN) || !Array.isArray(json.FR)) {
    throw new BuildError(`${TITLES_JSON}: expected an object with "categories", "EN" and "FR".`);
  }
  for (const [raw, names] of Object.entries(json.categories)) {
    const code = nocCode(raw);
    const unit = code ? data.units.get(code) : undefined;
    if (!unit) {
      ctx.diag.warn(TITLES_JSON, 1, `categories.${raw}`, 'not a unit group of the NOC structure; ignored');
      continue;
    }
    if (typeof names.FR === 'string' && names.FR.trim() !== '') unit.title.fr = names.FR.trim();
    else ctx.diag.warn(TITLES_JSON, 1, `categories.${raw}.FR`, 'missing French title');
  }
  for (const lang of ['EN', 'FR'] as const) {
    const target = lang === 'EN' ? data.titles.en : data.titles.fr;
    json[lang]!.forEach((entry, i) => {
      const code = typeof entry.code === 'string' ? nocCode(entry.code) : null;
      const label = typeof entry.label === 'string' ? entry.label.trim() : '';
      if (!code || !data.units.has(code)) {
        ctx.diag.warn(TITLES_JSON, 1, `${lang}[${i}].code`, `"${String(entry.code)}" is not a unit group of the NOC structure; title ignored`);
      } else if (label === '') {
        ctx.diag.warn(TITLES_JSON, 1, `${lang}[${i}].label`, 'empty title ignored');
      } else {
        push(target, code, label);
      }
    });
  }
}

/** Official (English) elements CSV: example titles from the "All examples"-type rows. */
function readElements(ctx: SourceContext, rel: string, path: string, data: NocData): void {
  const table = parseCsv(readText(path), rel);
  const cols = new Columns(table);
  const code = cols.require('Code - NOC 2021 V1.0');
  const type = cols.require('Element Type Label English');
  const text = cols.require('Element Description English');
  for (const row of table.rows) {
    if (!EXAMPLE_TYPES.has(field(row, type).toLowerCase())) continue;
    const c = nocCode(field(row, code));
    if (!c || !data.units.has(c)) {
      ctx.diag.warn(rel, row.line, 'Code - NOC 2021 V1.0', `"${field(row, code)}" is not a unit group of the NOC structure; title ignored`);
      continue;
    }
    const title = field(row, text);
    if (title !== '') push(data.titles.en, c, title);
  }
}

function findElementsFiles(ctx: SourceContext): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const name of listFiles(ctx, 'noc2021')) {
    if (!name.toLowerCase().endsWith('.csv')) continue;
    const rel = `noc2021/${name}`;
    const path = locate(ctx, rel)!;
    const head = readText(path).slice(0, 2000).split('\n')[0] ?? '';
    if (/Element Type Label English/.test(head)) found.push([rel, path]);
  }
  return found;
}

export function readNoc(ctx: SourceContext): NocData {
  const data: NocData = {
    units: readStructure(ctx),
    titles: { en: new Map(), fr: new Map() },
    titleSource: 'json',
  };
  const json = locate(ctx, TITLES_JSON);
  if (json) {
    readTitlesJson(ctx, json, data);
    return data;
  }
  const elements = findElementsFiles(ctx);
  if (elements.length === 0) {
    throw new BuildError(
      `${TITLES_JSON}: required job-title source not found. Place the bilingual example-titles JSON there, ` +
        'or the official "noc_2021_version_1.0_-_elements.csv" in noc2021/.',
    );
  }
  data.titleSource = 'elements';
  for (const [rel, path] of elements) readElements(ctx, rel, path, data);
  ctx.diag.notice(TITLES_JSON, 'absent: French unit-group titles and French example titles are empty (the elements CSV is English)');
  return data;
}
