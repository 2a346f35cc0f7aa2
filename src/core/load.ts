/**
 * Fetches an index, checks its versions before anything else, verifies every file
 * against the manifest's size and SHA-256, validates it and assembles a `LoadedIndex`
 * in chunks that never hold the main thread for long.
 */
import * as v from 'valibot';
import { NORMALIZER_VERSION } from './normalize.js';
import {
  ManifestSchema,
  OccupationSchema,
  ProgramSchema,
  SCHEMA_VERSION,
  type FileRef,
  type IndexManifest,
  type Lang,
  type Occupation,
  type Program,
} from './schema.js';
import {
  IndexFetchError,
  IndexFormatError,
  IndexIntegrityError,
  IndexVersionError,
} from './errors.js';
import type { LoadedIndex } from './loaded.js';
import { TitleIndexBuilder, type TitleIndex } from './titles.js';
import { prepareRankingInSlices } from './rank.js';
import { buildProgramText } from './rank-text.js';
import { prepareNumberFormats } from './lmi.js';
import { Slicer } from './yield.js';

export interface LoadOptions {
  /** Language whose job titles to load. */
  lang: Lang;
  signal?: AbortSignal;
  /** Replaces the global fetch (tests, service workers, custom auth). */
  fetch?: typeof fetch;
  /** An index already loaded from the same URL in another language: only titles are added. */
  base?: LoadedIndex;
  /** Called with the length in ms of every synchronous slice between yields (benchmarks). */
  onSlice?: (ms: number) => void;
}

export interface AssembleOptions {
  signal?: AbortSignal;
  /** Name used in error messages, e.g. the URL of index.json. */
  source?: string;
  /** Called with the length in ms of every synchronous slice between yields (benchmarks). */
  onSlice?: (ms: number) => void;
}

/**
 * Loads the index whose `index.json` is at `url` (a URL ending in `/` means
 * `<url>index.json`), with the job titles of `opts.lang`.
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError,
 *   or the signal's reason when aborted.
 */
export async function loadIndex(url: string | URL, opts: LoadOptions): Promise<LoadedIndex> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const manifestUrl = resolveManifestUrl(url);
  const signal = opts.signal;

  if (opts.base) {
    const base = opts.base;
    if (base.titles[opts.lang]) return base;
    const ref = base.manifest.files.titles[opts.lang];
    const fileUrl = new URL(ref.path, manifestUrl).href;
    const bytes = await fetchBytes(doFetch, fileUrl, signal);
    await verifyFileRef(ref, bytes, fileUrl);
    const slicer = new Slicer({ signal, onSlice: opts.onSlice });
    const text = await decodeUtf8InSlices(bytes, fileUrl, slicer);
    const titles = await buildTitles(text, opts.lang, base.manifest, fileUrl, ref, slicer);
    slicer.finish();
    return { ...base, titles: { ...base.titles, [opts.lang]: titles } };
  }

  // Every step below runs in slices: decoding, JSON parsing and validation of a 1 MB
  // manifest in one go is a long task on a slow phone.
  const slicer = new Slicer({ signal, onSlice: opts.onSlice });
  const manifestBytes = await fetchBytes(doFetch, manifestUrl, signal);
  slicer.resume();
  const manifestText = await decodeUtf8InSlices(manifestBytes, manifestUrl, slicer);
  const manifest = await parseManifestInSlices(await parseJsonInSlices(manifestText, manifestUrl, slicer), manifestUrl, slicer);
  slicer.finish();

  const titlesRef = manifest.files.titles[opts.lang];
  const titlesUrl = new URL(titlesRef.path, manifestUrl).href;
  const programsUrl = new URL(manifest.files.programs.path, manifestUrl).href;
  const [titlesBytes, programsBytes] = await Promise.all([
    fetchBytes(doFetch, titlesUrl, signal),
    fetchBytes(doFetch, programsUrl, signal),
  ]);
  await verifyFileRef(titlesRef, titlesBytes, titlesUrl);
  await verifyFileRef(manifest.files.programs, programsBytes, programsUrl);
  slicer.resume();
  const titlesText = await decodeUtf8InSlices(titlesBytes, titlesUrl, slicer);
  const programsText = await decodeUtf8InSlices(programsBytes, programsUrl, slicer);
  await slicer.pause();

  return assembleIndex(
    manifest,
    { titles: { [opts.lang]: titlesText }, programs: programsText },
    { signal, source: manifestUrl, onSlice: opts.onSlice },
  );
}

