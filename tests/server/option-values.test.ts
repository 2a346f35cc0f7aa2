/**
 * Allowed origins and the port are read the same way by every entry point: the inquiry
 * server's command line, the demo server's environment and `createInquiryHandler`. An origin
 * typed with a trailing slash or capitals would otherwise refuse every inquiry (403) silently.
 */
import assert from 'node:assert/strict';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { LOCK_FILE } from '../../src/server/data-dir-lock.js';
import { demoOptionsFromEnv, startDemoServer } from '../../src/server/demo-server.js';
import { startInquiryServer } from '../../src/server/inquiry-server.js';
import { listenPort, normalizeOrigin } from '../../src/server/option-values.js';

let dir: string;
const closing: Array<{ close(): Promise<void> }> = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-options-'));
});
afterEach(async () => {
  for (const c of closing.splice(0)) await c.close();
  await rm(dir, { recursive: true, force: true });
});

/** The preflight answer of `url`'s inquiry endpoint to a page of `origin`. */
async function preflight(url: string, origin: string): Promise<{ status: number; allowed: string | null }> {
  const res = await fetch(`${url}/api/inquiries`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
  return { status: res.status, allowed: res.headers.get('access-control-allow-origin') };
}

describe('allowed origins and the port, for every entry point', () => {
  it('takes an origin as browsers send it: a trailing slash dropped, the host in lower case, the default port left out', () => {
    assert.equal(normalizeOrigin('x', 'https://College.Example/'), 'https://college.example');
    assert.equal(normalizeOrigin('x', 'http://localhost:8000'), 'http://localhost:8000');
    assert.equal(normalizeOrigin('x', 'https://college.example:443'), 'https://college.example');
    for (const text of [
      'college.example',
      'https://college.example/apply',
      'https://college.example/?a',
      'ftp://college.example',
      'https://u@college.example',
    ]) {
      assert.throws(() => normalizeOrigin('MC_ALLOW_ORIGIN', text), {
        message: `MC_ALLOW_ORIGIN: "${text}" is not an origin; expected scheme://host[:port] with no path, like https://college.example`,
      });
    }
  });

  it('createInquiryHandler accepts pages of an origin given with a trailing slash and capitals', async () => {
    const server = await startInquiryServer({ port: 0, dataDir: dir, allowOrigins: ['https://College.example/'], warn: () => undefined });
    closing.push(server);
    assert.deepEqual(await preflight(server.url, 'https://college.example'), { status: 204, allowed: 'https://college.example' });
    assert.equal((await preflight(server.url, 'https://other.example')).status, 403);
  });

  it('createInquiryHandler refuses what is not an origin before it opens the store', async () => {
    await assert.rejects(
      startInquiryServer({ port: 0, dataDir: dir, allowOrigins: ['college.example'] }),
      /^Error: allowOrigins: "college.example" is not an origin/,
    );
    await assert.rejects(access(join(dir, LOCK_FILE)), 'no lock is left on the folder');
  });

  it('the demo server reads $MC_ALLOW_ORIGIN and $PORT as the inquiry server reads its flags and $PORT', async () => {
    const options = demoOptionsFromEnv({ MC_ALLOW_ORIGIN: 'https://Host.example:8000/, http://other.example', PORT: '9000' });
    assert.deepEqual(options.allowOrigins, ['https://host.example:8000', 'http://other.example']);
    assert.equal(options.port, 9000);
    assert.equal(demoOptionsFromEnv({}).port, 8000);
    assert.throws(() => demoOptionsFromEnv({ PORT: 'web' }), { message: '$PORT: expected a whole number from 0, got "web"' });
    assert.throws(() => demoOptionsFromEnv({ MC_ALLOW_ORIGIN: 'host.example:8000' }), /^Error: MC_ALLOW_ORIGIN: "host.example:8000" is not an origin/);
    assert.equal(listenPort('8123', { PORT: 'web' }, 8787), 8123, '--port wins over $PORT');
    const demo = await startDemoServer({ port: 0, root: dir, dataDir: join(dir, 'var'), allowOrigins: ['https://host.example:8000/'] });
    closing.push(demo);
    assert.equal((await preflight(demo.url, 'https://host.example:8000')).status, 204);
  });
});
