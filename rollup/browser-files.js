import { join } from 'node:path';
import { DIST } from './paths.js';

/**
 * In a bundle for the browser, `core/load/files.js` (reading an index from disk in Node) becomes
 * its browser behaviour: nothing is on disk. Its code never runs in a page, which has a
 * `document`; this only saves its bytes.
 */
export function browserFiles() {
  return {
    name: 'browser-files',
    load(id) {
      if (id !== join(DIST, 'core/load/files.js')) return null;
      return [
        'export function inNode() { return false; }',
        'export async function resolveNodeLocation() { return null; }',
        'export function readsFromDisk() { return false; }',
        'export async function readFileUrl(url) { throw new Error(`${url}: files are read from disk only in Node`); }',
        '',
      ].join('\n');
    },
  };
}