/**
 * Builds a `LoadedIndex` from an already-verified manifest (parsed or not) and the text
 * of its files. Shared by the browser loader and the Node directory reader.
 */
export async function assembleIndex(
  manifest: unknown,
  files: { titles: Partial<Record<Lang, string>>; programs: string },
  opts: AssembleOptions = {},
): Promise<LoadedIndex> {
  const source = opts.source ?? 'index.json';
  const slicer = new Slicer({ signal: opts.signal, onSlice: opts.onSlice });
  const parsed = isParsedManifest(manifest) ? manifest : await parseManifestInSlices(manifest, source, slicer);
  await slicer.tick();

  const occupations = new Map<string, Occupation>();
  for (const occupation of parsed.occupations) occupations.set(occupation.code, occupation);

  const programsFile = siblingName(source, parsed.files.programs.path);
  const programs = await parsePrograms(files.programs, parsed, programsFile, slicer);

  const titles: Partial<Record<Lang, TitleIndex>> = {};
  for (const lang of ['en', 'fr'] as const) {
    const text = files.titles[lang];
    if (text === undefined) continue;
    const ref = parsed.files.titles[lang];
    titles[lang] = await buildTitles(text, lang, parsed, siblingName(source, ref.path), ref, slicer);
  }

  const text = await buildProgramText(programs, slicer);
  const ranking = await prepareRankingInSlices(parsed, programs, () => slicer.tick());
  ranking.text = text;
  for (const lang of ['en', 'fr'] as const) {
    if (titles[lang]) await prepareNumberFormats(lang, () => slicer.pause());
  }
  slicer.finish();
  return { manifest: parsed, occupations, programs, titles, ranking };
}

const VALIDATED = new WeakSet<object>();

function isParsedManifest(value: unknown): value is IndexManifest {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/**
 * Checks `schemaVersion` and `normalizerVersion` first (an index from another version is
 * refused with `IndexVersionError` even when its shape changed), then validates the
 * shape and cross-references.
 * @param source file name or URL used in error messages
 */
export function parseManifest(json: unknown, source: string): IndexManifest {
  const steps = manifestSteps(json, source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `parseManifest` in slices, yielding through `slicer` so a large manifest is no long task. */
export async function parseManifestInSlices(json: unknown, source: string, slicer: Slicer): Promise<IndexManifest> {
  const steps = manifestSteps(json, source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.tick();
  }
}

// The bulk of a manifest is occupations and skills: validated item by item between
// yields, the skill tuples by hand (valibot tuples cost more than the rest together).
const ShellSchema = v.object({
  ...ManifestSchema.entries,
  skills: v.array(v.unknown()),
  occupations: v.array(v.unknown()),
});
const SkillSchema = ManifestSchema.entries.skills.item;
const OccupationShellSchema = v.object({ ...OccupationSchema.entries, skills: v.array(v.unknown()) });
const CHUNK = 64;
/** Skills validated per step (each step ends in a tick, which yields once over budget). */
const SKILLS_PER_STEP = 16;

function* manifestSteps(json: unknown, source: string): Generator<void, IndexManifest> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new IndexFormatError(source, 'schema', 'expected a JSON object at the top level');
  }
  const record = json as Record<string, unknown>;
  if (record.schemaVersion !== SCHEMA_VERSION) {
    throw new IndexVersionError(source, 'schemaVersion', record.schemaVersion, SCHEMA_VERSION);
  }
  if (record.normalizerVersion !== NORMALIZER_VERSION) {
    throw new IndexVersionError(source, 'normalizerVersion', record.normalizerVersion, NORMALIZER_VERSION);
  }
  const shell = validate(ShellSchema, json, source, '');
  const skills: IndexManifest['skills'] = [];
  for (let i = 0; i < shell.skills.length; i++) {
    if (i % SKILLS_PER_STEP === 0) yield;
    skills.push(validate(SkillSchema, shell.skills[i], source, `skills.${i}.`));
  }
  const occupations: Occupation[] = [];
  for (let i = 0; i < shell.occupations.length; i++) {
    yield;
    const occupation = validate(OccupationShellSchema, shell.occupations[i], source, `occupations.${i}.`);
    occupation.skills.forEach((pair, j) => {
      if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || pair[0] < 0 || typeof pair[1] !== 'number') {
        throw new IndexFormatError(source, 'schema', 'expected a [skill index, weight] pair', {
          path: `occupations.${i}.skills.${j}`,
        });
      }
    });
    occupations.push(occupation as Occupation);
  }
  const manifest = { ...shell, skills, occupations } as IndexManifest;
  yield* checkReferences(manifest, source);
  VALIDATED.add(manifest);
  return manifest;
}

