import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Code that runs only in Node: the builder and the server. */
const NODE_ONLY = ['cli', 'server'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NODE_ONLY.includes(relative(SRC, path)) ? [] : files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

test('browser code has no regular-expression lookbehind: Safari before 16.4, which the docs support from 15, refuses it', () => {
  const found = files(SRC).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/\(\?<[!=]/.test(line) ? [`${relative(SRC, file)}:${i + 1}`] : [])),
  );
  assert.deepEqual(found, []);
});
