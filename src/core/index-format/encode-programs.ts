/**
 * The program columns of `programs.txt` and of each occupation's slice
 * (`encode-slices.ts`), with the dictionaries they refer to.
 */
import { labelSlug } from '../text/index.js';
import { type Program } from './schema.js';
import { EVIDENCE_FIELD_CODES, PROGRAM_COLUMNS } from './layout.js';
import type { Section } from './sections.js';

/**
 * An id stored as its prefix when it is that prefix plus `labelSlug` of `label`
 * (`esco:3d-modelling` with English label "3D modelling" is stored as `esco:`).
 */
export function idRecord(id: string, label: string, what: string): string {
  if (id.endsWith(':')) throw new RangeError(`${what} id "${id}" ends in ":", which the index format reserves.`);
  const colon = id.lastIndexOf(':');
  if (colon < 0) return id;
  const prefix = id.slice(0, colon + 1);
  const slug = labelSlug(label);
  return slug !== '' && id === prefix + slug ? prefix : id;
}

/**
 * Programs whose URL ends like their id (`coursera:negotiation` at
 * `https://www.coursera.org/learn/negotiation`) store `=<n>`: the id with the
 * `n`-th template's id prefix replaced by its URL prefix. Only templates two or more
 * programs share are kept.
 */
function urlTemplates(programs: readonly Program[]): string[] {
  const uses = new Map<string, number>();
  for (const program of programs) {
    const template = templateOf(program);
    if (template !== null) uses.set(template, (uses.get(template) ?? 0) + 1);
  }
  return [...uses].filter(([, n]) => n >= 2).map(([template]) => template);
}

/** `idPrefix<TAB>urlPrefix` where the rest of the id and of the URL are the same text. */
function templateOf(program: Program): string | null {
  const { id, url } = program;
  if (url === null) return null;
  let n = 0;
  while (n < id.length && n < url.length && id[id.length - 1 - n] === url[url.length - 1 - n]) n++;
  if (n === 0) return null;
  const urlPrefix = url.slice(0, url.length - n);
  const idPrefix = id.slice(0, id.length - n);
  if (!urlPrefix.startsWith('https://') || idPrefix.includes('\t')) return null;
  return `${idPrefix}\t${urlPrefix}`;
}

/** The catalogue's dictionaries, shared by `programs.txt` and every occupation's slice. */
export interface ProgramTables {
  /** One line per institution (`schema.ts`: `name`, `name<TAB>French name` or `name<TAB>`). */
  providers: string[];
  /** Institution (`Program.provider`) -> its line. */
  providerIndex: Map<string, number>;
  templates: string[];
  templateIndex: Map<string, number>;
}

export function programTables(programs: readonly Program[]): ProgramTables {
  const providers: string[] = [];
  const providerIndex = new Map<string, number>();
  for (const program of programs) {
    if (!providerIndex.has(program.provider)) {
      providerIndex.set(program.provider, providers.length);
      providers.push(providerLine(program));
    }
  }
  const templates = urlTemplates(programs);
  return { providers, providerIndex, templates, templateIndex: new Map(templates.map((t, i) => [t, i])) };
}

/**
 * An institution's dictionary line: its name, and its French name only when that differs
 * (a French name the same as the name is a tab alone). Its first program's French name is
 * its own: the catalogue reader gives every program of one institution the same.
 */
function providerLine({ id, provider, providerFr }: Program): string {
  if (`${provider}${providerFr ?? ''}`.includes('\t')) throw new RangeError(`Program ${id}: its provider's name holds a tab, which the index format reserves.`);
  if (!providerFr) return provider;
  return providerFr === provider ? `${provider}\t` : `${provider}\t${providerFr}`;
}

/**
 * The program columns of `rows`, one value per program; the labels of their evidence are
 * numbered in `labels` (written out before the columns).
 */
export function programColumns(rows: readonly Program[], { providerIndex, templateIndex }: ProgramTables, labels: Dictionary): Section[] {
  const evidence = (p: Program): string =>
    (p.evidence ?? [])
      .map((e) => {
        const items = e.items.map((i) => `${labels.id(i.label)}.${EVIDENCE_FIELD_CODES[i.field]}${i.shared ? '*' : ''}`).join(',');
        return `${e.occupation}:${Math.round(e.score * 100)}:${e.strength === 'strong' ? 's' : 'm'}:${items}`;
      })
      .join(' ');
  const column = (name: (typeof PROGRAM_COLUMNS)[number], value: (p: Program) => string): Section => ({
    name,
    values: rows.map(value),
  });
  const optional = (value: string | number | null): string => (value === null ? '' : String(value));
  return [
    column('id', (p) => idRecord(p.id, p.title.en, 'Program')),
    column('provider', (p) => String(providerIndex.get(p.provider))),
    column('url', (p) => {
      if (p.url === null) return '';
      if (!p.url.startsWith('https://')) throw new RangeError(`Program ${p.id}: url "${p.url}" is not https.`);
      const template = templateOf(p);
      const n = template === null ? undefined : templateIndex.get(template);
      return n === undefined ? p.url : `=${n}`;
    }),
    column('title.en', (p) => p.title.en),
    column('title.fr', (p) => p.title.fr),
    column('description.en', (p) => p.description.en),
    column('description.fr', (p) => p.description.fr),
    column('skills', (p) => p.skills.join(' ')),
    column('tagging', (p) => p.tagging),
    column('hours', (p) => optional(p.hours)),
    column('cost', (p) => optional(p.costCad)),
    column('delivery', (p) => optional(p.delivery)),
    column('language', (p) => optional(p.language)),
    column('region', (p) => optional(p.region)),
    column('osap', (p) => (p.osapEligible === null ? '' : p.osapEligible ? 'yes' : 'no')),
    column('credential', (p) => optional(p.credential)),
    column('series', (p) => (p.series ? String(p.series) : '')),
    column('evidence', evidence),
  ];
}

/** Distinct strings numbered in first-use order. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let n = this.index.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.index.set(value, n);
      this.values.push(value);
    }
    return n;
  }
}
