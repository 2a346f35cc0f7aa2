/**
 * `JSON.parse` of `index.json` spread over idle time: its top-level arrays are parsed one
 * element at a time between yields, so a large manifest is no long task on a slow phone.
 */
import { IndexFormatError } from './errors.js';
import { runInSlices, stepDone, type Slicer, type Steps } from '../schedule/index.js';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'is empty' : 'is not valid JSON (truncated download or wrong file?)';
    throw new IndexFormatError(file, 'not-json', detail, {}, { cause: error });
  }
}

/**
 * `JSON.parse` of a top-level object in pieces: each array-valued member is parsed one
 * element at a time with ticks between, everything else as a whole. Anything unexpected
 * (malformed text, a `__proto__` key) goes to one plain `JSON.parse`, so the result and
 * the errors are those of `parseJson`.
 */
export async function parseJsonInSlices(text: string, file: string, slicer: Slicer): Promise<unknown> {
  let out: Record<string, unknown> | undefined;
  try {
    out = await runInSlices(jsonPiecesSteps(text), slicer);
  } catch (error) {
    if (error instanceof NotSliceable || error instanceof SyntaxError) return parseJson(text, file);
    throw error;
  }
  return out ?? parseJson(text, file);
}

class NotSliceable extends Error {}

const JSON_ELEMENTS_PER_STEP = 16;

function* jsonPiecesSteps(text: string): Steps<Record<string, unknown> | undefined> {
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
          if (stepDone(items.length, JSON_ELEMENTS_PER_STEP)) yield;
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
