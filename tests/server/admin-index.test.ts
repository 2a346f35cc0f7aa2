/**
 * The index at /admin/index/, for the admin page's titles: with `indexDir` and the admin side
 * on, `index.json` and exactly the files it lists, byte for byte, under the page's strict CSP,
 * revalidated by ETag, compressed when asked; 404 for anything else, hostile paths included;
 * the page passes it to the inbox and the outcomes report only then. On both stores.
 */
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { listedFiles } from '../../src/server/admin-index.js';
import { ADMIN_CSP } from '../../src/server/admin-page.js';
import { startInquiryServer } from '../../src/server/inquiry-server.js';
import { indexFiles, REQUIREMENTS } from '../fixtures/index/index.js';
import { embeddedBackend, postgresBackend } from '../fixtures/server/analytics-backends.js';

const TOKEN = 'admin-token-7c2e9b4d1a3f6058';
const SECRET = 'not-for-the-web-4f1d';
const { manifest, files } = indexFiles({ requirements: REQUIREMENTS });
const LISTED = ['index.json', ...listedFiles(manifest.files).map((ref) => ref.path)];

type Running = Awaited<ReturnType<typeof startInquiryServer>>;

let dir: string;
let indexDir: string;
let withIndex: Running;
let withoutIndex: Running;
let noToken: Running;

/** The index in `target`, as `build-index` writes it, with `edit` applied to its files first. */
async function writeIndex(target: string, edit: (files: Map<string, Uint8Array>) => void = () => {}): Promise<void> {
  const copy = new Map(files);
  edit(copy);
  await mkdir(target, { recursive: true });
  for (const [name, bytes] of copy) await writeFile(join(target, name), bytes);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-admin-index-'));
  indexDir = join(dir, 'index');
  await writeIndex(indexDir);
  // Beside and inside the index: files the folder holds that its index.json does not list.
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await writeFile(join(indexDir, 'requirements.en.txt'), SECRET);
  await mkdir(join(indexDir, 'sub'));
  await writeFile(join(indexDir, 'sub', 'index.json'), SECRET);
  const common = { port: 0, allowOrigins: [], adminToken: TOKEN, warn: () => undefined };
  withIndex = await startInquiryServer({ ...common, dataDir: join(dir, 'a'), indexDir });
  withoutIndex = await startInquiryServer({ ...common, dataDir: join(dir, 'b') });
  noToken = await startInquiryServer({ ...common, adminToken: undefined, dataDir: join(dir, 'c'), indexDir });
});

after(async () => {
  await Promise.all([withIndex?.close(), withoutIndex?.close(), noToken?.close()]);
  await rm(dir, { recursive: true, force: true });
});

