import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_CSP, startDemoServer } from '../../src/server/demo-server.js';

let root: string;
let demo: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'mc-demo-'));
  await mkdir(join(root, 'demo', 'data'), { recursive: true });
  await mkdir(join(root, 'var'), { recursive: true });
  await mkdir(join(root, 'src'), { recursive: true });
  await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(root, 'demo', 'data', 'index.json'), '{"schemaVersion":1}');
  await writeFile(join(root, 'var', 'inquiries.jsonl'), '{"email":"private@example.org"}\n');
  await writeFile(join(root, 'src', 'secret.ts'), 'export {}');
  demo = await startDemoServer({ port: 0, root, dataDir: join(root, 'var') });
});
after(async () => {
  await demo.close();
  await rm(root, { recursive: true, force: true });
});

describe('demo server', () => {
  it('serves demo pages with the strict CSP and redirects / to /demo/', async () => {
    const home = await fetch(`${demo.url}/`, { redirect: 'manual' });
    assert.equal(home.status, 302);
    assert.equal(home.headers.get('location'), '/demo/');
    const page = await fetch(`${demo.url}/demo/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), DEMO_CSP);
    assert.match(DEMO_CSP, /script-src 'self';/);
    assert.match(DEMO_CSP, /require-trusted-types-for 'script'/);
  });

  it('serves index data with an ETag and answers 304 to If-None-Match', async () => {
    const res = await fetch(`${demo.url}/demo/data/index.json`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '{"schemaVersion":1}');
    const etag = res.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${demo.url}/demo/data/index.json`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });

  it('never serves stored inquiries, sources, dotfiles or paths outside the root', async () => {
    for (const path of [
      '/var/inquiries.jsonl',
      '/src/secret.ts',
      '/demo/../var/inquiries.jsonl',
      '/demo/%2e%2e/var/inquiries.jsonl',
      '/demo/.hidden',
      '/.git/config',
    ]) {
      const res = await fetch(`${demo.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /private@example/);
    }
  });

  it('answers the inquiry endpoint for its own origin', async () => {
    const res = await fetch(`${demo.url}/api/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: demo.url, 'access-control-request-method': 'POST' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), demo.url);
  });
});
