// The CDN bundle: one ES module with every element, lit and the core, built from tsc's
// output (dist/all.js). `npm run build` runs tsc first, then this.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { walk } from 'estree-walker';

/** Prints the raw and gzip size of every emitted chunk, so size regressions are seen at build time. */
function reportSize() {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gz = gzipSync(file.code, { level: 9 }).length;
        this.info(`${file.fileName}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
      }
    },
  };
}

/**
 * Names of TypeScript `private` members of our classes, from tsc's declarations in dist/
 * (where they survive as `private name;`), minus every name some declaration there makes
 * public, protected or part of an interface.
 */
function privateMemberNames(dir) {
  const priv = new Set();
  const other = new Set();
  const member = /^\s*((?:(?:private|protected|public|static|readonly|abstract|override|get|set|declare)\s+)*)([A-Za-z_$][\w$]*)\??\s*[(:<;]/gm;
  const visit = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.d.ts')) {
        for (const [, modifiers, name] of readFileSync(path, 'utf8').matchAll(member)) {
          (/\bprivate\b/.test(modifiers) ? priv : other).add(name);
        }
      }
    }
  };
  visit(dir);
  return [...priv].filter((name) => !other.has(name));
}

/** Names the browser or Lit call on our objects by name, whatever TypeScript says. */
const CALLED_BY_NAME = new Set(
  'constructor connectedCallback disconnectedCallback adoptedCallback attributeChangedCallback handleEvent toJSON then render update updated willUpdate firstUpdated shouldUpdate createRenderRoot scheduleUpdate performUpdate getUpdateComplete hostConnected hostDisconnected hostUpdate hostUpdated'.split(
    ' ',
  ),
);

/**
 * Lets terser shorten the names of private members that are provably internal. A name
 * qualifies only if it is declared `private` (and nowhere public), and in the whole bundle
 * it is only ever read or written as `this.name`: never on another object, never as an
 * object key, and never inside any string or template text (which rules out Lit reactive
 * properties, whose decorators and `changed.has()` name them in strings, and anything a
 * template binds). Everything else keeps its name. Sets `mangle.properties` on the options
 * object the terser plugin reads when it runs, just after this plugin's renderChunk.
 */
function mangleInternalMembers(mangleOptions) {
  return {
    name: 'mangle-internal-members',
    renderChunk(code) {
      const candidates = new Set(privateMemberNames(DIST).filter((n) => !CALLED_BY_NAME.has(n)));
      const unsafe = new Set();
      const texts = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type === 'Literal' && typeof node.value === 'string') texts.push(node.value);
          else if (node.type === 'TemplateElement') texts.push(node.value.raw);
          else if (node.type === 'MemberExpression' && !node.computed && node.object.type !== 'ThisExpression') {
            unsafe.add(node.property.name);
          } else if (node.type === 'Property' && !node.computed && node.key.type === 'Identifier') {
            unsafe.add(node.key.name);
          }
        },
      });
      for (const word of texts.join(' ').match(/[A-Za-z_$][\w$]*/g) ?? []) unsafe.add(word);
      const names = [...candidates].filter((n) => !unsafe.has(n)).sort();
      mangleOptions.properties = names.length > 0 ? { regex: new RegExp(`^(?:${names.join('|')})$`) } : false;
      return null;
    },
  };
}

/**
 * Copies the bundle to `dist/cdn/<version>/`, the path a host pins, and prints the
 * Subresource Integrity hash of each copy for its `<script integrity>`; also writes them
 * to dist/cdn/integrity.json. `dist/cdn/microcred.js` stays, unversioned, for the demo.
 */
function versionedCopy() {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  return {
    name: 'versioned-copy',
    writeBundle(options, bundle) {
      const cdn = dirname(options.file);
      const integrity = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const hash = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
        mkdirSync(join(cdn, version), { recursive: true });
        writeFileSync(join(cdn, version, file.fileName), file.code);
        for (const path of [`${version}/${file.fileName}`, file.fileName]) {
          integrity[path] = hash;
          this.info(`dist/cdn/${path}: integrity="${hash}"`);
        }
      }
      writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}

/** The package.json of the npm package a bundled module belongs to, or null for our own. */
function packageOf(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = id.slice(at + '/node_modules/'.length).split('/');
  const dir = id.slice(0, at + '/node_modules/'.length) + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/');
  return { dir, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
}

/** A package's licence text, from its LICENSE (or LICENCE, COPYING) file. */
function licenceText(dir, name) {
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${name}: bundled, but its package has no LICENSE file to copy`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/**
 * Keeps the licence notices of the packages a bundle carries (lit, @lit/task, idb, valibot,
 * ...): their licence texts go to `THIRD-PARTY-LICENSES.txt` beside the bundle and beside
 * its versioned copy, and the bundle starts with a one-line comment naming them and that
 * file. Terser drops every comment, so this plugin comes after it in the list: renderChunk
 * hooks run in plugin order.
 */
function licenceNotices({ versioned = false } = {}) {
  const { name, version, license } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const found = new Map();
  return {
    name: 'licence-notices',
    renderChunk(code, chunk) {
      const packages = new Map();
      for (const id of Object.keys(chunk.modules)) {
        const pkg = packageOf(id.replace(/^\0/, ''));
        if (pkg) packages.set(pkg.json.name, pkg);
      }
      for (const [key, pkg] of packages) found.set(key, pkg);
      const list = [...packages.values()]
        .sort((a, b) => a.json.name.localeCompare(b.json.name))
        .map(({ json }) => `${json.name} ${json.version} (${json.license})`)
        .join(', ');
      return { code: `/*! ${name} ${version} (${license}). Bundles ${list}: their licences are in ${LICENCES_FILE} beside this file. */\n${code}`, map: null };
    },
    generateBundle() {
      const packages = [...found.values()].sort((a, b) => a.json.name.localeCompare(b.json.name));
      const text = [
        `${name} ${version} bundles the packages below. Their copyright and licence notices follow.`,
        ...packages.map(({ dir, json }) => [`${'-'.repeat(78)}`, `${json.name} ${json.version} (${json.license})`, '', licenceText(dir, json.name)].join('\n')),
        '',
      ].join('\n\n');
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: text });
    },
    writeBundle(options) {
      if (!versioned) return;
      const dir = join(dirname(options.file), version);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, LICENCES_FILE), readFileSync(join(dirname(options.file), LICENCES_FILE)));
    },
  };
}

