// Subresource Integrity hashes of the CDN files, and the versioned copy a host pins.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE } from './paths.js';

/**
 * Copies the bundle to `dist/cdn/<version>/`, the path a host pins, and prints the
 * Subresource Integrity hash of each copy for its `<script integrity>`; also writes them
 * to dist/cdn/integrity.json. `dist/cdn/microcred.js` stays, unversioned, for the demo.
 */
export function versionedCopy() {
  const { version } = PACKAGE;
  return {
    name: 'versioned-copy',
    writeBundle(options, bundle) {
      const cdn = dirname(options.file);
      const integrity = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const hash = sri(file.code);
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

/** The Subresource Integrity hash of `code`, as a `<script integrity>` names it. */
function sri(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/** Adds `entries` (path under dist/cdn -> hash) to `file`, dist/cdn/integrity.json, which an earlier build wrote. */
function addIntegrity(file, entries) {
  let integrity = {};
  try {
    integrity = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The single-file build did not run first: start the file.
  }
  writeFileSync(file, `${JSON.stringify({ ...integrity, ...entries }, null, 2)}\n`);
}

/**
 * Adds a single-file bundle of dist/cdn other than the CDN file (the catalogue review's,
 * `dist/cdn/catalogue-review.js`) to dist/cdn/integrity.json, by its path there, and prints
 * its hash: a host pins it like the CDN file.
 */
export function bundleIntegrity() {
  return {
    name: 'bundle-integrity',
    writeBundle(options, bundle) {
      const entries = {};
      for (const chunk of Object.values(bundle).filter((f) => f.type === 'chunk')) {
        entries[chunk.fileName] = sri(chunk.code);
        this.info(`dist/cdn/${chunk.fileName}: integrity="${entries[chunk.fileName]}"`);
      }
      addIntegrity(join(dirname(options.file), 'integrity.json'), entries);
    },
  };
}

/**
 * Adds the Subresource Integrity hash of every file of the autoloader build (the autoloader
 * and each chunk) to dist/cdn/integrity.json, which the single-file build before it in this
 * config wrote, and prints the autoloader's. A `<script integrity>` covers the autoloader
 * only; the chunks it imports are named by their content hash, and their own hashes are
 * there for a host that lists them in an import map's `integrity`.
 */
export function autoloaderIntegrity() {
  return {
    name: 'autoloader-integrity',
    writeBundle(options, bundle) {
      const files = Object.values(bundle)
        .filter((f) => f.type === 'chunk')
        .sort((a, b) => a.fileName.localeCompare(b.fileName));
      const entries = {};
      for (const chunk of files) {
        const hash = sri(chunk.code);
        entries[`${PACKAGE.version}/${chunk.fileName}`] = hash;
        if (chunk.isEntry) this.info(`dist/cdn/${PACKAGE.version}/${chunk.fileName}: integrity="${hash}"`);
      }
      addIntegrity(join(dirname(options.dir), 'integrity.json'), entries);
      // Chunks of an earlier build of this version (before a source change) are not shipped.
      const current = new Set(files.map((f) => f.fileName));
      for (const name of readdirSync(options.dir)) {
        if (/-[\w-]{8}\.js$/.test(name) && !current.has(name)) rmSync(join(options.dir, name));
      }
    },
  };
}
