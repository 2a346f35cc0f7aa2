/**
 * The index built from the real open data (with the Coursera catalogue as a stand-in
 * program catalogue), cached in .cache/real-index/ and rebuilt when the builder, the
 * schema, the normalizer or the data changed. For evaluations and benchmarks only: the
 * Coursera data may not be redistributed, so the result never leaves .cache/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The real data folder: MICROCRED_DATA, else ../shared/data next to the repository. */
export const DATA_DIR = process.env.MICROCRED_DATA ?? join(ROOT, '..', 'shared', 'data');
export const COURSERA_CSV = join(DATA_DIR, 'courses_coursera', 'coursera_courses_cleaned.csv');
export const REAL_INDEX_DIR = join(ROOT, '.cache', 'real-index');
const STAMP = '.stamp';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Changes whenever the builder's code or the data it reads changes. */
function currentStamp(): string {
  const hash = createHash('sha256');
  const code = [
    ...filesUnder(join(ROOT, 'src', 'cli')),
    join(ROOT, 'src', 'core', 'index-format', 'schema.ts'),
    join(ROOT, 'src', 'core', 'text', 'normalize.ts'),
    join(ROOT, 'src', 'core', 'index-format', 'encode.ts'),
    join(ROOT, 'src', 'core', 'index-format', 'sections.ts'),
  ];
  for (const file of code) hash.update(file).update(readFileSync(file));
  for (const file of filesUnder(DATA_DIR)) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds the real index into .cache/real-index/ when absent or stale and returns the
 * directory. Throws with the data path when the real data is missing.
 */
export async function ensureRealIndex(): Promise<string> {
  if (!existsSync(COURSERA_CSV)) {
    throw new Error(`Real data not found at ${DATA_DIR} (set MICROCRED_DATA to the shared data folder).`);
  }
  const stamp = currentStamp();
  const stampFile = join(REAL_INDEX_DIR, STAMP);
  const previous = existsSync(stampFile) ? await readFile(stampFile, 'utf8') : null;
  if (previous === stamp && existsSync(join(REAL_INDEX_DIR, 'index.json'))) return REAL_INDEX_DIR;

  process.stderr.write(`building the real index into ${REAL_INDEX_DIR}…\n`);
  const { buildIndex } = await import('../src/cli/build.js');
  const { writeIndex } = await import('../src/cli/writer.js');
  // Built beside the old copy and swapped in whole: a benchmark running at the same time
  // never reads a half-written index.
  const next = `${REAL_INDEX_DIR}.${process.pid}`;
  await rm(next, { recursive: true, force: true });
  await mkdir(next, { recursive: true });
  const result = buildIndex({ sources: DATA_DIR, programs: COURSERA_CSV, programsFormat: 'coursera', builtAt: '2026-01-01' });
  await writeIndex(result, next);
  await writeFile(join(next, STAMP), stamp);
  await rm(REAL_INDEX_DIR, { recursive: true, force: true });
  await rename(next, REAL_INDEX_DIR);
  return REAL_INDEX_DIR;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await ensureRealIndex());
}
