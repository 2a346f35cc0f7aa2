import { cpSync, mkdtempSync, readdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const copies = new Map<string, string>();

function dropFixtureInfix(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) dropFixtureInfix(path);
    else if (name.includes('.fixture.')) renameSync(path, join(dir, name.replace('.fixture.', '.')));
  }
}

/**
 * A temporary copy of a fixture source folder, laid out exactly like the official downloads.
 * In the repository, hand-written fixtures whose official names are those of the real data
 * files carry a `.fixture.` infix, so they are never taken for (or replaced by) real data;
 * the copy restores the official names the builder looks for.
 */
export function fixtureSources(name = 'sources'): string {
  let dir = copies.get(name);
  if (!dir) {
    dir = join(mkdtempSync(join(tmpdir(), 'mc-fixture-')), name);
    cpSync(join(FIXTURES, name), dir, { recursive: true });
    dropFixtureInfix(dir);
    copies.set(name, dir);
  }
  return dir;
}
