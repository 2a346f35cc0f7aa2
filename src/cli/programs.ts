/**
 * Program catalogue reader: the canonical CSV and JSON formats (see
 * docs/program-catalogue.md). Every field is validated; a bad value is a warning naming
 * file, line and field, and the value is left empty rather than guessed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Delivery, Program, ProgramLanguage } from '../core/schema.js';
import { safeHttpsUrl } from '../core/url.js';
import { Columns, field, readCsv } from './csv.js';
import { BuildError, type Diagnostics } from './diagnostics.js';
import { REGION_CODES } from './regions.js';
import { clip, plain } from './text.js';

/** A catalogue entry before skill tagging. */
export type RawProgram = Omit<Program, 'skills' | 'tagging'> & {
  line: number;
  /** Skill tags as the catalogue writes them. */
  tags: string[];
  /** Broader catalogue tags (a subject area), used only when nothing else maps. */
  fallbackTags?: string[];
  /** Text read for tagging but not shipped in the index (keeps the download small). */
  taggingText?: string;
  /** Learning outcomes ("what you will learn"), one per entry; read for evidence, not shipped whole. */
  outcomes?: string[];
  /** Module or unit titles, one per entry; read for evidence, not shipped whole. */
  modules?: string[];
};

export const CANONICAL_COLUMNS = [
  'id', 'title_en', 'title_fr', 'provider', 'url', 'description_en', 'description_fr', 'skills',
  'hours', 'cost_cad', 'delivery', 'language', 'region', 'osap_eligible', 'credential',
] as const;

type Key = (typeof CANONICAL_COLUMNS)[number];
type Record_ = Partial<Record<Key, unknown>>;

const DELIVERY: Record<string, Delivery> = {
  online: 'online', 'in-person': 'in-person', 'in person': 'in-person', inperson: 'in-person', hybrid: 'hybrid',
};
const LANGUAGE: Record<string, ProgramLanguage> = {
  en: 'en', english: 'en', fr: 'fr', french: 'fr', 'français': 'fr', bilingual: 'bilingual', other: 'other',
};
const YES = new Set(['yes', 'y', 'true', '1', 'oui']);
const NO = new Set(['no', 'n', 'false', '0', 'non']);

/** A program id: letters, digits and `._:-` only, so it is safe in URLs and events. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : String(value).trim();
}

/** Validates one catalogue record; returns null (with a warning) when it cannot be used. */
export function validateProgram(
  rec: Record_,
  file: string,
  line: number,
  diag: Diagnostics,
  seen: Set<string>,
): RawProgram | null {
  const warn = (f: string, reason: string) => diag.warn(file, line, f, reason);
  const id = text(rec.id);
  if (!ID.test(id)) {
    warn('id', id === '' ? 'missing id; row skipped' : `"${id}" is not a valid id (letters, digits, . _ : -); row skipped`);
    return null;
  }
  if (seen.has(id)) {
    warn('id', `duplicate id "${id}"; row skipped`);
    return null;
  }
  const titleEn = plain(text(rec.title_en));
  const titleFr = plain(text(rec.title_fr));
  if (titleEn === '' && titleFr === '') {
    warn('title_en', 'missing title; row skipped');
    return null;
  }
  seen.add(id);
  const rawUrl = text(rec.url);
  const url = safeHttpsUrl(rawUrl);
  if (rawUrl !== '' && url === null) warn('url', `"${rawUrl.slice(0, 80)}" is not an https link; left empty`);
  const amount = (key: 'hours' | 'cost_cad'): number | null => {
    const raw = text(rec[key]).replace(/^\$/, '').replace(/,/g, '');
    if (raw === '') return null;
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value)) {
      warn(key, `"${text(rec[key])}" is not a non-negative number; left empty`);
      return null;
    }
    return value;
  };
  const pick = <T>(key: Key, table: Record<string, T>): T | null => {
    const raw = text(rec[key]).toLowerCase();
    if (raw === '') return null;
    const value = table[raw];
    if (value === undefined) warn(key, `"${text(rec[key])}" is not one of ${[...new Set(Object.values(table))].join(', ')}; left empty`);
    return value ?? null;
  };
  let region: string | null = text(rec.region).toUpperCase() || null;
  if (region !== null && !REGION_CODES.has(region)) {
    warn('region', `"${text(rec.region)}" is not a known region code (ER00, ER35, ER3510-ER3595); left empty`);
    region = null;
  }
  const osapText = text(rec.osap_eligible).toLowerCase();
  let osapEligible: boolean | null = null;
  if (YES.has(osapText)) osapEligible = true;
  else if (NO.has(osapText)) osapEligible = false;
  else if (osapText !== '') warn('osap_eligible', `"${text(rec.osap_eligible)}" is not yes or no; left empty`);
  const skillsValue = rec.skills;
  const tags = (Array.isArray(skillsValue) ? skillsValue.map(text) : text(skillsValue).split(';'))
    .map((t) => plain(t))
    .filter((t) => t !== '');
  return {
    line,
    id,
    title: { en: titleEn || titleFr, fr: titleFr },
    provider: plain(text(rec.provider)),
    url,
    description: { en: clip(text(rec.description_en)), fr: clip(text(rec.description_fr)) },
    tags,
    hours: amount('hours'),
    costCad: amount('cost_cad'),
    delivery: pick('delivery', DELIVERY),
    language: pick('language', LANGUAGE),
    region,
    osapEligible,
    credential: plain(text(rec.credential)) || null,
  };
}

function readCanonicalCsv(path: string, file: string, diag: Diagnostics): RawProgram[] {
  const table = readCsv(path, file);
  const cols = new Columns(table);
  const positions = new Map<Key, number>();
  for (const key of CANONICAL_COLUMNS) {
    positions.set(key, key === 'description_fr' ? cols.find(key) : cols.require(key));
  }
  const seen = new Set<string>();
  const out: RawProgram[] = [];
  for (const row of table.rows) {
    if (row.fields.length !== table.header.length) {
      diag.warn(file, row.line, '(row)', `${row.fields.length} fields, header has ${table.header.length}; check the quoting`);
    }
    const rec: Record_ = {};
    for (const [key, i] of positions) rec[key] = field(row, i);
    const program = validateProgram(rec, file, row.line, diag, seen);
    if (program) out.push(program);
  }
  return out;
}

function readCanonicalJson(path: string, file: string, diag: Diagnostics): RawProgram[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BuildError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(json)) throw new BuildError(`${file}: expected a JSON array of program objects.`);
  const seen = new Set<string>();
  const out: RawProgram[] = [];
  json.forEach((item, i) => {
    // For JSON the "line" is the 1-based position of the object in the array.
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      diag.warn(file, i + 1, '(item)', 'not an object; skipped');
      return;
    }
    const program = validateProgram(item as Record_, file, i + 1, diag, seen);
    if (program) out.push(program);
  });
  return out;
}

/** Reads a canonical catalogue; `.json` files are the JSON form, anything else CSV. */
export function readCanonicalPrograms(path: string, diag: Diagnostics): RawProgram[] {
  const file = basename(path);
  if (!existsSync(path)) {
    throw new BuildError(`${file}: program catalogue not found at ${path}. Check the --programs path.`);
  }
  return path.toLowerCase().endsWith('.json')
    ? readCanonicalJson(path, file, diag)
    : readCanonicalCsv(path, file, diag);
}
