/**
 * The "sections" text format of `labels.<lang>.txt` and `programs.txt`: columns of
 * values, one value per line.
 *
 * ```
 * #title.en 2
 * Welding level 1
 * Nursing practice refresher
 * #hours 2
 * 40
 *
 * ```
 * A header line `#name count` is followed by exactly `count` value lines; the file ends
 * with a newline. A value never holds a raw line break: `\` is written `\\`, a line feed
 * `\n` and a carriage return `\r`. An empty line is an empty value.
 */
import { IndexFormatError } from './errors.js';
import { runSteps, stepDone, type Steps } from '../schedule/index.js';

export interface Section {
  name: string;
  values: readonly string[];
}

export interface ReadSection {
  name: string;
  values: string[];
  /** 1-based line number of the section's first value (its header is the line before). */
  firstLine: number;
}

const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPED = /\\(.|$)/g;

function escapeValue(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The file text of `sections`, in their order. */
export function writeSections(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const { name, values } of sections) {
    if (!/^[\w.-]+$/.test(name)) throw new RangeError(`Section name "${name}" must be letters, digits, ".", "-" or "_".`);
    out.push(`#${name} ${values.length}`);
    for (const value of values) out.push(escapeValue(value));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Lines processed between yields while reading. */
const LINES_PER_STEP = 2048;

/**
 * Reads the sections of `text` and checks that they are exactly `expected`, in order
 * (a count of `null` accepts any count). A generator: it yields every few thousand
 * lines so a caller can spread the work over idle time.
 * @param file file name or URL used in error messages
 * @throws IndexFormatError naming the file and line
 */
export function* readSectionsSteps(
  text: string,
  file: string,
  expected: ReadonlyArray<readonly [name: string, count: number | null]>,
): Steps<Map<string, ReadSection>> {
  if (text !== '' && !text.endsWith('\n')) {
    throw new IndexFormatError(file, 'truncated', 'does not end with a newline (cut off mid-line?)', {
      line: countLines(text),
    });
  }
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  yield;
  const out = new Map<string, ReadSection>();
  let at = 0;
  for (const [name, count] of expected) {
    const lineNo = at + 1;
    const header = lines[at];
    if (header === undefined) {
      throw new IndexFormatError(file, 'truncated', `ends before the "${name}" section`, { line: lineNo });
    }
    const match = /^#([\w.-]+) (\d+)\r?$/.exec(header);
    if (!match || match[1] !== name) {
      throw new IndexFormatError(file, 'line', `expected the header "#${name} <count>", found "${header.slice(0, 40)}"`, {
        line: lineNo,
      });
    }
    const n = Number(match[2]);
    if (count !== null && n !== count) {
      throw new IndexFormatError(file, 'line', `section "${name}" has ${n} values but index.json lists ${count}`, {
        line: lineNo,
      });
    }
    if (at + 1 + n > lines.length) {
      throw new IndexFormatError(file, 'truncated', `section "${name}" is cut off after ${lines.length - at - 1} of ${n} values`, {
        line: lines.length + 1,
      });
    }
    const values = lines.slice(at + 1, at + 1 + n);
    for (let i = 0; i < values.length; i++) {
      if (stepDone(i + 1, LINES_PER_STEP)) yield;
      let value = values[i]!;
      if (value.endsWith('\r')) value = value.slice(0, -1);
      if (value.includes('\\')) value = unescapeValue(value, file, at + 2 + i);
      values[i] = value;
    }
    out.set(name, { name, values, firstLine: at + 2 });
    at += 1 + n;
  }
  if (at < lines.length) {
    throw new IndexFormatError(file, 'line', `has ${lines.length - at} lines after the last section`, { line: at + 1 });
  }
  return out;
}

/** `readSectionsSteps` in one go (Node, tests). */
export function readSections(text: string, file: string, expected: ReadonlyArray<readonly [name: string, count: number | null]>): Map<string, ReadSection> {
  return runSteps(readSectionsSteps(text, file, expected));
}

function unescapeValue(value: string, file: string, line: number): string {
  return value.replace(ESCAPED, (_, ch: string) => {
    if (ch === '\\') return '\\';
    if (ch === 'n') return '\n';
    if (ch === 'r') return '\r';
    throw new IndexFormatError(file, 'line', ch === '' ? 'ends a value with a lone "\\"' : `has an unknown escape "\\${ch}"`, { line });
  });
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
