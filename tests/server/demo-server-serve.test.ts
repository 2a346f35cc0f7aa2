import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ownIndexPage, PortInUseError, startDemoServer } from '../../src/server/demo-server.js';
import { chooseEncoding } from '../../src/server/accept-encoding.js';

let root: string;
let own: string;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
const PAGE = `<!doctype html><title>Demo</title>${'<p>Plan your next step.</p>'.repeat(200)}`;

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${demo.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'mc-demo-serve-'));
  own = await mkdtemp(join(tmpdir(), 'mc-own-index-'));
  await mkdir(join(root, 'demo', 'data', 'sample'), { recursive: true });
  await writeFile(join(root, 'demo', 'index.html'), PAGE);
  await writeFile(join(root, 'demo', 'favicon.png'), Buffer.alloc(2000, 7));
  await writeFile(
    join(root, 'demo', 'banner.html'),
    '<p class="sample-banner" data-index-banner>\n  SAMPLE DATA: occupations are real NOC 2021 titles; figures and programs are invented for demonstration. An inquiry sent here is kept by the demo server.\n</p>' +
      '<p class="sample-banner">SAMPLE DATA: invented counts for a fictional college, for demonstration. Not real outcomes.</p>',
  );
  await writeFile(
    join(root, 'demo', 'labels.html'),
    '<title data-own-index="Career centre (your index)">\n  Career centre (sample data)\n</title>' +
      '<footer>Titles: NOC 2021. <span data-own-index="Every program comes from your index."\n  >Every program is sample data.</span\n></footer>',
  );
  await writeFile(join(root, 'demo', 'data', 'sample', 'index.json'), '{"sample":true}');
  await writeFile(join(root, 'demo', 'data', 'sample', 'programs.txt'), 'sample programs');
  await writeFile(join(own, 'index.json'), '{"own":true}');
  await writeFile(join(own, '..', 'mc-outside.json'), '{"outside":true}');
  demo = await startDemoServer({ port: 0, root, dataDir: join(root, 'var'), indexDir: own });
});
after(async () => {
  await demo.close();
  await rm(root, { recursive: true, force: true });
  await rm(own, { recursive: true, force: true });
  await rm(join(own, '..', 'mc-outside.json'), { force: true });
});

describe('demo server: compression', () => {
  it('sends brotli when the browser accepts it, with Vary and a smaller body that decodes to the file', async () => {
    const res = await get('/demo/', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers['vary'], 'Accept-Encoding');
    assert.equal(res.headers['content-length'], undefined);
    assert.ok(res.body.length < PAGE.length / 5, `${res.body.length} bytes for a ${PAGE.length}-byte page`);
    assert.equal(brotliDecompressSync(res.body).toString(), PAGE);
  });

  it('sends gzip to a browser without brotli, and plain bytes to one that accepts neither', async () => {
    const gz = await get('/demo/', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), PAGE);
    for (const accept of ['identity', 'br;q=0, gzip;q=0', '']) {
      const plain = await get('/demo/', accept ? { 'accept-encoding': accept } : {});
      assert.equal(plain.headers['content-encoding'], undefined, accept);
      assert.equal(plain.headers['vary'], 'Accept-Encoding', accept);
      assert.equal(plain.body.toString(), PAGE, accept);
      assert.equal(plain.headers['content-length'], String(PAGE.length), accept);
    }
  });

  it('leaves images alone', async () => {
    const res = await get('/demo/favicon.png', { 'accept-encoding': 'br, gzip' });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.body.length, 2000);
  });

  it('gives each encoding its own ETag and answers 304 to the matching one only', async () => {
    const br = await get('/demo/', { 'accept-encoding': 'br' });
    const gz = await get('/demo/', { 'accept-encoding': 'gzip' });
    assert.notEqual(br.headers.etag, gz.headers.etag);
    const again = await get('/demo/', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.headers['content-encoding'], 'br');
    const other = await get('/demo/', { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) });
    assert.equal(other.status, 200);
  });

  it('reads q-values in Accept-Encoding', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('BR;Q=0.5'), 'br');
    assert.equal(chooseEncoding('deflate'), null);
    assert.equal(chooseEncoding(undefined), null);
  });
});

