/**
 * Writes src/version.ts from package.json's version, so `VERSION` at run time is the
 * version the package was built as. Run by `npm run build` and by `npm version` (which
 * commits it with the bump). Leaves the file alone when it already says the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const file = join(ROOT, 'src/version.ts');
const text = `// Written from package.json by scripts/write-version.ts (npm run build, npm version).
/** The version of microcred-widgets this code is, as in its package.json. */
export const VERSION = '${version}';
`;
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // First run: no file yet.
}
if (current !== text) writeFileSync(file, text);
