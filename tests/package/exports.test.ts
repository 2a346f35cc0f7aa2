/**
 * The package as a consumer gets it: `npm pack`, the tarball installed into a fresh
 * project, and every import path the README and docs/embedding.md document used BY NAME, in Node, by
 * TypeScript (`moduleResolution` `bundler` and `node16`) and through a bundler (rollup).
 * Needs `npm run build` first (the tarball ships `dist/`).
 */
import assert from 'node:assert/strict';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type RollupLog } from 'rollup';
import { indexFiles, REQUIREMENTS } from '../fixtures/index/index.js';
import { installConsumer, ROOT, run, type Consumer } from './consumer.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** Every element: each has a define module and a class module of the same name. */
const TAGS = [
  'mc-admin-inbox',
  'mc-catalogue-review',
  'mc-inquiry-form',
  'mc-job-search',
  'mc-labour-market',
  'mc-outcomes-report',
  'mc-portal',
  'mc-program-card',
  'mc-recommendations',
  'mc-skill-finder',
];

/** Every import path the README and docs/embedding.md document. */
const SPECIFIERS = [
  'microcred-widgets',
  'microcred-widgets/core',
  'microcred-widgets/all.js',
  'microcred-widgets/react',
  'microcred-widgets/custom-elements.json',
  'microcred-widgets/editor/vscode.html-custom-data.json',
  'microcred-widgets/editor/vscode.css-custom-data.json',
  'microcred-widgets/editor/web-types.json',
  'microcred-widgets/package.json',
  ...TAGS.map((tag) => `microcred-widgets/define/${tag}.js`),
  ...TAGS.map((tag) => `microcred-widgets/elements/${tag}/${tag}.js`),
  ...TAGS.map((tag) => `microcred-widgets/react/${tag}.js`),
];

/** `mc-job-search` -> `McJobSearch`. */
const componentOf = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

let consumer: Consumer;
let app: string;

before(async () => {
  // React and its types as a React app has them: the optional peer of microcred-widgets/react.
  consumer = await installConsumer(['react', '@types/react', '@types/node']);
  app = consumer.app;
});

after(async () => {
  await consumer?.remove();
});