const LICENCES_FILE = 'THIRD-PARTY-LICENSES.txt';

/**
 * In a bundle for the browser, `core/load/files.js` (reading an index from disk in Node) becomes
 * its browser behaviour: nothing is on disk. Its code never runs in a page, which has a
 * `document`; this only saves its bytes.
 */
function browserFiles() {
  return {
    name: 'browser-files',
    load(id) {
      if (id !== join(DIST, 'core/load/files.js')) return null;
      return [
        'export function inNode() { return false; }',
        'export async function resolveNodeLocation() { return null; }',
        'export function readsFromDisk() { return false; }',
        "export async function readFileUrl(url) { throw new Error(`${url}: files are read from disk only in Node`); }",
        '',
      ].join('\n');
    },
  };
}

const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const ENTRY = '\0mc:cdn-entry';
/**
 * `\0mc:turn:<n>`: a module whose top level awaits one turn of the event loop. ES modules
 * evaluate in import order and wait for an earlier import's top-level await, so each turn
 * the entry imports ends one task of the bundle's evaluation and starts the next.
 */
const TURN = '\0mc:turn:';

/** Every module of ours reachable from `file` through static relative imports (tsc's output). */
function reachableModules(parse, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const node of parse(readFileSync(file, 'utf8')).body) {
    const spec = node.source?.value;
    if (typeof spec === 'string' && spec.startsWith('.')) reachableModules(parse, resolve(dirname(file), spec), seen);
  }
  return seen;
}

/** True when a module's top level only imports, exports and declares (no bare statements). */
function declaresOnly(program) {
  const declaration = /^(Import|Export\w+|Function|Class|Variable)Declaration$/;
  return program.body.every(
    (node) => declaration.test(node.type) && (!node.type.startsWith('Export') || !node.declaration || declaration.test(node.declaration.type)),
  );
}