function validate<const S extends v.GenericSchema>(schema: S, value: unknown, source: string, prefix: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new IndexFormatError(source, 'schema', issue.message, { path: path ? prefix + path : prefix.replace(/\.$/, '') || null });
  }
  return result.output;
}

function* checkReferences(manifest: IndexManifest, source: string): Generator<void, void> {
  const skillCount = manifest.skills.length;
  const seenSkills = new Set<string>();
  manifest.skills.forEach((skill, i) => {
    if (seenSkills.has(skill.id)) {
      throw new IndexFormatError(source, 'reference', `skill id "${skill.id}" appears twice`, { path: `skills.${i}.id` });
    }
    seenSkills.add(skill.id);
  });
  yield;
  const seenCodes = new Set<string>();
  for (let i = 0; i < manifest.occupations.length; i++) {
    if (i % CHUNK === 0) yield;
    const occupation = manifest.occupations[i]!;
    if (seenCodes.has(occupation.code)) {
      throw new IndexFormatError(source, 'reference', `occupation ${occupation.code} appears twice`, {
        path: `occupations.${i}.code`,
      });
    }
    seenCodes.add(occupation.code);
    occupation.skills.forEach(([skill, weight], j) => {
      if (skill >= skillCount) {
        throw new IndexFormatError(source, 'reference', `skill index ${skill} is past the ${skillCount} skills`, {
          path: `occupations.${i}.skills.${j}.0`,
        });
      }
      if (!(weight > 0 && weight <= 1)) {
        throw new IndexFormatError(source, 'schema', `skill weight ${weight} is outside (0, 1]`, {
          path: `occupations.${i}.skills.${j}.1`,
        });
      }
    });
  }
}

async function parsePrograms(
  text: string,
  manifest: IndexManifest,
  file: string,
  slicer: Slicer,
): Promise<Program[]> {
  const expected = manifest.files.programs.count;
  const lines = splitLines(text, file);
  if (lines.length < expected) {
    throw new IndexFormatError(file, 'truncated', `has ${lines.length} programs but index.json lists ${expected}`, {
      line: lines.length + 1,
    });
  }
  if (lines.length > expected) {
    throw new IndexFormatError(file, 'line', `has ${lines.length} programs but index.json lists ${expected}`, {
      line: expected + 1,
    });
  }
  const skillCount = manifest.skills.length;
  const programs: Program[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    await slicer.tick();
    const lineNo = i + 1;
    let json: unknown;
    try {
      json = JSON.parse(lines[i]!);
    } catch {
      throw new IndexFormatError(file, 'line', 'is not a JSON object (file truncated or corrupted?)', { line: lineNo });
    }
    const result = v.safeParse(ProgramSchema, json);
    if (!result.success) {
      const issue = result.issues[0];
      throw new IndexFormatError(file, 'schema', issue.message, { line: lineNo, path: v.getDotPath(issue) ?? null });
    }
    const program = result.output as Program;
    if (ids.has(program.id)) {
      throw new IndexFormatError(file, 'reference', `program id "${program.id}" appears twice`, { line: lineNo, path: 'id' });
    }
    ids.add(program.id);
    for (const skill of program.skills) {
      if (skill >= skillCount) {
        throw new IndexFormatError(file, 'reference', `skill index ${skill} is past the ${skillCount} skills`, {
          line: lineNo,
          path: 'skills',
        });
      }
    }
    programs.push(program);
  }
  return programs;
}

