/**
 * Size of the CDN bundle (after `npm run build`): raw, gzip and brotli bytes of
 * dist/cdn/microcred.js, against the 40 KB gzip goal, and what each module adds.
 *
 * The per-module figures rebuild the bundle from its entry with rollup.config.js minus
 * terser, then minify and gzip each module's tree-shaken code on its own (top-level names
 * kept, so nothing is dropped as unused). A module gzipped alone compresses worse than
 * inside the bundle, so that column adds up to more than the bundle. The other column,
 * "in bundle", is what each module adds to the gzip of all modules before it in bundle
 * order: it sums to about the bundle's size, and credits a module with what it repeats
 * from earlier ones. `npx tsx bench/bundle.ts` prints the whole table.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';
import { minify } from 'terser';

const BUNDLE = new URL('../dist/cdn/microcred.js', import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOAL_GZIP_BYTES = 40 * 1024;

export interface ModuleSize {
  /** Repository-relative path of the module (node_modules shortened to the package). */
  module: string;
  /** Where it belongs: a package, an element folder, `core`, `i18n` or `shared`. */
  group: string;
  minifiedBytes: number;
  /** The module minified and gzipped alone. */
  gzipBytes: number;
  /** Gzip bytes it adds after every module before it in bundle order. */
  inBundleBytes: number;
}

function groupOf(id: string): string {
  if (id.startsWith('\0')) return 'build helpers';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const rel = id.slice(id.indexOf('/dist/') + 6);
  const [top, sub] = rel.split('/');
  if (top === 'elements') return sub === 'shared' ? 'elements/shared' : `elements/${sub}`;
  if (top === 'core' && sub) return `core/${sub.replace(/\.js$/, '')}`;
  return top ?? rel;
}

/** Every module of the CDN bundle, minified and gzipped alone, largest first. */
export async function bundleModules(): Promise<ModuleSize[]> {
  // Imported by URL: the config is plain JS with no declarations for tsc to find.
  const configUrl = new URL('../rollup.config.js', import.meta.url).href;
  // The config exports several builds (the CDN bundle first, then the admin and review pages').
  const exported = ((await import(configUrl)) as { default: unknown }).default;
  const config = (Array.isArray(exported) ? exported[0] : exported) as {
    input: string;
    plugins: Plugin[];
  };
  const plugins = config.plugins.filter((p) => p.name !== 'terser' && p.name !== 'report-size');
  // The config's entry is a virtual module (\0-prefixed id) or a path from the repository root.
  const input = config.input.startsWith('\0') ? config.input : new URL(config.input, `file://${ROOT}`).pathname;
  const build = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const sizes: ModuleSize[] = [];
  let before = '';
  let beforeGzip = 0;
  for (const [id, info] of Object.entries(output[0].modules)) {
    // The entry's turns (rollup.config.js) are one top-level await each, which terser
    // cannot take outside a module; what they add is in the bundle's total.
    if (!info.code || id.startsWith('\0mc:turn:')) continue;
    const min = await minify(info.code, {
      ecma: 2022,
      compress: { passes: 2, toplevel: false },
      mangle: { toplevel: true },
      format: { comments: false },
    });
    const code = min.code ?? '';
    before += code;
    const gzipSoFar = gzipSync(before, { level: 9 }).length;
    const inBundleBytes = gzipSoFar - beforeGzip;
    beforeGzip = gzipSoFar;
    sizes.push({
      module: id.startsWith(ROOT) ? id.slice(ROOT.length) : id.replace('\0', '(virtual) '),
      group: groupOf(id),
      minifiedBytes: Buffer.byteLength(code),
      gzipBytes: gzipSync(code, { level: 9 }).length,
      inBundleBytes,
    });
  }
  return sizes.sort((a, b) => b.inBundleBytes - a.inBundleBytes);
}

function byGroup(sizes: ModuleSize[]): Array<[group: string, inBundle: number, alone: number]> {
  const groups = new Map<string, [number, number]>();
  for (const s of sizes) {
    const [inBundle, alone] = groups.get(s.group) ?? [0, 0];
    groups.set(s.group, [inBundle + s.inBundleBytes, alone + s.gzipBytes]);
  }
  return [...groups].map(([g, [i, a]]) => [g, i, a] as [string, number, number]).sort((a, b) => b[1] - a[1]);
}

export async function benchBundle(modules?: ModuleSize[]): Promise<Record<string, unknown>> {
  let code: Buffer;
  try {
    code = await readFile(BUNDLE);
  } catch {
    throw new Error(`${BUNDLE.pathname} is missing: run \`npm run build\` first`);
  }
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  modules ??= await bundleModules();
  return {
    file: 'dist/cdn/microcred.js',
    rawBytes: code.length,
    gzipBytes: gzip,
    brotliBytes: brotli,
    gzipKB: Number((gzip / 1024).toFixed(1)),
    goalGzipKB: GOAL_GZIP_BYTES / 1024,
    withinGoal: gzip <= GOAL_GZIP_BYTES,
    gzipInBundleByGroup: Object.fromEntries(byGroup(modules).map(([g, bytes]) => [g, bytes])),
    gzipInBundleTopModules: Object.fromEntries(modules.slice(0, 15).map((m) => [m.module, m.inBundleBytes])),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modules = await bundleModules();
  const { gzipInBundleByGroup: _g, gzipInBundleTopModules: _t, ...summary } = await benchBundle(modules);
  console.log(JSON.stringify(summary, null, 2));
  const total = modules.reduce((n, m) => n + m.inBundleBytes, 0);
  const row = (name: string, inBundle: number, alone: number) => `| ${name} | ${inBundle} | ${((100 * inBundle) / total).toFixed(1)}% | ${alone} |`;
  const head = (what: string) => `\n| ${what} | gzip in bundle (B) | share | gzip alone (B) |\n|---|---:|---:|---:|`;
  console.log(head('group'));
  for (const [group, inBundle, alone] of byGroup(modules)) console.log(row(group, inBundle, alone));
  console.log(head('module'));
  for (const m of modules) console.log(row(m.module, m.inBundleBytes, m.gzipBytes));
  console.log(`\nAll modules minified one by one, concatenated: ${total} B gzip.`);
}