/**
 * The bundle's entry: dist/all.js, after importing first the modules whose text is most
 * alike (every element's styles, then the en and fr messages, then the core, by name).
 * gzip only finds repeats within 32 KB, and in import order these sit up to 200 KB
 * apart; side by side they compress by about 1.5 KB more. Only modules all.js already
 * reaches are moved, and only those whose top level just declares (css``, message tables,
 * schemas, functions, classes): running them earlier changes nothing but their place. A
 * module with a bare top-level statement keeps its place in import order.
 *
 * Before the first group, between these groups (the core in quarters), and after each
 * element module that all.js imports (in all.js's own order), the entry gives the event
 * loop a turn (see TURN): evaluating the whole bundle at once was one task of 60-90 ms at
 * 4x CPU slowdown; in pieces, none is long.
 */
function groupAlikeModules(entry) {
  return {
    name: 'group-alike-modules',
    resolveId(id) {
      return id === ENTRY || id.startsWith(TURN) ? id : null;
    },
    load(id) {
      if (id.startsWith(TURN)) {
        return `import { yieldToEventLoop } from ${JSON.stringify(join(DIST, 'core/schedule/yield.js'))};\nawait yieldToEventLoop();\n`;
      }
      if (id !== ENTRY) return null;
      const parse = (code) => this.parse(code);
      const reached = [...reachableModules(parse, entry)].map((file) => relative(DIST, file)).sort();
      const styles = reached.filter((f) => f.endsWith('.styles.js'));
      const messages = ['i18n/en.js', 'i18n/fr.js', 'core/messages/messages.js'].filter((f) => reached.includes(f));
      const core = reached.filter((f) => f.startsWith('core/') && !messages.includes(f));
      const movable = (files) => files.map((f) => join(DIST, f)).filter((file) => declaresOnly(parse(readFileSync(file, 'utf8'))));
      const quarters = [0, 1, 2, 3].map((q) => core.slice(Math.floor((q * core.length) / 4), Math.floor(((q + 1) * core.length) / 4)));
      const groups = [
        // A turn first: the task that starts evaluating the bundle is also the parser's.
        [],
        movable([...styles.filter((f) => f.startsWith('elements/shared/')), ...styles.filter((f) => !f.startsWith('elements/shared/'))]),
        movable(messages),
        ...quarters.map(movable),
        // all.js's element imports, in its order: where they would run anyway, one per turn.
        ...parse(readFileSync(entry, 'utf8'))
          .body.map((node) => (node.type === 'ImportDeclaration' ? node.source.value : null))
          .filter((spec) => typeof spec === 'string' && spec.startsWith('./elements/'))
          .map((spec) => [resolve(dirname(entry), spec)]),
      ];
      const lines = [];
      groups.forEach((files, i) => {
        for (const file of files) lines.push(`import ${JSON.stringify(file)};`);
        lines.push(`import ${JSON.stringify(`${TURN}${i}`)};`);
      });
      lines.push(`export * from ${JSON.stringify(entry)};`);
      return lines.join('\n');
    },
  };
}

const DECORATE_HELPER = '\0mc:decorate-helper';

/**
 * tsc writes its `__decorate` helper into every module that uses a decorator (fourteen
 * copies, far enough apart in the bundle for gzip to pay for most of each). This swaps
 * each copy for an import of one shared copy of the same function. At module top level
 * `this` is undefined in ES modules, so `(this && this.__decorate) || function ...` was
 * always the function.
 */
function shareDecorateHelper() {
  const helper =
    /^var __decorate = \(this && this\.__decorate\) \|\| (function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\});\n/m;
  let body = null;
  return {
    name: 'share-decorate-helper',
    resolveId(id) {
      return id === DECORATE_HELPER ? id : null;
    },
    load(id) {
      if (id !== DECORATE_HELPER) return null;
      if (body === null) this.error('the __decorate helper was asked for before any module declared it');
      return `export const __decorate = ${body};\n`;
    },
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
      const match = helper.exec(code);
      if (!match) return null;
      if (body === null) body = match[1];
      else if (body !== match[1]) this.error(`${id}: its __decorate helper differs from the others`);
      return { code: code.replace(helper, `import { __decorate } from '${DECORATE_HELPER}';\n`), map: null };
    },
  };
}

/** Shared with mangleInternalMembers, which fills in `mangle.properties` per build. */
const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  mangle: { properties: false },
  format: { comments: false },
};

