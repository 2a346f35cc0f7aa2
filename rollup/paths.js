// Where the build reads from: tsc's output and the package's own metadata.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** tsc's output, which every bundle is built from. */
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** name, version and license of this package. */
export const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
