// The browser bundles, built from tsc's output in dist/ (`npm run build` runs tsc first):
// the single-file CDN bundle, the code-split autoloader build, and the two staff pages. The
// plugins of our own are in rollup/, one file each.
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ENTRY, groupAlikeModules } from './rollup/group-alike-modules.js';
import { autoloaderIntegrity, bundleIntegrity, versionedCopy } from './rollup/integrity.js';
import { licenceNotices } from './rollup/licence-notices.js';
import { mangleInternalMembers } from './rollup/mangle-internal-members.js';
import { minifyTemplates } from './rollup/minify-templates.js';
import { DIST, PACKAGE } from './rollup/paths.js';
import { reportSize } from './rollup/report-size.js';

const VERSION = PACKAGE.version;

/** Shared with mangleInternalMembers, which fills in `mangle.properties` per build. */
const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  mangle: { properties: false },
  format: { comments: false },
};

const cdn = {
  input: ENTRY,
  output: {
    file: 'dist/cdn/microcred.js',
    format: 'es',
    inlineDynamicImports: true,
    // No map: the template minifier changes offsets and would make one misleading.
    sourcemap: false,
  },
  plugins: [
    groupAlikeModules(join(DIST, 'all.js')),
    // `production` picks lit's production build (no dev-mode warnings, smaller).
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    mangleInternalMembers(terserOptions.mangle),
    terser(terserOptions),
    licenceNotices({ dir: 'dist/cdn', versioned: true }),
    reportSize(),
    versionedCopy(),
  ],
  onwarn,
};

/**
 * The code-split CDN build: `dist/cdn/<version>/autoloader.js` (src/autoloader.ts), which
 * imports an element's define module the first time its tag is in the page, and one chunk
 * per define module plus the chunks they share (lit, the core, the English strings) and
 * the French strings on their own (locale.ts imports them when an element shows French).
 * Chunk names carry their content hash: a pinned version's files never change. Private
 * members keep their names here (mangleInternalMembers decides per bundle, and a class and
 * its base class may sit in two chunks).
 */
const autoloader = {
  input: join(DIST, 'autoloader.js'),
  output: {
    dir: `dist/cdn/${VERSION}`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    terser({ ...terserOptions, mangle: { properties: false } }),
    reportSize(),
    autoloaderIntegrity(),
  ],
  onwarn,
};

function onwarn(warning, warn) {
  // Lit's decorators compile to `this` at module top level in some helpers; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/**
 * A page's script in one file: the admin page and the catalogue review are for institution
 * staff, so the pages learners open do not carry them. The licence notices where the
 * bundle has a folder of its own (`THIRD-PARTY-LICENSES.txt` is written beside it, and dist/cdn has the CDN file's).
 */
function pageBundle(input, file, { licences = true, integrity = false } = {}) {
  return {
    input: join(DIST, input),
    output: { file, format: 'es', inlineDynamicImports: true, sourcemap: false },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyTemplates(),
      terser({ ...terserOptions, mangle: { properties: false } }),
      ...(licences ? [licenceNotices({ dir: dirname(file) })] : []),
      reportSize(),
      ...(integrity ? [bundleIntegrity()] : []),
    ],
    onwarn,
  };
}

/** The reference server's `/admin/` page: the inbox, the outcomes report and the language toggle. */
const adminPage = pageBundle('admin/page.js', 'dist/admin/inbox.js');

/** The catalogue review element: it carries the catalogue reader, the CSV parser and the tagger; its hash goes to dist/cdn/integrity.json. */
const review = pageBundle('define/mc-catalogue-review.js', 'dist/cdn/catalogue-review.js', { licences: false, integrity: true });

// The autoloader after the single-file build: it adds to the integrity.json that one writes.
export default [cdn, autoloader, adminPage, review];
