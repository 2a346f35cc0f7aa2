/**
 * Index files on disk, for `loadIndex` and `loadQuotes` in Node: a path or a `file:` URL
 * is read with `node:fs` (Node's `fetch` does not read `file:` URLs). Node's modules are
 * taken at run time (`process.getBuiltinModule`, or an import whose name no bundler can
 * follow), so a browser bundle of the core carries no `node:` import; in a page none of
 * this runs.
 */
import { IndexFetchError } from '../index-format/index.js';

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

interface NodeFs {
  readFile(path: URL, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  stat(path: URL): Promise<{ isDirectory(): boolean }>;
}

interface NodeUrl {
  pathToFileURL(path: string): URL;
}

interface NodePath {
  resolve(...paths: string[]): string;
  sep: string;
}

function nodeProcess(): NodeProcess | undefined {
  return (globalThis as { process?: NodeProcess }).process;
}

/** True outside a page, in Node (or a runtime that says it is Node-compatible). */
export function inNode(): boolean {
  return typeof document === 'undefined' && typeof nodeProcess()?.versions?.node === 'string';
}

/** A Node built-in module, without an import a bundler would try to resolve for the browser. */
async function builtin<T>(name: string): Promise<T> {
  const found = nodeProcess()?.getBuiltinModule?.(name);
  if (found) return found as T;
  // Node 20 before 20.16 has no getBuiltinModule.
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ name)) as T;
}

/** A URL with a scheme (`https:`, `file:`): two letters at least, so `C:\` stays a path. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]+:/i;

/**
 * In Node, where an index is: a URL as given, or a file path (relative to the working
 * directory) as a `file:` URL. A path or `file:` URL naming a directory means the
 * `index.json` in it. Elsewhere, `null`: the caller resolves against the page.
 */
export async function resolveNodeLocation(input: string | URL): Promise<string | null> {
  if (!inNode()) return null;
  let url: URL;
  if (input instanceof URL || HAS_SCHEME.test(input)) {
    url = new URL(String(input));
  } else {
    const [{ pathToFileURL }, path] = await Promise.all([builtin<NodeUrl>('node:url'), builtin<NodePath>('node:path')]);
    url = pathToFileURL(path.resolve(input));
    if (/[\\/]$/.test(input) && !url.pathname.endsWith('/')) url.pathname += '/';
  }
  if (url.protocol === 'file:' && !url.pathname.endsWith('/')) {
    const fs = await builtin<NodeFs>('node:fs/promises');
    const isDirectory = await fs.stat(url).then(
      (stats) => stats.isDirectory(),
      () => false, // a missing file is reported when it is read, with the file's name
    );
    if (isDirectory) url.pathname += '/';
  }
  return url.href;
}

/** True when `url` is read from disk here rather than fetched. */
export function readsFromDisk(url: string): boolean {
  return url.startsWith('file:') && inNode();
}

/**
 * The bytes of the file at the `file:` URL `url`.
 * @throws IndexFetchError (`failure` `file`) naming the file and the system's reason,
 *   or the signal's reason when aborted.
 */
export async function readFileUrl(url: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const fs = await builtin<NodeFs>('node:fs/promises');
  try {
    return new Uint8Array(await fs.readFile(new URL(url), signal ? { signal } : {}));
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new IndexFetchError(url, 'file', null, { cause: error });
  }
}