async function buildTitles(
  text: string,
  lang: Lang,
  manifest: IndexManifest,
  file: string,
  ref: FileRef,
  slicer: Slicer,
): Promise<TitleIndex> {
  const lines = splitLines(text, file);
  if (lines.length < ref.count) {
    throw new IndexFormatError(file, 'truncated', `has ${lines.length} occupations but index.json lists ${ref.count}`, {
      line: lines.length + 1,
    });
  }
  if (lines.length > ref.count) {
    throw new IndexFormatError(file, 'line', `has ${lines.length} occupations but index.json lists ${ref.count}`, {
      line: ref.count + 1,
    });
  }
  const known = new Set(manifest.occupations.map((o) => o.code));
  const builder = new TitleIndexBuilder(lang);
  for (let i = 0; i < lines.length; i++) {
    await slicer.tick();
    const fields = lines[i]!.split('\t');
    const code = fields[0] ?? '';
    if (!/^\d{5}$/.test(code)) {
      throw new IndexFormatError(file, 'line', `starts with "${code.slice(0, 20)}", not a 5-digit NOC code`, { line: i + 1 });
    }
    if (!known.has(code)) {
      throw new IndexFormatError(file, 'reference', `occupation ${code} is not in index.json`, { line: i + 1 });
    }
    const titles = fields.slice(1).filter((title) => title !== '');
    if (titles.length === 0) {
      throw new IndexFormatError(file, 'line', `occupation ${code} has no titles`, { line: i + 1 });
    }
    // A line can hold hundreds of titles: added in runs (the official title first, as
    // the builder expects) with a tick between runs.
    for (let k = 0; k < titles.length; k += TITLE_RUN) {
      if (k > 0) await slicer.tick();
      builder.add(code, k === 0 && titles.length <= TITLE_RUN ? titles : titles.slice(k, k + TITLE_RUN));
    }
  }
  await slicer.tick();
  return builder.buildInSlices(slicer);
}

/** Titles added to the title index between ticks. */
const TITLE_RUN = 48;

/** Lines of a text file; a final newline is expected, a missing one means truncation. */
function splitLines(text: string, file: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  const last = lines.pop();
  if (last !== '') {
    throw new IndexFormatError(file, 'truncated', 'does not end with a newline (cut off mid-line?)', {
      line: lines.length + 1,
    });
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

function resolveManifestUrl(url: string | URL): string {
  const base =
    typeof document !== 'undefined' && typeof document.baseURI === 'string' ? document.baseURI : undefined;
  const resolved = new URL(String(url), base);
  if (resolved.pathname.endsWith('/')) resolved.pathname += 'index.json';
  return resolved.href;
}

function siblingName(source: string, path: string): string {
  try {
    return new URL(path, source).href;
  } catch {
    const slash = source.lastIndexOf('/');
    return slash >= 0 ? source.slice(0, slash + 1) + path : path;
  }
}

async function fetchBytes(
  doFetch: typeof fetch,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  signal?.throwIfAborted();
  let response: Response;
  try {
    // Default credentials (same-origin): an intranet behind a login keeps its session cookie.
    response = await doFetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new IndexFetchError(url, 'network', null, { cause: error });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) throw new IndexFetchError(url, 'status', response.status);
  if (/text\/html|application\/xhtml/i.test(type)) throw new IndexFetchError(url, 'html', response.status);
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new IndexFetchError(url, 'network', response.status, { cause: error });
  }
  const bytes = new Uint8Array(buffer);
  if (looksLikeHtml(bytes)) {
    throw new IndexFetchError(url, 'html', response.status);
  }
  return bytes;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x3c) return false; // '<'
  const head = new TextDecoder().decode(bytes.subarray(i, i + 64)).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<!--');
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'is empty' : 'is not valid JSON (truncated download or wrong file?)';
    throw new IndexFormatError(file, 'not-json', detail, {}, { cause: error });
  }
}

/** Bytes decoded between ticks. */
const DECODE_CHUNK = 128 * 1024;

/** `decodeUtf8` in chunks with ticks between them; the same text and the same errors. */
async function decodeUtf8InSlices(bytes: Uint8Array, file: string, slicer: Slicer): Promise<string> {
  if (bytes.length <= DECODE_CHUNK) return decodeUtf8(bytes, file);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_CHUNK) {
    const end = Math.min(start + DECODE_CHUNK, bytes.length);
    try {
      // A character split across chunks is carried over by the streaming decoder.
      parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
    } catch (error) {
      throw new IndexFormatError(file, 'encoding', 'is not valid UTF-8 text', {}, { cause: error });
    }
    await slicer.tick();
  }
  return parts.join('');
}

/**
 * `JSON.parse` of a top-level object in pieces: each array-valued member is parsed one
 * element at a time with ticks between, everything else as a whole. Anything unexpected
 * (malformed text, a `__proto__` key) goes to one plain `JSON.parse`, so the result and
 * the errors are those of `parseJson`.
 */
async function parseJsonInSlices(text: string, file: string, slicer: Slicer): Promise<unknown> {
  const pieces = jsonPieces(text);
  let out: Record<string, unknown> | undefined;
  try {
    let step = pieces.next();
    while (!step.done) {
      await slicer.tick();
      step = pieces.next();
    }
    out = step.value;
  } catch (error) {
    if (error instanceof NotSliceable || error instanceof SyntaxError) return parseJson(text, file);
    throw error;
  }
  return out ?? parseJson(text, file);
}

