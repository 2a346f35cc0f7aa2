/**
 * SHA-256 of index files through Web Crypto. Plain-http pages have no `crypto.subtle`;
 * there the hash is skipped (`null`): over plain http a hash in index.json protects
 * nothing against tampering anyway, and truncation and mix-ups are still caught by the
 * recorded sizes and the decoder's checks. The synchronous encoder uses @noble/hashes.
 */

/** Hex SHA-256 of `bytes`, or null where the page has no Web Crypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let out = '';
  for (const byte of new Uint8Array(digest)) out += byte.toString(16).padStart(2, '0');
  return out;
}
