/**
 * Reads `catalogue.txt` and an occupation's slice `programs.<code>.txt` (written by
 * `encode-slices.ts`), checking every value as `decode-programs.ts` checks `programs.txt`.
 */
import { IndexFormatError } from './errors.js';
import { programRowSteps, providersOf, urlTemplatesOf, type ProviderEntry } from './decode-programs.js';
import { type Delivery, type IndexManifest, type Program, type ProgramLanguage } from './schema.js';
import { DELIVERY_ORDER, LANGUAGE_ORDER, PROGRAM_COLUMNS, QUOTE_HASH_HEX } from './layout.js';
import { readSectionsSteps, type ReadSection } from './sections.js';
import type { Steps } from '../schedule/index.js';

/** What every slice of an index shares: the catalogue's dictionaries and figures. */
export interface Catalogue {
  /** The institutions of the whole catalogue, each with its French name when it has one. */
  providers: ProviderEntry[];
  templates: ReadonlyArray<readonly [idPrefix: string, urlPrefix: string]>;
  /** Programs in the whole catalogue. */
  programCount: number;
  deliveries: Delivery[];
  languages: ProgramLanguage[];
  maxHours: number;
  maxCost: number;
  /** Programs of the whole catalogue that teach each skill. */
  skillPrograms: Uint32Array;
  /** Occupation code -> the short hash of its slice, for the occupations with programs. */
  slices: Map<string, string>;
}

/** One occupation's programs, as a slice holds them. */
export interface DecodedSlice {
  programs: Program[];
  /** Each program's place in the whole catalogue (`programs.txt`). */
  positions: Uint32Array;
  /** The short hash of the occupation's `quotes.<code>.txt`, if it has one. */
  quoteHash: string | null;
}

const HASH = new RegExp(`^[0-9a-f]{${QUOTE_HASH_HEX}}$`);
const COUNT = /^\d+$/;

/** Reads `catalogue.txt`. */
export function* catalogueSteps(text: string, manifest: IndexManifest, file: string): Steps<Catalogue> {
  const sections = yield* readSectionsSteps(text, file, [
    ['providers', null],
    ['url-templates', null],
    ['facets', 5],
    ['skill-programs', manifest.skills.length],
    ['slices', manifest.occupations.length],
  ]);
  const fail = (section: ReadSection, k: number, reason: string): never => {
    throw new IndexFormatError(file, 'schema', reason, { line: section.firstLine + k, path: section.name });
  };
  const facets = sections.get('facets')!;
  const [count = '', deliveries = '', languages = '', hours = '', cost = ''] = facets.values;
  if (!COUNT.test(count)) fail(facets, 0, 'expected the number of programs');
  const words = (value: string) => (value === '' ? [] : value.split(' '));
  const deliveryList = words(deliveries);
  if (!deliveryList.every((d) => (DELIVERY_ORDER as readonly string[]).includes(d))) fail(facets, 1, 'expected delivery modes');
  const languageList = words(languages);
  if (!languageList.every((l) => (LANGUAGE_ORDER as readonly string[]).includes(l))) fail(facets, 2, 'expected program languages');
  const number = (value: string, k: number) =>
    value !== '' && Number.isFinite(Number(value)) && Number(value) >= 0 ? Number(value) : fail(facets, k, 'expected a number');
  const programCount = Number(count);
  const taught = sections.get('skill-programs')!;
  const skillPrograms = new Uint32Array(taught.values.length);
  taught.values.forEach((value, k) => {
    if (!COUNT.test(value) || Number(value) > programCount) fail(taught, k, `expected a number of programs up to ${programCount}`);
    skillPrograms[k] = Number(value);
  });
  yield;
  const hashes = sections.get('slices')!;
  const slices = new Map<string, string>();
  hashes.values.forEach((hash, k) => {
    if (hash === '') return;
    if (!HASH.test(hash)) fail(hashes, k, `expected ${QUOTE_HASH_HEX} hexadecimal digits or nothing`);
    slices.set(manifest.occupations[k]!.code, hash);
  });
  return {
    providers: providersOf(sections.get('providers')!, file),
    templates: urlTemplatesOf(sections.get('url-templates')!, file),
    programCount,
    deliveries: deliveryList as Delivery[],
    languages: languageList as ProgramLanguage[],
    maxHours: number(hours, 3),
    maxCost: number(cost, 4),
    skillPrograms,
    slices,
  };
}

/** Reads the slice of occupation `code`: every program checked, each with evidence for `code`. */
export function* sliceSteps(text: string, manifest: IndexManifest, catalogue: Catalogue, code: string, file: string): Steps<DecodedSlice> {
  const sections = yield* readSectionsSteps(text, file, [
    ['positions', null],
    ['evidence-labels', null],
    ['quote-file', 1],
    ...PROGRAM_COLUMNS.map((name) => [name, null] as const),
  ]);
  const placed = sections.get('positions')!;
  const count = placed.values.length;
  const positions = new Uint32Array(count);
  placed.values.forEach((value, k) => {
    const n = Number(value);
    if (!COUNT.test(value) || n >= catalogue.programCount || (k > 0 && n <= positions[k - 1]!)) {
      throw new IndexFormatError(file, 'schema', `expected increasing program positions below ${catalogue.programCount}`, {
        line: placed.firstLine + k,
        path: 'positions',
      });
    }
    positions[k] = n;
  });
  for (const name of PROGRAM_COLUMNS) {
    const column = sections.get(name)!;
    if (column.values.length !== count) {
      throw new IndexFormatError(file, 'schema', `has ${column.values.length} values, expected ${count} (one per position)`, {
        line: column.firstLine - 1,
        path: name,
      });
    }
  }
  const quote = sections.get('quote-file')!;
  const quoteHash = quote.values[0]!;
  if (quoteHash !== '' && !HASH.test(quoteHash)) {
    throw new IndexFormatError(file, 'schema', `expected ${QUOTE_HASH_HEX} hexadecimal digits or nothing`, { line: quote.firstLine, path: 'quote-file' });
  }
  const source = { file, sections, manifest, providers: catalogue.providers, templates: catalogue.templates };
  const programs = yield* programRowSteps(source, count, (program, i) => {
    if (!program.evidence?.some((e) => e.occupation === code)) {
      throw new IndexFormatError(file, 'schema', `program "${program.id}" has no evidence for occupation ${code}`, {
        line: sections.get('evidence')!.firstLine + i,
        path: 'evidence',
      });
    }
  });
  return { programs, positions, quoteHash: quoteHash === '' ? null : quoteHash };
}
