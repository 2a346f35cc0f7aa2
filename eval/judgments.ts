/**
 * The strict judged set: `eval/judged/strict/<NOC code>.tsv`, one line per course read for
 * that occupation: `code<TAB>grade<TAB>course URL<TAB>title<TAB>one-line justification`.
 * Grades: 2 teaches a core skill of the occupation's main duties; 1 supporting or
 * generic; 0 unrelated, or reached through a word in the wrong sense.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_DIR = fileURLToPath(new URL('./judged/strict/', import.meta.url));

export type Grade = 0 | 1 | 2;

/** code -> url -> grade. Throws naming file and line on a malformed or contradictory line. */
export function readStrict(dir = STRICT_DIR): Map<string, Map<string, Grade>> {
  const out = new Map<string, Map<string, Grade>>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [code, grade, url, title, why] = line.split('\t');
      const where = `${join(dir, name)}:${i + 1}`;
      if (!code || !/^\d{5}$/.test(code) || !/^[012]$/.test(grade ?? '') || !url?.startsWith('https://') || !title || !why?.trim()) {
        throw new Error(`${where}: expected "NOC code<TAB>0|1|2<TAB>https URL<TAB>title<TAB>justification"`);
      }
      let byUrl = out.get(code);
      if (!byUrl) out.set(code, (byUrl = new Map()));
      const g = Number(grade) as Grade;
      if (byUrl.has(url) && byUrl.get(url) !== g) throw new Error(`${where}: ${url} judged twice for ${code}, differently`);
      byUrl.set(url, g);
    });
  }
  return out;
}