describe('demo server: your own index (MC_INDEX_DIR)', () => {
  it('says in the banners of the pages that show it that the data is that index, not the invented sample', async () => {
    const res = await get('/demo/banner.html', { 'accept-encoding': 'identity' });
    const html = res.body.toString();
    assert.match(
      html,
      /<p class="sample-banner" data-index-banner>\s*YOUR INDEX: [^<]*MC_INDEX_DIR[^<]*not from the invented sample[^<]*\. An inquiry sent here is kept/,
    );
    assert.doesNotMatch(html, /occupations are real NOC 2021 titles; figures and programs are invented/);
    // A banner about other data (invented outcome counts) stays as it is.
    assert.match(html, /<p class="sample-banner">SAMPLE DATA: invented counts for a fictional college/);
    assert.equal(res.headers['content-length'], String(res.body.length));
    // Every page of the demo that loads the index marks its banner so, and says "sample data" nowhere else.
    for (const page of ['career-centre', 'employer', 'index', 'institution', 'playground', 'theming']) {
      const text = await readFile(join(import.meta.dirname, '../../demo', `${page}.html`), 'utf8');
      assert.match(text, /sample data/i, page);
      assert.match(ownIndexPage(text), /YOUR INDEX:/, page);
      assert.doesNotMatch(ownIndexPage(text), /sample data|sample occupations/i, page);
      assert.match(ownIndexPage(text), /<title[^>]*>[^<]*\(.*your index\)<\/title>/, page);
    }
  });

  it('says so in the page title and the footer too, where they said "sample data"', async () => {
    const html = (await get('/demo/labels.html', { 'accept-encoding': 'identity' })).body.toString();
    assert.match(html, /<title data-own-index="[^"]*">Career centre \(your index\)<\/title>/);
    assert.match(html, /<footer>Titles: NOC 2021\. <span data-own-index="[^"]*"\n {2}>Every program comes from your index\.<\/span\n><\/footer>/);
    assert.doesNotMatch(html, /sample data/);
  });

  it('leaves every page as it is when the index served says it is sample data', async () => {
    const sampleDir = await mkdtemp(join(tmpdir(), 'mc-sample-index-'));
    await writeFile(join(sampleDir, 'index.json'), '{"schemaVersion":1,"sample":true}');
    // Its own data folder: the first demo server still holds the lock on root/var.
    const other = await startDemoServer({ port: 0, root, dataDir: join(sampleDir, 'var'), indexDir: sampleDir });
    try {
      for (const page of ['banner', 'labels']) {
        const res = await fetch(`${other.url}/demo/${page}.html`);
        assert.equal(await res.text(), await readFile(join(root, 'demo', `${page}.html`), 'utf8'), page);
      }
    } finally {
      await other.close();
      await rm(sampleDir, { recursive: true, force: true });
    }
  });

  it('serves the chosen folder where the pages load the sample, and nothing above it', async () => {
    const res = await get('/demo/data/sample/index.json');
    assert.equal(res.status, 200);
    assert.equal(res.body.toString(), '{"own":true}');
    assert.equal((await get('/demo/data/sample/programs.txt')).status, 404);
    for (const path of ['/demo/data/sample/../mc-outside.json', '/demo/data/sample/%2e%2e/mc-outside.json', '/demo/data/sample/..%2fmc-outside.json']) {
      const out = await get(path);
      assert.notEqual(out.status, 200, path);
      assert.doesNotMatch(out.body.toString(), /outside/, path);
    }
  });
});

describe('demo server: a busy port', () => {
  it('rejects with PortInUseError naming PORT', async () => {
    const port = Number(new URL(demo.url).port);
    await assert.rejects(startDemoServer({ port, root, dataDir: join(root, 'var') }), (error: unknown) => {
      assert.ok(error instanceof PortInUseError);
      assert.equal(error.code, 'port-in-use');
      assert.match(error.message, new RegExp(`Port ${port} is already in use.*PORT=\\d+ npm start`));
      return true;
    });
  });

  it('prints one line with the fix, no stack trace, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../src/server/demo-server.ts')], {
        // The repository as cwd, for tsx; the server stops before it opens its store in ./var.
        env: { ...process.env, PORT: String(port) },
        cwd: join(import.meta.dirname, '../..'),
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      assert.equal(code, 1);
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0]!, new RegExp(`Port ${port} is already in use.*PORT=`));
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });
});
