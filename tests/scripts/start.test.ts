/**
 * `npm start` runs the demo server as a child: stopping start.ts alone (`kill <pid>`, a
 * supervisor) must stop the server too, which otherwise keeps ./var/server.lock and the port.
 * start.ts runs here from a copy whose `npm` (the build steps) does nothing and whose
 * dist/server/demo-server.js is a stand-in that says which signals reach it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';

const SCRIPTS = new URL('../../scripts/', import.meta.url).pathname;
const POSIX = process.platform === 'win32' ? 'signals are POSIX' : false;

/** Says it runs (once it listens for signals), then each signal it gets, and exits with 3 a moment after the first one. */
const STAND_IN = `
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    process.stdout.write('got ' + signal + '\\n');
    setTimeout(() => process.exit(3), 200);
  });
}
process.stdout.write('server ' + process.pid + '\\n');
setInterval(() => {}, 1000);
`;

let root: string;
let servers: number[];

const runs = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** start.ts, once the server it started said it runs: its output so far is `output()`. */
async function start(options: { detached?: boolean } = {}) {
  const env = { ...process.env, MC_REBUILD: '1', PATH: `${join(root, 'bin')}${delimiter}${process.env.PATH}` };
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'], ...options });
  let text = '';
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const server = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => {
      text += data.toString();
      const pid = /server (\d+)\n/.exec(text)?.[1];
      if (pid) resolve(Number(pid));
    });
    void exited.then(() => reject(new Error(`start.ts exited before the server ran: ${text}`)));
  });
  servers.push(server);
  return { child, server, exited, output: () => text };
}

const signalsGot = (output: string) => [...output.matchAll(/got (\w+)/g)].map((m) => m[1]);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mc-start-'));
  servers = [];
  await mkdir(join(root, 'scripts'));
  await mkdir(join(root, 'dist/server'), { recursive: true });
  await mkdir(join(root, 'bin'));
  for (const file of ['start.ts', 'up-to-date.ts']) await copyFile(join(SCRIPTS, file), join(root, 'scripts', file));
  await writeFile(join(root, 'dist/server/demo-server.js'), STAND_IN);
  await writeFile(join(root, 'bin/npm'), '#!/bin/sh\nexit 0\n');
  await chmod(join(root, 'bin/npm'), 0o755);
});
afterEach(async () => {
  // An orphaned server (the bug this covers) must not outlive the test.
  for (const pid of servers) if (runs(pid)) process.kill(pid, 'SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('npm start: stopping start.ts stops the demo server', { skip: POSIX }, () => {
  for (const [sent, got] of [
    ['SIGTERM', 'SIGTERM'],
    ['SIGINT', 'SIGINT'],
    ['SIGHUP', 'SIGTERM'],
  ] as const) {
    it(`passes ${sent} sent to start.ts alone on to the server${sent === got ? '' : ` as ${got}`}, and exits with its status`, async () => {
      const { child, server, exited, output } = await start();
      child.kill(sent);
      const { code } = await exited;
      assert.deepEqual(signalsGot(output()), [got], output());
      assert.equal(code, 3, 'the server status');
      assert.equal(runs(server), false, 'the server stopped');
    });
  }

  it('passes Ctrl-C on once, though npm and tsx repeat it', async () => {
    const { child, server, exited, output } = await start({ detached: true });
    // Ctrl-C goes to the terminal's process group, start.ts's; npm and tsx send it again.
    process.kill(-child.pid!, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 30));
    process.kill(-child.pid!, 'SIGINT');
    assert.equal((await exited).code, 3);
    assert.deepEqual(signalsGot(output()), ['SIGINT'], 'the server closes, not told to stop at once by a second signal');
    assert.equal(runs(server), false);
  });

  it('exits with 128 + the signal that ended the server', async () => {
    const { server, exited } = await start();
    process.kill(server, 'SIGKILL');
    assert.equal((await exited).code, 128 + constants.signals.SIGKILL);
  });
});
