import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/**
 * The module graph of a folder, dynamic `import()`s included; type-only imports too unless
 * `typeImports` is false (what a page loads: they load nothing).
 */
async function graphOf(dir: string, typeImports = true) {
  const skipTypeImports = !typeImports;
  return madge(dir, {
    fileExtensions: ['ts'],
    tsConfig: join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports }, es6: { skipTypeImports } },
  });
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

/**
 * Entries of a core folder besides its index.ts that the rest may import statically: the
 * skill search, which the ranking's index.ts leaves out so that a page that recommends does
 * not load it.
 */
const SECOND_ENTRIES = ['core/rank/skills.ts'];

/** The skill search's modules, and the define modules of the only elements that search skills. */
const SKILL_SEARCH = ['core/rank/skill-suggest.ts', 'core/rank/skill-groups.ts'];
const SEARCHES_SKILLS = ['define/mc-skill-finder.ts', 'define/mc-catalogue-review.ts'];

/** The chain of imports from `from` to the first of `targets` it reaches, or null. */
function chainTo(graph: Record<string, string[]>, from: string, targets: string[]): string[] | null {
  const parent = new Map<string, string | null>([[from, null]]);
  for (const file of parent.keys()) {
    if (targets.includes(file)) {
      const chain = [file];
      for (let up = parent.get(file); up; up = parent.get(up)) chain.unshift(up);
      return chain;
    }
    for (const to of graph[file] ?? []) if (!parent.has(to)) parent.set(to, file);
  }
  return null;
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

  it('enters a core folder only through its index.ts, its lazy.ts by a dynamic import(), or a second entry (SECOND_ENTRIES)', () => {
    const reaching: string[] = [];
    const staticLazy: string[] = [];
    for (const [from, targets] of Object.entries(graph)) {
      for (const to of targets) {
        const folder = coreFolder(to);
        if (!folder || coreFolder(from) === folder || to.endsWith(`core/${folder}/index.ts`) || SECOND_ENTRIES.includes(to)) continue;
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

describe('what the page of an element loads (dynamic import()s in, type-only imports out)', () => {
  let graph: Record<string, string[]>;
  before(async () => {
    graph = (await graphOf(SRC, false)).obj();
  });

  it('an element that does not search skills never loads the skill search, though the portal and the recommendations load the ranking', () => {
    const pages = tsFilesUnder(join(SRC, 'define')).map((file) => `define/${file}`);
    assert.ok(pages.length >= 10 && SEARCHES_SKILLS.every((page) => pages.includes(page)), pages.join(', '));
    // Each chain names the import that brought it in, a re-export in core/rank/index.ts say.
    const loading = pages.filter((page) => !SEARCHES_SKILLS.includes(page)).map((page) => chainTo(graph, page, SKILL_SEARCH)?.join(' -> '));
    assert.deepEqual(loading.filter(Boolean), []);
    for (const page of ['define/mc-portal.ts', 'define/mc-recommendations.ts']) {
      assert.ok(chainTo(graph, page, ['core/rank/index.ts']), `${page} loads the ranking`);
    }
    for (const page of SEARCHES_SKILLS) assert.deepEqual(chainTo(graph, page, ['core/rank/skill-suggest.ts'])?.at(-2), 'core/rank/skills.ts', page);
  });
});