/** GET `path` exactly as written (fetch would resolve `..` before sending it), body undecoded. */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, body: bytes.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the index at /admin/index/', () => {
  it('serves index.json and every file it lists, byte for byte, typed, under the page CSP, revalidated by ETag', async () => {
    assert.ok(LISTED.includes('requirements.en.3.txt') && LISTED.includes('titles.fr.tsv') && LISTED.includes('catalogue.txt'));
    for (const name of LISTED) {
      const res = await fetch(`${withIndex.url}/admin/index/${name}`, { headers: { 'accept-encoding': 'identity' } });
      assert.equal(res.status, 200, name);
      assert.deepEqual(new Uint8Array(await res.arrayBuffer()), files.get(name), name);
      const type = name.endsWith('.json') ? 'application/json' : name.endsWith('.tsv') ? 'text/tab-separated-values' : 'text/plain';
      assert.equal(res.headers.get('content-type'), `${type}; charset=utf-8`, name);
      assert.equal(res.headers.get('content-security-policy'), ADMIN_CSP);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin');
      // Not hashed names: a rebuilt index reuses them, so never "immutable".
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      for (const [header] of res.headers) assert.ok(!header.startsWith('access-control-'), header);
      const again = await fetch(`${withIndex.url}/admin/index/${name}`, {
        headers: { 'accept-encoding': 'identity', 'if-none-match': res.headers.get('etag')! },
      });
      assert.equal(again.status, 304, name);
    }
  });

  it('sends brotli or gzip when asked, each with its own ETag', async () => {
    const identity = await rawGet(withIndex.url, '/admin/index/programs.txt', { 'accept-encoding': 'identity' });
    const br = await rawGet(withIndex.url, '/admin/index/programs.txt', { 'accept-encoding': 'gzip, br' });
    const gz = await rawGet(withIndex.url, '/admin/index/programs.txt', { 'accept-encoding': 'gzip, br;q=0' });
    assert.deepEqual(
      [identity, br, gz].map((r) => r.headers['content-encoding']),
      [undefined, 'br', 'gzip'],
    );
    assert.deepEqual(new Uint8Array(identity.bytes), files.get('programs.txt'));
    assert.deepEqual(new Uint8Array(brotliDecompressSync(br.bytes)), files.get('programs.txt'));
    assert.deepEqual(new Uint8Array(gunzipSync(gz.bytes)), files.get('programs.txt'));
    assert.ok(br.bytes.length < identity.bytes.length / 2);
    assert.equal(new Set([identity, br, gz].map((r) => r.headers.etag)).size, 3);
    assert.ok([identity, br, gz].every((r) => r.headers.vary === 'Accept-Encoding'));
  });

  it('is 404 for every file the index does not list, and for the folder itself', async () => {
    const quotes = [...files.keys()].find((name) => name.startsWith('quotes.'))!;
    for (const path of [quotes, 'requirements.en.txt', 'sub/index.json', 'INDEX.JSON', 'index.json/', '', 'sub/', 'secret.txt']) {
      const res = await fetch(`${withIndex.url}/admin/index/${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), new RegExp(SECRET), path);
    }
    assert.equal((await fetch(`${withIndex.url}/admin/index`)).status, 404);
  });

  it('refuses hostile paths: .., encoded, absolute, backslashes', async () => {
    const hostile = [
      '/admin/index/../../secret.txt',
      '/admin/index/../index/../../secret.txt',
      '/admin/index/%2e%2e/%2e%2e/secret.txt',
      '/admin/index/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/admin/index/..%2f..%2fsecret.txt',
      '/admin/index/%252e%252e%252fsecret.txt',
      '/admin/index/..%5c..%5csecret.txt',
      '/admin/index/..\\..\\secret.txt',
      '/admin/index/\\..\\..\\secret.txt',
      `/admin/index/${dir}/secret.txt`,
      `/admin/index/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      '/admin/index//etc/passwd',
      '/admin/index/%2fetc%2fpasswd',
      '/admin/index/.',
      '/admin/index/%00index.json',
      '/admin/index/index.json%00',
    ];
    for (const path of hostile) {
      const res = await rawGet(withIndex.url, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, new RegExp(`${SECRET}|root:`), path);
    }
    // Resolved as every URL parser does, before any file is looked for: the page itself.
    assert.match((await rawGet(withIndex.url, '/admin/index/..')).body, /<mc-admin-inbox/);
  });

  it('refuses other methods', async () => {
    const res = await fetch(`${withIndex.url}/admin/index/index.json`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 405);
  });

  it('the page passes it to the inbox and the report only when the server has an index', async () => {
    const page = await (await fetch(`${withIndex.url}/admin/`)).text();
    assert.match(page, /<mc-admin-inbox endpoint="\/api\/inquiries" src="\/admin\/index\/index\.json"/);
    assert.match(page, /<mc-outcomes-report endpoint="\/api\/outcomes" src="\/admin\/index\/index\.json"/);
    const plain = await (await fetch(`${withoutIndex.url}/admin/`)).text();
    assert.match(plain, /<mc-admin-inbox endpoint="\/api\/inquiries" heading-level/);
    assert.doesNotMatch(plain, /\ssrc="\/admin/);
    assert.equal((await fetch(`${withoutIndex.url}/admin/index/index.json`)).status, 404);
  });

  it('is off with the rest of the admin side (no token): 404', async () => {
    assert.equal((await fetch(`${noToken.url}/admin/index/index.json`)).status, 404);
  });

  it('refuses to start on an index.json that lists a name outside its folder, or a file that does not match it', async () => {
    const outside = join(dir, 'outside');
    await writeIndex(outside, (copy) => {
      const json = JSON.parse(new TextDecoder().decode(copy.get('index.json'))) as { files: { catalogue: { path: string } } };
      json.files.catalogue.path = '..';
      copy.set('index.json', new TextEncoder().encode(JSON.stringify(json)));
    });
    await assert.rejects(
      startInquiryServer({ port: 0, allowOrigins: [], adminToken: TOKEN, dataDir: join(dir, 'd'), indexDir: outside }),
      /index\.json: lists "\.\.", which is not the name of a \.json, \.txt or \.tsv file in its folder/,
    );
    const changed = join(dir, 'changed');
    await writeIndex(changed, (copy) => copy.set('catalogue.txt', new TextEncoder().encode('changed after the build\n')));
    await assert.rejects(startInquiryServer({ port: 0, allowOrigins: [], adminToken: TOKEN, dataDir: join(dir, 'e'), indexDir: changed }), /catalogue\.txt/);
    // Nothing held: the data folders can be used at once.
    const again = await startInquiryServer({ port: 0, allowOrigins: [], adminToken: TOKEN, dataDir: join(dir, 'd'), indexDir });
    await again.close();
  });
});

for (const backend of [embeddedBackend(), postgresBackend()]) {
  describe(`the admin page's index on the ${backend.name}`, { timeout: 120_000 }, () => {
    after(() => backend.destroy());

    it('is served and passed to the page whatever the store', async () => {
      await backend.setUp();
      const server = await startInquiryServer({ port: 0, ...backend.options(), allowOrigins: [], adminToken: TOKEN, indexDir, warn: () => undefined });
      try {
        assert.match(await (await fetch(`${server.url}/admin/`)).text(), /src="\/admin\/index\/index\.json"/);
        const res = await fetch(`${server.url}/admin/index/index.json`);
        assert.equal(res.status, 200);
        assert.deepEqual(new Uint8Array(await res.arrayBuffer()), files.get('index.json'));
      } finally {
        await server.close();
        await backend.tearDown();
      }
    });
  });
}
