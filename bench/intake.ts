/**
 * Catalogue intake on hostile input: a 160 KB catalogue whose descriptions are runs of
 * `<` (markup stripping must stay linear) against the same size of plain words, read in
 * the same run. The ratio is the goal: near 1, not the ~30 of a quadratic tag pattern.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Diagnostics } from '../src/core/catalogue/diagnostics.js';
import { CANONICAL_COLUMNS, readCanonicalPrograms } from '../src/cli/programs.js';

const SIZE = 160_000;

/** A one-program catalogue whose description is `SIZE` characters of `filler`. */
function catalogue(dir: string, name: string, filler: string): string {
  const description = filler.repeat(SIZE / filler.length);
  const row = CANONICAL_COLUMNS.map((c) => (c === 'id' ? 'p1' : c === 'title_en' ? 'Title' : c === 'description_en' ? description : ''));
  const path = join(dir, name);
  writeFileSync(path, `${CANONICAL_COLUMNS.join(',')}\n${row.join(',')}\n`);
  return path;
}

function timeRead(path: string): number {
  const start = performance.now();
  readCanonicalPrograms(path, new Diagnostics());
  return performance.now() - start;
}

export async function benchIntake(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-intake-'));
  const plainMs = timeRead(catalogue(dir, 'plain.csv', 'word '));
  const anglesMs = timeRead(catalogue(dir, 'angles.csv', '<'));
  return {
    bytes: SIZE,
    plainMs: Math.round(plainMs),
    anglesMs: Math.round(anglesMs),
    anglesToPlainRatio: Math.round((anglesMs / plainMs) * 100) / 100,
  };
}
