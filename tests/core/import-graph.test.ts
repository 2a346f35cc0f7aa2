import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/** The module graph of a folder, type-only imports included (`skipTypeImports: false`). */
async function graphOf(dir: string) {
  return madge(dir, {
    fileExtensions: ['ts'],
    tsConfig: join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  });
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

/** `core/<folder>/...` -> the folder; a file directly in core/ or outside it -> null. */
function coreFolder(file: string): string | null {
  const parts = file.split('/');
  return parts[0] === 'core' && parts.length > 2 ? parts[1]! : null;
}

describe('the import graph of src', () => {
  let graph: Record<string, string[]>;
  let circular: string[][];
  let skipped: string[];
  before(async () => {
    const result = await graphOf(SRC);
    graph = result.obj();
    circular = result.circular();
    skipped = result.warnings().skipped;
  });

  it('covers every module, type imports included', () => {
    assert.deepEqual(Object.keys(graph).sort(), tsFilesUnder(SRC));
    assert.deepEqual(skipped, [], 'imports madge could not resolve are missing from the graph');
    // A type-only edge: the model imports the index format's types and nothing else of ours.
    assert.deepEqual(graph['core/model/loaded.ts'], ['core/index-format/index.ts']);
  });

  it('has no import cycle', () => {
    assert.deepEqual(circular, [], `cycles: ${circular.map((c) => c.join(' -> ')).join('; ')}`);
  });

  it('enters a core folder only through its index.ts, or its lazy.ts by a dynamic import()', () => {
    const reaching: string[] = [];
    const staticLazy: string[] = [];
    for (const [from, targets] of Object.entries(graph)) {
      for (const to of targets) {
        const folder = coreFolder(to);
        if (!folder || coreFolder(from) === folder || to.endsWith(`core/${folder}/index.ts`)) continue;
        if (!to.endsWith(`core/${folder}/lazy.ts`)) reaching.push(`${from} -> ${to}`);
        // A static import of the lazy entry would bring what it defers into every page.
        else if (/^\s*(import|export)\b[^;(]*from\s*'[^']*\/lazy\.js'/m.test(readFileSync(join(SRC, from), 'utf8'))) staticLazy.push(`${from} -> ${to}`);
      }
    }
    assert.deepEqual(reaching, []);
    assert.deepEqual(staticLazy, []);
    assert.ok(Object.values(graph).flat().includes('core/load/lazy.ts'), 'the load folder is entered lazily somewhere');
  });

  it('keeps the core headless: no element, no Lit, no i18n table', () => {
    const core = Object.keys(graph).filter((f) => f.startsWith('core/'));
    const outside = core.flatMap((f) => graph[f]!.filter((to) => !to.startsWith('core/')).map((to) => `${f} -> ${to}`));
    assert.deepEqual(outside, []);
  });

  it('finds a cycle where there is one (through a type import)', async () => {
    const fixture = await graphOf(join(ROOT, 'tests/fixtures/import-cycle'));
    assert.deepEqual(fixture.circular(), [['a.ts', 'b.ts']]);
  });
});
