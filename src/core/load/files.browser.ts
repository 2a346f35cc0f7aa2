/**
 * What `files.ts` is in a browser: nothing is on disk. The package's `browser` field maps
 * `dist/core/load/files.js` to this module, so a bundle for the browser (ours, or a host's
 * through Vite, webpack or rollup's node-resolve with `browser: true`) carries none of the
 * Node file reading. Its behaviour is the one `files.ts` has in a page.
 */
export function inNode(): boolean {
  return false;
}

export async function resolveNodeLocation(_input: string | URL): Promise<string | null> {
  return null;
}

export function readsFromDisk(_url: string): boolean {
  return false;
}

export async function readFileUrl(url: string, _signal: AbortSignal | undefined): Promise<Uint8Array> {
  throw new Error(`${url}: files are read from disk only in Node`);
}
