/**
 * The inquiry server's command line: --help, $PORT, --allow-origin as operators type it, and
 * the warning of a server no browser page can use.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { parseServerArgs, SERVER_OPTIONS, startupWarnings, wantsHelp } from '../../src/server/inquiry-server.js';

const SERVER = new URL('../../src/server/inquiry-server.ts', import.meta.url).pathname;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Run the program until it exits, or until its output shows `until` (then SIGTERM); its output and exit code. */
function run(args: string[], env: Record<string, string> = {}, until?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const seen = () => {
    if (until?.test(`${stdout}${stderr}`) && !child.killed) child.kill('SIGTERM');
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    seen();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    seen();
  });
  // 'close', not 'exit': all of the output has been read by then.
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('inquiry server: command line', () => {
  it('prints every flag for --help (and -h) and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([flag]);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^Usage: node dist\/server\/inquiry-server\.js/);
      for (const name of Object.keys(SERVER_OPTIONS)) assert.ok(stdout.includes(`--${name}`), `--${name} in the usage`);
      assert.match(stdout, /--host ADDRESS +address to listen on \(default 127\.0\.0\.1; 0\.0\.0\.0 behind/);
      assert.match(stdout, /--allow-origin ORIGIN[^]*repeat for each/);
    }
  });

  it('prints the usage for --help before checking anything else: $PORT, the admin token, unknown flags, origins', async () => {
    const cases: Array<[string[], Record<string, string>]> = [
      [['--help'], { PORT: 'web' }],
      [['-h'], { MICROCRED_ADMIN_TOKEN: 'short' }],
      [['--help', '--bogus'], {}],
      [['--bogus', '-h', '--allow-origin', 'college.example'], {}],
    ];
    for (const { code, stdout, stderr } of await Promise.all(cases.map(([args, env]) => run(args, env)))) {
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^Usage: node dist\/server\/inquiry-server\.js/);
      assert.equal(stderr, '');
    }
    assert.equal(wantsHelp(['--port', '8787', '--allow-origin', 'https://college.example']), false);
  });

  it('listens on $PORT when --port is not given; --port wins', () => {
    assert.equal(parseServerArgs([], {}).port, 8787);
    assert.equal(parseServerArgs([], { PORT: '9123' }).port, 9123);
    assert.equal(parseServerArgs(['--port', '9124'], { PORT: '9123' }).port, 9124);
    assert.throws(() => parseServerArgs([], { PORT: 'http' }), /^Error: \$PORT: expected a whole number from 0, got "http"$/);
  });

  it('takes --allow-origin as browsers send Origin: repeated, a trailing slash dropped', () => {
    const { allowOrigins } = parseServerArgs(['--allow-origin', 'https://college.example/', '--allow-origin', 'http://localhost:8000'], {});
    assert.deepEqual(allowOrigins, ['https://college.example', 'http://localhost:8000']);
  });

  it('names the flag and the form of an origin when one is not an origin', () => {
    for (const text of ['college.example', 'https://college.example/apply', 'localhost:8000']) {
      assert.throws(
        () => parseServerArgs(['--allow-origin', text], {}),
        (error: Error) =>
          error.message === `--allow-origin: "${text}" is not an origin; expected scheme://host[:port] with no path, like https://college.example`,
      );
    }
  });

  it('warns at start that every browser page will be refused when no --allow-origin is given', { timeout: 30_000 }, async () => {
    assert.deepEqual(startupWarnings({ allowOrigins: ['https://college.example'] }), []);
    const dir = await mkdtemp(join(tmpdir(), 'mc-cli-'));
    try {
      const { stdout, stderr } = await run(['--port', '0', '--data-dir', dir], {}, /^warning: no --allow-origin/m);
      assert.match(stdout, /inquiry endpoint on/, stderr);
      assert.match(stderr, /^warning: no --allow-origin: every browser page will be refused \(403 origin-not-allowed\)/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
