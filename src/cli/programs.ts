/** The canonical program catalogue read from disk; the reading itself is src/core/catalogue/programs.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BuildError, type Diagnostics } from '../core/catalogue/index.js';
import { readCatalogueBytes, type RawProgram } from '../core/catalogue/index.js';

export { CANONICAL_COLUMNS, MAX_NAME, validateProgram, type RawProgram } from '../core/catalogue/index.js';

/** Reads a canonical catalogue; `.json` files are the JSON form, anything else CSV. */
export function readCanonicalPrograms(path: string, diag: Diagnostics): RawProgram[] {
  const file = basename(path);
  if (!existsSync(path)) {
    throw new BuildError(`${file}: program catalogue not found at ${path}. Check the --programs path.`);
  }
  return readCatalogueBytes(readFileSync(path), file, diag);
}
