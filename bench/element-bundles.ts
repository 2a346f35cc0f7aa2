/**
 * What a page with one element loads, the way an npm user's bundler builds it: each define
 * module (from tsc's output in dist/, after `npm run build`) bundled with node-resolve and
 * minified, with dynamic imports split into their own chunks. `initial` is the entry chunk
 * and its static imports (what loads with the page); `lazy` is what a dynamic import loads
 * only when needed (the other language's strings). The modules that weigh most in the
 * initial chunk are listed, minified and gzipped alone, to show what could be deferred.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type OutputChunk } from 'rollup';
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
    lazyChunks[Object.keys(chunk.modules).map((id) => id.slice(id.lastIndexOf('/dist/') + 6)).join(' + ')] = gzip(await minified(chunk.code));
  }
  modules.sort((a, b) => b[1] - a[1]);
  return {
    initialGzipBytes,
    lazyGzipBytes: Object.values(lazyChunks).reduce((a, b) => a + b, 0),
    lazyChunks,
    heaviestModules: Object.fromEntries(modules.slice(0, Number(process.env.TOP ?? 12))),
  };
}

export async function benchElementBundles(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const tag of ELEMENTS) {
    const b = await elementBundle(tag);
    result[tag] = { initialGzipKB: Number((b.initialGzipBytes / 1024).toFixed(1)), ...b };
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchElementBundles(), null, 2));
}