class NotSliceable extends Error {}

const JSON_ELEMENTS_PER_STEP = 16;

function* jsonPieces(text: string): Generator<void, Record<string, unknown> | undefined> {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return undefined; // not '{': not worth slicing
  const out: Record<string, unknown> = {};
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 0x7d) return skipSpace(text, i + 1) === text.length ? out : undefined;
  for (;;) {
    const keyEnd = valueEnd(text, i);
    const key: unknown = JSON.parse(text.slice(i, keyEnd));
    if (typeof key !== 'string' || key === '__proto__') throw new NotSliceable();
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== 0x3a) throw new NotSliceable(); // ':'
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === 0x5b) {
      // '[': element by element
      const items: unknown[] = [];
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === 0x5d) i++;
      else {
        for (;;) {
          const end = valueEnd(text, i);
          items.push(JSON.parse(text.slice(i, end)));
          if (items.length % JSON_ELEMENTS_PER_STEP === 0) yield;
          i = skipSpace(text, end);
          const c = text.charCodeAt(i);
          if (c === 0x5d) {
            i++;
            break;
          }
          if (c !== 0x2c) throw new NotSliceable();
          i = skipSpace(text, i + 1);
        }
      }
      out[key] = items;
    } else {
      const end = valueEnd(text, i);
      out[key] = JSON.parse(text.slice(i, end));
      i = end;
    }
    yield;
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x7d) return skipSpace(text, i + 1) === text.length ? out : undefined;
    if (c !== 0x2c) throw new NotSliceable();
    i = skipSpace(text, i + 1);
  }
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** Index just past the JSON value starting at `i` (its syntax is checked later by JSON.parse). */
function valueEnd(text: string, i: number): number {
  let depth = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // '"': to the closing quote, past escapes
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      if (i >= n) throw new NotSliceable();
      if (depth === 0) return i + 1;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) return i;
  }
  if (depth !== 0) throw new NotSliceable();
  return n;
}

/** UTF-8 text of `bytes`; invalid UTF-8 is a format error naming `file`. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new IndexFormatError(file, 'encoding', 'is not valid UTF-8 text', {}, { cause: error });
  }
}

/**
 * Checks `bytes` against the manifest's record: fewer bytes than recorded is a truncated
 * download (`IndexFormatError`), any other difference an `IndexIntegrityError`.
 */
export async function verifyFileRef(ref: FileRef, bytes: Uint8Array, file: string): Promise<void> {
  if (bytes.byteLength < ref.bytes) {
    throw new IndexFormatError(file, 'truncated', `has ${bytes.byteLength} bytes but index.json records ${ref.bytes}`);
  }
  if (bytes.byteLength !== ref.bytes) {
    throw new IndexIntegrityError(file, 'bytes', ref.bytes, bytes.byteLength);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== ref.sha256) throw new IndexIntegrityError(file, 'sha256', ref.sha256, actual);
}

/** Hex SHA-256 through Web Crypto (browsers in secure contexts, Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    // Plain-http pages have no crypto.subtle; the manifest check still guards versions.
    return sha256Portable(bytes);
  }
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** Plain SHA-256 for contexts without Web Crypto (http pages). */
export function sha256Portable(bytes: Uint8Array): string {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const length = bytes.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e! >>> 6) | (e! << 26)) ^ ((e! >>> 11) | (e! << 21)) ^ ((e! >>> 25) | (e! << 7));
      const ch = (e! & f!) ^ (~e! & g!);
      const t1 = (hh! + S1 + ch + K[i]! + w[i]!) >>> 0;
      const S0 = ((a! >>> 2) | (a! << 30)) ^ ((a! >>> 13) | (a! << 19)) ^ ((a! >>> 22) | (a! << 10));
      const maj = (a! & b!) ^ (a! & c!) ^ (b! & c!);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d! + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a!) >>> 0;
    h[1] = (h[1]! + b!) >>> 0;
    h[2] = (h[2]! + c!) >>> 0;
    h[3] = (h[3]! + d!) >>> 0;
    h[4] = (h[4]! + e!) >>> 0;
    h[5] = (h[5]! + f!) >>> 0;
    h[6] = (h[6]! + g!) >>> 0;
    h[7] = (h[7]! + hh!) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return toHex(out);
}
