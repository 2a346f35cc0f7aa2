import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE } from './paths.js';

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
export function licenceNotices({ versioned = false } = {}) {
  const { name, version, license } = PACKAGE;
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