/**
 * Collapses the indentation inside Lit's html``, svg`` and css`` templates of our own
 * modules. In HTML only whitespace runs are touched, and HTML renders a run as one space
 * anyway, so the output is the same. CSS also loses comments, the spaces around `{};>`,
 * the last `;` of a block, the leading zero of `0.5` and the doubled digits of `#ffffff`,
 * none of which changes what the browser computes.
 */
function minifyTemplates() {
  const collapseHtml = (text) => text.replace(/\s*\n\s*/g, ' ');
  const collapseCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};>])\s*/g, '$1')
      .replace(/([:,])\s+/g, '$1')
      .replace(/;}/g, '}')
      // 0.5rem -> .5rem and #ffffff -> #fff, in values only (after a colon, comma, space or parenthesis).
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/([\s:,(])#([0-9a-f])\2([0-9a-f])\3([0-9a-f])\4(?![0-9a-f])/gi, '$1#$2$3$4');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
      if (!/\b(html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const kind = node.tag.name;
          if (kind !== 'html' && kind !== 'svg' && kind !== 'css') return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const next = kind === 'css' ? collapseCss(raw) : collapseHtml(raw);
            if (next !== raw) edits.push([quasi.start, quasi.end, next]);
          }
        },
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

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
    browserFiles(),
    groupAlikeModules(join(DIST, 'all.js')),
    // `production` picks lit's production build (no dev-mode warnings, smaller).
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    shareDecorateHelper(),
    minifyTemplates(),
    mangleInternalMembers(terserOptions.mangle),
    terser(terserOptions),
    licenceNotices({ versioned: true }),
    reportSize(),
    versionedCopy(),
  ],
  onwarn,
};

const { version: VERSION } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Adds the Subresource Integrity hash of every file of the autoloader build (the autoloader
 * and each chunk) to dist/cdn/integrity.json, which the single-file build before it in this
 * config wrote, and prints the autoloader's. A `<script integrity>` covers the autoloader
 * only; the chunks it imports are named by their content hash, and their own hashes are
 * there for a host that lists them in an import map's `integrity`.
 */
function autoloaderIntegrity() {
  return {
    name: 'autoloader-integrity',
    writeBundle(options, bundle) {
      const file = join(dirname(options.dir), 'integrity.json');
      let integrity = {};
      try {
        integrity = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // The single-file build did not run first: start the file.
      }
      const files = Object.values(bundle).filter((f) => f.type === 'chunk').sort((a, b) => a.fileName.localeCompare(b.fileName));
      for (const chunk of files) {
        const hash = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`;
        integrity[`${VERSION}/${chunk.fileName}`] = hash;
        if (chunk.isEntry) this.info(`dist/cdn/${VERSION}/${chunk.fileName}: integrity="${hash}"`);
      }
      writeFileSync(file, `${JSON.stringify(integrity, null, 2)}\n`);
      // Chunks of an earlier build of this version (before a source change) are not shipped.
      const current = new Set(files.map((f) => f.fileName));
      for (const name of readdirSync(options.dir)) {
        if (/-[\w-]{8}\.js$/.test(name) && !current.has(name)) rmSync(join(options.dir, name));
      }
    },
  };
}

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
    shareDecorateHelper(),
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
 * staff, so the pages learners open do not carry them. Like the CDN file, the browser's
 * stand-in for the Node file reader; the licence notices where the bundle has a folder of
 * its own (`THIRD-PARTY-LICENSES.txt` is written beside it, and dist/cdn has the CDN file's).
 */
function pageBundle(input, file, { licences = true } = {}) {
  return {
    input: join(DIST, input),
    output: { file, format: 'es', inlineDynamicImports: true, sourcemap: false },
    plugins: [
      browserFiles(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      shareDecorateHelper(),
      minifyTemplates(),
      terser({ ...terserOptions, mangle: { properties: false } }),
      ...(licences ? [licenceNotices()] : []),
      reportSize(),
    ],
    onwarn,
  };
}

/** The reference server's `/admin/` page: the inbox, the outcomes report and the language toggle. */
const adminPage = pageBundle('admin/page.js', 'dist/admin/inbox.js');

/** The catalogue review element: it carries the catalogue reader, the CSV parser and the tagger. */
const review = pageBundle('define/mc-catalogue-review.js', 'dist/cdn/catalogue-review.js', { licences: false });

// The autoloader after the single-file build: it adds to the integrity.json that one writes.
export default [cdn, autoloader, adminPage, review];
