/**
 * What a page with one element loads, two ways.
 *
 * From the CDN (after `npm run build`): the single file `dist/cdn/<version>/microcred.js`,
 * the same for any page, against the code-split autoloader (`autoloader.js`), where a page
 * loads the autoloader, the chunk of each tag in it and those chunks' static imports; the
 * French strings are `lazy` (loaded when an element shows French). Measured on the files as
 * built, each gzipped alone (level 9), as a server sends them; the goals are the issue's:
 * <= 30 KB for a page with only `<mc-job-search>`, <= 55 KB for the portal.
 *
 * The way an npm user's bundler builds it: each define
 * module (from tsc's output in dist/, after `npm run build`) bundled with node-resolve and
 * minified, with dynamic imports split into their own chunks. `initial` is the entry chunk
 * and its static imports (what loads with the page); `lazy` is what a dynamic import loads
 * only when needed (the other language's strings). The modules that weigh most in the
 * initial chunk are listed, minified and gzipped alone, to show what could be deferred.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type OutputChunk } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { minify } from 'terser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELEMENTS = ['mc-job-search', 'mc-portal'] as const;

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;

/** A chunk minified as a module; a module alone keeps its top-level names (nothing of it is unused). */
async function minified(code: string, alone = false): Promise<string> {
  const out = await minify(code, {
    ecma: 2022,
    module: !alone,
    compress: { passes: 2, toplevel: !alone },
    mangle: { toplevel: true },
    format: { comments: false },
  });
  return out.code ?? '';
}

export interface ElementBundle {
  initialGzipBytes: number;
  lazyGzipBytes: number;
  lazyChunks: Record<string, number>;
  /** Modules of the initial chunk, each minified and gzipped alone (bytes), largest first. */
  heaviestModules: Record<string, number>;
}

export async function elementBundle(tag: string): Promise<ElementBundle> {
  const build = await rollup({
    input: `${ROOT}dist/define/${tag}.js`,
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry)!;
  // The entry and every chunk it imports statically load with the page.
  const initial = new Set<OutputChunk>([entry]);
  for (const chunk of initial) for (const name of chunk.imports) initial.add(chunks.find((c) => c.fileName === name)!);
  let initialGzipBytes = 0;
  const modules: Array<[string, number]> = [];
  for (const chunk of initial) {
    initialGzipBytes += gzip(await minified(chunk.code));
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (!info.code) continue;
      modules.push([id.startsWith(ROOT) ? id.slice(ROOT.length) : id, gzip(await minified(info.code, true))]);
    }
  }
  const lazyChunks: Record<string, number> = {};
  for (const chunk of chunks.filter((c) => !initial.has(c))) {
    lazyChunks[
      Object.keys(chunk.modules)
        .map((id) => id.slice(id.lastIndexOf('/dist/') + 6))
        .join(' + ')
    ] = gzip(await minified(chunk.code));
  }
  modules.sort((a, b) => b[1] - a[1]);
  return {
    initialGzipBytes,
    lazyGzipBytes: Object.values(lazyChunks).reduce((a, b) => a + b, 0),
    lazyChunks,
    heaviestModules: Object.fromEntries(modules.slice(0, Number(process.env.TOP ?? 12))),
  };
}

/** The goals for the CDN page, gzip bytes of JavaScript. */
const CDN_GOALS: Record<(typeof ELEMENTS)[number], number> = { 'mc-job-search': 30 * 1024, 'mc-portal': 55 * 1024 };

/** The relative static imports of a built ES module (what the browser fetches before running it). */
function staticImports(code: string): string[] {
  const specs: string[] = [];
  for (const node of parseAst(code).body) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) {
      specs.push(String(node.source.value));
    }
  }
  return specs.filter((s) => s.startsWith('./')).map((s) => s.slice(2));
}

export interface AutoloaderPage {
  /** Every file the page loads with the element, gzip bytes each. */
  files: Record<string, number>;
  initialGzipBytes: number;
  /** Longest chain of requests, each waiting for the one before (autoloader, element chunk, ...). */
  requestRounds: number;
  lazyGzipBytes: number;
}

/** What a page with only `<tag>` and the autoloader loads, from the built files in `dir`. */
export async function autoloaderPage(dir: string, tag: string): Promise<AutoloaderPage> {
  const names = await readdir(dir);
  const code = new Map<string, string>();
  const read = async (name: string) => {
    if (!code.has(name)) code.set(name, await readFile(`${dir}/${name}`, 'utf8'));
    return code.get(name)!;
  };
  const chunkOf = (name: string) => {
    const found = names.filter((n) => n.startsWith(`${name}-`) && /-[\w-]{8}\.js$/.test(n));
    if (found.length !== 1) throw new Error(`${dir}: expected one ${name} chunk, found ${found.length}: run \`npm run build\``);
    return found[0]!;
  };
  // Round 1: the autoloader; round 2: the tag's chunk; then each level of static imports.
  const rounds = new Map<string, number>([
    ['autoloader.js', 1],
    [chunkOf(tag), 2],
  ]);
  const queue = [chunkOf(tag)];
  for (const name of staticImports(await read('autoloader.js'))) {
    rounds.set(name, 2);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const dep of staticImports(await read(name))) {
      if (rounds.has(dep)) continue;
      rounds.set(dep, rounds.get(name)! + 1);
      queue.push(dep);
    }
  }
  const files: Record<string, number> = {};
  for (const name of rounds.keys()) files[name] = gzip(await read(name));
  return {
    files,
    initialGzipBytes: Object.values(files).reduce((a, b) => a + b, 0),
    requestRounds: Math.max(...rounds.values()),
    lazyGzipBytes: gzip(await read(chunkOf('fr'))),
  };
}

/** The single CDN file against the autoloader, for each page of ELEMENTS. */
export async function benchCdnPages(): Promise<Record<string, unknown>> {
  const { version } = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as { version: string };
  const dir = `${ROOT}dist/cdn/${version}`;
  let single: string;
  try {
    single = await readFile(`${dir}/microcred.js`, 'utf8');
  } catch {
    throw new Error(`${dir}/microcred.js is missing: run \`npm run build\` first`);
  }
  const singleKB = Number((gzip(single) / 1024).toFixed(1));
  const pages: Record<string, unknown> = {};
  for (const tag of ELEMENTS) {
    const page = await autoloaderPage(dir, tag);
    pages[tag] = {
      singleFileGzipKB: singleKB,
      autoloaderInitialGzipKB: Number((page.initialGzipBytes / 1024).toFixed(1)),
      goalGzipKB: CDN_GOALS[tag] / 1024,
      withinGoal: page.initialGzipBytes <= CDN_GOALS[tag],
      requestRounds: page.requestRounds,
      frenchLazyGzipKB: Number((page.lazyGzipBytes / 1024).toFixed(1)),
      files: page.files,
    };
  }
  return pages;
}

export async function benchElementBundles(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { cdn: await benchCdnPages() };
  for (const tag of ELEMENTS) {
    const b = await elementBundle(tag);
    result[tag] = { initialGzipKB: Number((b.initialGzipBytes / 1024).toFixed(1)), ...b };
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchElementBundles(), null, 2));
}