/** Runs an ES module in a child Node inside the consumer project and returns its JSON output. */
async function inApp(code: string): Promise<unknown> {
  const file = join(app, `check-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, code);
  const { stdout } = await run(process.execPath, [file], { cwd: app });
  return JSON.parse(stdout);
}

describe('the packed package, installed by name', () => {
  it('Node resolves every documented path to a file in the package', async () => {
    const resolved = (await inApp(`
      import { existsSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const out = {};
      for (const spec of ${JSON.stringify(SPECIFIERS)}) {
        try {
          const path = fileURLToPath(import.meta.resolve(spec));
          out[spec] = existsSync(path) ? path : 'missing: ' + path;
        } catch (e) {
          out[spec] = 'unresolved: ' + e.code;
        }
      }
      console.log(JSON.stringify(out));
    `)) as Record<string, string>;
    for (const spec of SPECIFIERS) {
      assert.match(resolved[spec] ?? '', /^\/.*\/node_modules\/microcred-widgets\/[^*]*(?<!\.js)\.js(on)?$/, `${spec}: ${resolved[spec]}`);
    }
  });

  it('Node imports the barrel, the core, every class module and every define module', async () => {
    const seen = (await inApp(`
      const out = {};
      const barrel = await import('microcred-widgets');
      out.barrel = ['McJobSearch', 'McPortal', 'loadIndex'].filter((n) => typeof barrel[n] === 'function');
      out.version = barrel.VERSION;
      const core = await import('microcred-widgets/core');
      out.core = typeof core.loadIndex;
      out.classes = [];
      out.defined = [];
      for (const tag of ${JSON.stringify(TAGS)}) {
        const mod = await import('microcred-widgets/elements/' + tag + '/' + tag + '.js');
        if (Object.values(mod).some((v) => typeof v === 'function')) out.classes.push(tag);
        await import('microcred-widgets/define/' + tag + '.js');
        if (customElements.get(tag)) out.defined.push(tag);
      }
      const react = await import('microcred-widgets/react');
      out.react = Object.keys(react).filter((n) => react[n] && react[n].$$typeof !== undefined).sort();
      console.log(JSON.stringify(out));
    `)) as { barrel: string[]; version: string; core: string; classes: string[]; defined: string[]; react: string[] };
    assert.deepEqual(seen.barrel, ['McJobSearch', 'McPortal', 'loadIndex']);
    assert.equal(seen.core, 'function');
    assert.deepEqual(seen.classes, TAGS);
    assert.deepEqual(seen.defined, TAGS);
    assert.deepEqual(seen.react, TAGS.map(componentOf));
  });

  it('microcred-widgets/react/<tag>.js has that element’s component alone, and defines its element only', async () => {
    const seen = (await inApp(`
      const { McJobSearch, ...others } = await import('microcred-widgets/react/mc-job-search.js');
      const out = { component: McJobSearch?.$$typeof !== undefined, others: Object.keys(others) };
      out.defined = ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag));
      out.exports = {};
      for (const tag of ${JSON.stringify(TAGS)}) out.exports[tag] = Object.keys(await import('microcred-widgets/react/' + tag + '.js'));
      console.log(JSON.stringify(out));
    `)) as { component: boolean; others: string[]; defined: string[]; exports: Record<string, string[]> };
    assert.equal(seen.component, true);
    assert.deepEqual(seen.others, []);
    assert.deepEqual(seen.defined, ['mc-job-search']);
    assert.deepEqual(seen.exports, Object.fromEntries(TAGS.map((tag) => [tag, [componentOf(tag)]])));
  });

  for (const [name, options] of [
    ['bundler', { module: 'ESNext', moduleResolution: 'bundler' }],
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
  ] as const) {
    it(`TypeScript (moduleResolution ${name}) sees the element types through every documented path`, async () => {
      await writeFile(
        join(app, 'consumer.ts'),
        [
          `import 'microcred-widgets/define/mc-job-search.js';`,
          `import 'microcred-widgets/all.js';`,
          `import { McJobSearch as ByPath } from 'microcred-widgets/elements/mc-job-search/mc-job-search.js';`,
          `import { McPortal, type McSelectDetail } from 'microcred-widgets';`,
          `import { loadIndex, recommend } from 'microcred-widgets/core';`,
          // createElement returns HTMLElement, not the class, when the tag-name typings are lost.
          `const search: ByPath = document.createElement('mc-job-search');`,
          `const portal: McPortal = document.createElement('mc-portal');`,
          `search.addEventListener('mc-select', (e) => { const detail: McSelectDetail = e.detail; console.log(detail.code); });`,
          `console.log(portal);`,
          // As the README shows it: no options (English).
          `void loadIndex('./data/index').then((index) => recommend(index, { occupation: '21211' }));`,
          '',
        ].join('\n'),
      );
      await writeFile(
        join(app, 'react-consumer.tsx'),
        [
          `import { McPortal } from 'microcred-widgets/react';`,
          `import { McJobSearch } from 'microcred-widgets/react/mc-job-search.js';`,
          // An untyped event prop would make e an Event, with no detail.
          `export const app = <McPortal src="/index.json" onMcSelect={(e) => console.log(e.detail.code)} />;`,
          `export const search = <McJobSearch src="/index.json" searchRole="target" onMcSelect={(e) => console.log(e.detail.code)} />;`,
          '',
        ].join('\n'),
      );
      await writeFile(
        join(app, 'jsx-consumer.tsx'),
        [
          `import type { CustomElements } from 'microcred-widgets/jsx';`,
          `declare module 'react' { namespace JSX { interface IntrinsicElements extends CustomElements {} } }`,
          // The tags themselves in JSX, typed: an unknown attribute or an untyped event would fail.
          `export const page = <mc-job-search src="/index.json" search-role="target" onmc-select={(e) => console.log(e.detail.code)} />;`,
          '',
        ].join('\n'),
      );
      const config = join(app, `tsconfig.${name}.json`);
      await writeFile(
        config,
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            jsx: 'react-jsx',
            types: [],
            // Without it a side-effect import that resolves nowhere is silently ignored.
            noUncheckedSideEffectImports: true,
            // Checks the shipped declarations too.
            skipLibCheck: false,
          },
          files: ['consumer.ts', 'react-consumer.tsx', 'jsx-consumer.tsx'],
        }),
      );
      const result = await run(process.execPath, [TSC, '-p', config], { cwd: app }).catch((e: { stdout: string }) => e);
      assert.equal(result.stdout.trim(), '', `tsc reported errors:\n${result.stdout}`);
    });
  }

  it('TypeScript in a Node project (lib ES2022, no DOM, @types/node) checks the core’s declarations without an error', async () => {
    await writeFile(
      join(app, 'node-consumer.ts'),
      [
        `import { loadIndex, recommend, openIndexCache, Outbox, MemoryOutboxStore, type OutboxOptions } from 'microcred-widgets/core';`,
        `const index = await loadIndex('./data/index');`,
        `console.log(recommend(index, { occupation: '21211' }).length, await openIndexCache({ indexedDB: null }));`,
        `const options: OutboxOptions = { indexedDB: null, locks: null };`,
        `console.log(await Outbox.open(options), new MemoryOutboxStore());`,
        '',
      ].join('\n'),
    );
    const config = join(app, 'tsconfig.node.json');
    await writeFile(
      config,
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          lib: ['ES2022'],
          types: ['node'],
          strict: true,
          noEmit: true,
          // Checks the shipped declarations, and the packages' they import, too.
          skipLibCheck: false,
        },
        files: ['node-consumer.ts'],
      }),
    );
    const result = await run(process.execPath, [TSC, '-p', config], { cwd: app }).catch((e: { stdout: string }) => e);
    assert.equal(result.stdout.trim(), '', `tsc reported errors:\n${result.stdout}`);
  });

  it('rollup bundles a file that imports a define module by name', async () => {
    const entry = join(app, 'entry.js');
    await writeFile(entry, `import 'microcred-widgets/define/mc-job-search.js';\n`);
    const warnings: RollupLog[] = [];
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: true })],
      onwarn: (warning) => warnings.push(warning),
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const unresolved = warnings.filter((w) => w.code === 'UNRESOLVED_IMPORT').map((w) => w.message);
    assert.deepEqual(unresolved, []);
    const [chunk] = output;
    assert.deepEqual(chunk.imports, [], 'nothing left external');
    assert.match(chunk.code, /customElements\.define\(['"]mc-job-search['"]/);
    assert.ok((await readFile(join(app, 'node_modules/microcred-widgets/package.json'), 'utf8')).length > 0);
  });

  it('rollup bundles an app using McJobSearch from microcred-widgets/react/mc-job-search.js with that element alone', async () => {
    const bundled = async (code: string) => {
      const entry = join(app, `react-entry-${Math.random().toString(36).slice(2)}.js`);
      await writeFile(entry, code);
      const bundle = await rollup({ input: entry, external: ['react'], plugins: [nodeResolve({ browser: true })], onwarn: () => undefined });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
    };
    const one = await bundled(`import { McJobSearch } from 'microcred-widgets/react/mc-job-search.js';\nconsole.log(McJobSearch);\n`);
    const all = await bundled(`import { McJobSearch } from 'microcred-widgets/react';\nconsole.log(McJobSearch);\n`);
    const defined = (code: string) => [...code.matchAll(/customElements\.define\(['"](mc-[a-z-]+)['"]/g)].map((m) => m[1]).sort();
    assert.deepEqual(defined(one), ['mc-job-search']);
    assert.deepEqual(defined(all), [...TAGS].sort());
    assert.ok(one.length < all.length / 2, `${one.length} bytes with the element's entry against ${all.length} with microcred-widgets/react`);
  });
});

