/**
 * The index the widgets use (`--index DIR`), served read-only to the admin page under
 * `/admin/index/`, so that the inbox and the outcomes report name programs, institutions and
 * occupations by their titles rather than by ids and codes. It is the public data the
 * widgets fetch: no token is asked for.
 *
 * - Read once at start, as routing reads it (restart after rebuilding the index), and each
 *   file checked against the size and SHA-256 `index.json` records: the page reads the very
 *   index the server routes with.
 * - Only `index.json` and the files it lists, by their exact names: no directory listing, no
 *   other file of the folder (quotes, slices, leftovers of an earlier build), nothing outside
 *   it. A listed name that is not a plain file name stops the server at start.
 * - The names are not hashed (a rebuild reuses them), so the files are revalidated on every
 *   load (`no-cache`) with an ETag made of their SHA-256.
 * - Brotli or gzip when the browser takes it, compressed once per file.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { FILE_NAMES, type FileRef, type IndexFiles } from '../core/index-format/index.js';
import { decodeUtf8, parseManifest, verifyFileRef } from '../core/load/index.js';
import { chooseEncoding, TYPES } from './accept-encoding.js';
import { HttpError } from './http.js';

/** What an index's files may be. */
const INDEX_TYPES = ['.json', '.txt', '.tsv'];

/** A file name in the folder: a letter or digit, then words joined by single dots ("labels.en.txt"); never "..", "/" or "\". */
const FILE_NAME = /^[A-Za-z0-9][\w-]*(\.[\w-]+)+$/;

type Encoding = 'br' | 'gzip';

interface ServedFile {
  body: Buffer;
  type: string;
  sha256: string;
  encoded: Map<Encoding, Promise<Buffer>>;
}

/** An index as the admin page is served it: its files by name. */
export interface ServedIndex {
  readonly files: ReadonlyMap<string, ServedFile>;
}

/** Every file `index.json` lists besides itself. */
export function listedFiles(files: IndexFiles): FileRef[] {
  return [
    ...Object.values(files.labels),
    ...Object.values(files.summaries),
    ...Object.values(files.titles),
    ...Object.values(files.requirements ?? {}).flatMap((byBroad) => Object.values(byBroad ?? {})),
    files.programs,
    files.catalogue,
  ];
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

/** Reads and checks the index in `dir`; throws naming the file at fault. */
export async function loadServedIndex(dir: string): Promise<ServedIndex> {
  const manifestPath = join(dir, FILE_NAMES.manifest);
  const manifestBytes = await readBytes(manifestPath);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(manifestBytes, manifestPath));
  } catch (error) {
    throw new Error(`${manifestPath}: is not valid JSON`, { cause: error });
  }
  const manifest = parseManifest(json, manifestPath);
  const sha256 = createHash('sha256').update(manifestBytes).digest('hex');
  const files = new Map<string, ServedFile>([[FILE_NAMES.manifest, { body: manifestBytes, type: TYPES['.json']!, sha256, encoded: new Map() }]]);
  for (const ref of listedFiles(manifest.files)) {
    const ext = extname(ref.path);
    const type = FILE_NAME.test(ref.path) && INDEX_TYPES.includes(ext) ? TYPES[ext] : undefined;
    if (type === undefined) {
      throw new Error(`${manifestPath}: lists "${ref.path}", which is not the name of a .json, .txt or .tsv file in its folder`);
    }
    const path = join(dir, ref.path);
    const body = await readBytes(path);
    await verifyFileRef(ref, body, path);
    files.set(ref.path, { body, type, sha256: ref.sha256, encoded: new Map() });
  }
  return { files };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** `file` in `encoding`, compressed at the first request for it: once, so as hard as it goes. */
function encoded(file: ServedFile, encoding: Encoding): Promise<Buffer> {
  let body = file.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotli(file.body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: file.body.length },
          })
        : gzipped(file.body, { level: 9 });
    file.encoded.set(encoding, body);
  }
  return body;
}

/**
 * Answers the file `name` (the request path under `/admin/index/`, as sent: never decoded, so
 * only a listed name matches) with `headers` added; 404 for anything else.
 */
export async function serveIndexFile(
  req: IncomingMessage,
  res: ServerResponse,
  index: ServedIndex,
  name: string,
  headers: Record<string, string>,
): Promise<void> {
  const file = index.files.get(name);
  if (!file) throw new HttpError(404, { error: 'not-found' });
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  // One ETag per encoding: the bytes differ, so a cache must not mix them up.
  const etag = `"${file.sha256.slice(0, 32)}${encoding ? `-${encoding}` : ''}"`;
  const common: Record<string, string> = { ...headers, 'content-type': file.type, 'cache-control': 'no-cache', etag, vary: 'Accept-Encoding' };
  if (encoding) common['content-encoding'] = encoding;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const body = encoding ? await encoded(file, encoding) : file.body;
  res.writeHead(200, { ...common, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
