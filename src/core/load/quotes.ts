/**
 * The program's own words quoted in reasons ("Its title: “…”"), loaded per occupation
 * when its recommendations are shown. They are the largest part of the evidence and no
 * ranking needs them, so the first recommendations do not wait for them: without its
 * quote, a reason still names the skill and where the program's text shows it.
 *
 * `quotes.<code>.txt` holds one line per program with evidence for that occupation, in
 * program order: `position<TAB>quote<TAB>quote...`, one quote per evidence item, then
 * optionally `<TAB>#12 40`: the occupation's skills the program's whole text names, which a
 * card never lists as missing from it. `programs.txt` (itself verified against
 * `index.json`) records each file's hash, as an occupation's slice records its own. Read through
 * the device cache the index came through (`readFileCached`), so a returning visitor offline
 * gets the quotes an earlier visit loaded.
 */
import { FILE_NAMES, IndexFormatError } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { readFileCached, verifyRef, type OnDemandOptions } from './on-demand.js';

/** Occupations whose quotes are in each index's programs. */
const LOADED = new WeakMap<LoadedIndex['programs'], Set<string>>();

/** True when the reasons of `code` can quote the programs (or it has no quote file). */
export function hasQuotes(index: LoadedIndex, code: string): boolean {
  return !index.quoteFiles.has(code) || (LOADED.get(index.programs)?.has(code) ?? false);
}

/**
 * Checks `bytes` (the content of `file`, the quote file of `code`) against the hash
 * `programs.txt` records and its lines against the programs' evidence, then sets the
 * quotes. Used by `loadQuotes` and by the Node directory reader, which reads them all.
 * @throws IndexIntegrityError | IndexFormatError naming the file and line.
 */
export async function applyQuotes(index: LoadedIndex, code: string, bytes: Uint8Array, file: string): Promise<void> {
  await verifyRef({ path: file, shortHash: quoteHash(index, code, file) }, bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new IndexFormatError(file, 'encoding', 'is not valid UTF-8', {}, { cause: error });
  }
  applyQuoteText(index, code, text, file);
}

/** The hash `programs.txt` (or the slice) records for the quote file of `code`. */
function quoteHash(index: LoadedIndex, code: string, file: string): string {
  const expected = index.quoteFiles.get(code);
  if (expected === undefined) throw new IndexFormatError(file, 'reference', `is not listed in programs.txt for occupation ${code}`);
  return expected;
}

/** Sets the quotes of `code` from `text`, its quote file's content (hash checked), once every line checks out. */
function applyQuoteText(index: LoadedIndex, code: string, text: string, file: string): void {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  // Every program with evidence for `code`, in order: each line must be the next one.
  const expectedPositions: number[] = [];
  index.programs.forEach((p, k) => {
    if (p.evidence?.some((e) => e.occupation === code)) expectedPositions.push(k);
  });
  if (lines.length !== expectedPositions.length) {
    throw new IndexFormatError(
      file,
      lines.length < expectedPositions.length ? 'truncated' : 'line',
      `has ${lines.length} lines but programs.txt has ${expectedPositions.length} programs with evidence for ${code}`,
      {
        line: Math.min(lines.length, expectedPositions.length) + 1,
      },
    );
  }
  // A slice's programs are numbered in the whole catalogue, as the quote file has them.
  const placeOf = (k: number) => (index.slice ? index.slice.positions[k]! : k);
  const fills: Array<() => void> = [];
  const skillCount = index.manifest.skills.length;
  lines.forEach((line, k) => {
    const [position, ...fields] = line.split('\t');
    const program = index.programs[expectedPositions[k]!]!;
    const evidence = program.evidence!.find((e) => e.occupation === code)!;
    const quotes = fields.slice(0, evidence.items.length);
    const rest = fields.slice(evidence.items.length);
    const place = placeOf(expectedPositions[k]!);
    if (position !== String(place) || quotes.length !== evidence.items.length || rest.length > 2) {
      throw new IndexFormatError(file, 'line', `expected program ${place} with ${evidence.items.length} quotes`, { line: k + 1 });
    }
    // `#12 40` (named), then `~7 9` (named in part), each only when it has any.
    const whole = rest[0]?.startsWith('#') ? rest.shift()! : undefined;
    const part = rest[0]?.startsWith('~') ? rest.shift()! : undefined;
    const named = whole === undefined ? [] : parseSkills(whole, skillCount);
    const partly = part === undefined ? [] : parseSkills(part, skillCount);
    if (named === null || partly === null || rest.length > 0) {
      throw new IndexFormatError(file, 'schema', `expected "#" then "~", each with skill numbers below ${skillCount}, after the quotes`, { line: k + 1 });
    }
    fills.push(() => {
      evidence.items.forEach((item, i) => (item.quote = quotes[i] || undefined));
      evidence.named = named;
      if (partly.length > 0) evidence.partlyNamed = partly;
      else delete evidence.partlyNamed;
    });
  });
  // Only once the whole file checks out: never half the quotes of a bad file.
  for (const fill of fills) fill();
  let loaded = LOADED.get(index.programs);
  if (!loaded) LOADED.set(index.programs, (loaded = new Set()));
  loaded.add(code);
}

/** `#12 40` or `~7 9`: skill numbers below `count`, ascending, after the mark; null when the field is anything else. */
function parseSkills(field: string, count: number): number[] | null {
  if (!/^\d+( \d+)*$/.test(field.slice(1))) return null;
  const skills = field.slice(1).split(' ').map(Number);
  return skills.every((s, i) => s < count && (i === 0 || s > skills[i - 1]!)) ? skills : null;
}

/** Options of `loadQuotes`: `fetch` replaces the global fetch, as in `loadIndex`; see `OnDemandOptions.cache`. */
export type QuoteOptions = Pick<OnDemandOptions, 'signal' | 'fetch' | 'cache'>;

/** Occupations whose quotes are on their way into each index's programs. */
const LOADING = new WeakMap<LoadedIndex['programs'], Map<string, Promise<void>>>();

/**
 * Fetches (or, with `opts.cache`, reads from its copy of the index), verifies and puts into
 * `index` the quotes of occupation `code`, once per index (concurrent calls share one download;
 * a failed one can be tried again).
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError, or the signal's reason.
 */
export function loadQuotes(index: LoadedIndex, code: string, opts: QuoteOptions = {}): Promise<void> {
  if (hasQuotes(index, code)) return Promise.resolve();
  let loading = LOADING.get(index.programs);
  if (!loading) LOADING.set(index.programs, (loading = new Map()));
  const pending = loading.get(code);
  if (pending) return pending;
  const path = FILE_NAMES.quotes(code);
  const promise = readFileCached(index.manifest, index.source, { path, shortHash: quoteHash(index, code, path) }, opts, async (text, file) =>
    applyQuoteText(index, code, text, file),
  ).finally(() => loading.delete(code));
  loading.set(code, promise);
  return promise;
}
