/**
 * What the tarball holds, as `npm pack` lists it: no source maps (they would point at
 * `src/`, which is not shipped), and the licence notices of every package bundled into the
 * CDN and admin files, beside them and named in each file's first line. Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Packed {
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

let packed: Packed;
let version: string;

before(async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT });
  [packed] = JSON.parse(stdout) as [Packed];
  ({ version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string });
});

/** The `Bundles a (x), b (y): ...` list of a bundle's first line, as `name version (licence)`. */
function bannerPackages(code: string): string[] {
  const first = code.slice(0, code.indexOf('\n'));
  const match = /^\/\*! microcred-widgets (\S+) \(MIT\)\. Bundles (.*): their licences are in THIRD-PARTY-LICENSES\.txt beside this file\. \*\/$/.exec(first);
  assert.ok(match, `first line: ${first.slice(0, 200)}`);
  assert.equal(match[1], version);
  return match[2]!.split(', ');
}

/** `name version (licence)` headings of a THIRD-PARTY-LICENSES.txt, each with its text. */
function licenceSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of text.split(/\n-{78}\n/).slice(1)) {
    const [heading, , ...body] = part.split('\n');
    sections.set(heading!, body.join('\n').trim());
  }
  return sections;
}

describe('the tarball’s contents', () => {
  it('ships no source map and no JavaScript that points at one', async () => {
    const paths = packed.files.map((f) => f.path);
    assert.deepEqual(
      paths.filter((p) => p.endsWith('.map')),
      [],
    );
    const pointing: string[] = [];
    for (const path of paths.filter((p) => /\.(js|d\.ts)$/.test(p))) {
      if (/\/\/# sourceMappingURL=/.test(await readFile(join(ROOT, path), 'utf8'))) pointing.push(path);
    }
    assert.deepEqual(pointing, []);
  });

  it('its browser files carry none of the Node file reading (the browser field maps core/load/files.js)', async () => {
    const browserFiles = packed.files.map((f) => f.path).filter((p) => /^dist\/(cdn|admin)\/.*\.js$/.test(p));
    assert.ok(browserFiles.length > 10, `${browserFiles.length} browser files`);
    for (const path of browserFiles) assert.doesNotMatch(await readFile(join(ROOT, path), 'utf8'), /getBuiltinModule/, path);
    // Node still reads from disk: the mapping is for browsers only.
    assert.match(await readFile(join(ROOT, 'dist/core/load/files.js'), 'utf8'), /getBuiltinModule/);
  });

  for (const bundle of ['dist/cdn/microcred.js', `dist/cdn/${'<version>'}/microcred.js`, 'dist/admin/inbox.js']) {
    it(`${bundle} names what it bundles, and the licence of each is in the file beside it`, async () => {
      const path = bundle.replace('<version>', version);
      const licences = path.replace(/[^/]+$/, 'THIRD-PARTY-LICENSES.txt');
      const paths = packed.files.map((f) => f.path);
      assert.ok(paths.includes(path), `${path} is shipped`);
      assert.ok(paths.includes(licences), `${licences} is shipped`);
      const named = bannerPackages(await readFile(join(ROOT, path), 'utf8'));
      const sections = licenceSections(await readFile(join(ROOT, licences), 'utf8'));
      for (const expected of ['lit-html', 'lit-element', '@lit/reactive-element', 'valibot']) {
        assert.ok(
          named.some((p) => p.startsWith(`${expected} `)),
          `${expected} in ${named.join(', ')}`,
        );
      }
      for (const pkg of named) {
        const text = sections.get(pkg);
        assert.ok(text, `${pkg}: no licence section in ${licences} (has ${[...sections.keys()].join(', ')})`);
        assert.match(text, /Copyright/i, `${pkg}: its licence text keeps the copyright notice`);
      }
      // Every bundled package's version is the one installed, so the notices are of what ships.
      for (const pkg of named) {
        const [name, installed] = pkg.split(' ');
        const json = JSON.parse(await readFile(join(ROOT, 'node_modules', name!, 'package.json'), 'utf8')) as { version: string };
        assert.equal(installed, json.version, name);
      }
    });
  }

  it('every docs page a shipped page links to is shipped (the elements’ pages too)', async () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const missing: string[] = [];
    for (const page of [...paths].filter((p) => p.endsWith('.md'))) {
      // Links in prose only: a fenced block's `](...)` is code.
      const prose = (await readFile(join(ROOT, page), 'utf8')).replace(/^ *```[\s\S]*?^ *```/gm, '');
      for (const [, target] of prose.matchAll(/\]\(([^)\s#]+\.md)(#[^)]*)?\)/g)) {
        if (/^https?:/.test(target!)) continue;
        const linked = normalize(join(dirname(page), target!));
        if (/^(docs\/|README\.md$|CHANGELOG\.md$)/.test(linked) && !paths.has(linked)) missing.push(`${page} -> ${linked}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('the CDN file also names @lit/task and idb, which the elements use', async () => {
    const named = bannerPackages(await readFile(join(ROOT, 'dist/cdn/microcred.js'), 'utf8'));
    for (const expected of ['@lit/task', 'idb'])
      assert.ok(
        named.some((p) => p.startsWith(`${expected} `)),
        expected,
      );
  });
});