describe('the packed package in Node', () => {
  it('loadIndex from microcred-widgets/core reads an index directory, a path and a file: URL, its quotes and requirements', async () => {
    const data = join(app, 'data', 'tiny');
    await mkdir(data, { recursive: true });
    for (const [name, bytes] of indexFiles({ requirements: REQUIREMENTS }).files) await writeFile(join(data, name), bytes);
    const seen = (await inApp(`
      import { pathToFileURL } from 'node:url';
      import { loadIndex, loadQuotes, hasQuotes, loadRequirements, recommend } from 'microcred-widgets/core';
      const out = {};
      for (const where of ['data/tiny', './data/tiny/index.json', pathToFileURL('data/tiny/').href]) {
        const index = await loadIndex(where, { lang: 'fr' });
        out[where] = index.occupations.size;
      }
      // As the README shows it: no options (English).
      const index = await loadIndex('data/tiny');
      out.source = index.source;
      await loadQuotes(index, '31301');
      out.quoted = hasQuotes(index, '31301') && recommend(index, { occupation: '31301' })[0].reasons[0].text.includes('“');
      // A French page asking: the English requirements, said to be English.
      const required = await loadRequirements(index, '31301', 'fr');
      out.required = [required.lang, required.groups.length, required.groups[1].except];
      try {
        await loadIndex('data/none');
      } catch (e) {
        out.missing = [e.name, e.code, e.message];
      }
      console.log(JSON.stringify(out));
    `)) as Record<string, unknown>;
    assert.equal(seen['data/tiny'], 8);
    assert.equal(seen['./data/tiny/index.json'], 8);
    assert.equal(seen[`file://${data}/`], 8);
    assert.equal(seen.source, `file://${data}/index.json`);
    assert.equal(seen.quoted, true);
    assert.deepEqual(seen.required, ['en', 3, ['Registered psychiatric nurses']]);
    const [name, code, message] = seen.missing as string[];
    assert.equal(name, 'IndexFetchError');
    assert.equal(code, 'not-found');
    assert.match(message!, /data\/none could not be read: ENOENT/);
  });

  it('importing microcred-widgets/all.js defines every element and nothing throws later', async () => {
    const seen = (await inApp(`
      const errors = [];
      process.on('uncaughtException', (e) => errors.push(String(e)));
      process.on('unhandledRejection', (e) => errors.push(String(e)));
      const all = await import('microcred-widgets/all.js');
      const tags = ['mc-job-search', 'mc-labour-market', 'mc-program-card', 'mc-recommendations', 'mc-skill-finder', 'mc-inquiry-form', 'mc-portal'];
      await Promise.race([
        Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ]);
      // Every task all.js queues has run by then; a late failure would be in errors.
      await new Promise((resolve) => setTimeout(resolve, 200));
      console.log(JSON.stringify({ version: all.VERSION, defined: tags.filter((tag) => customElements.get(tag)), errors }));
    `)) as { version: string; defined: string[]; errors: string[] };
    assert.deepEqual(seen.errors, []);
    assert.equal(seen.defined.length, 7, seen.defined.join(' '));
    assert.match(seen.version, /^\d+\.\d+\.\d+/);
  });
});

describe('the packed package and PostgreSQL', () => {
  it('installing it does not install pg (an optional peer); the server asked for a database names the package to install', async () => {
    const { peerDependencies, peerDependenciesMeta, dependencies } = JSON.parse(
      await readFile(join(app, 'node_modules/microcred-widgets/package.json'), 'utf8'),
    ) as { peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }>; dependencies: Record<string, string> };
    assert.equal(dependencies.pg, undefined);
    assert.match(peerDependencies.pg ?? '', /^\^8\./);
    assert.equal(peerDependenciesMeta.pg?.optional, true);
    await assert.rejects(access(join(app, 'node_modules/pg')), 'pg is not installed for a widget user');

    const server = join(app, 'node_modules/microcred-widgets/dist/server/inquiry-server.js');
    const result = await run(process.execPath, [server, '--port', '0', '--database-url', 'postgres://mc@127.0.0.1:9/mc'], {
      cwd: app,
      timeout: 20_000,
    }).then(
      () => assert.fail('the server started without pg'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--database-url needs the PostgreSQL client package "pg", which is not installed: run `npm install pg@\^8`/);
  });
});
