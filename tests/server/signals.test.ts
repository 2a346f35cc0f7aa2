/**
 * Ctrl-C and SIGTERM stop the servers even when closing fails, saying why, and a second
 * signal stops them at once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';

const CHILD = new URL('../fixtures/server/signals-child.ts', import.meta.url).pathname;

/** Run the child with `mode`, send `signals` one after the other, each once the child printed the line before it. */
function run(mode: string, signals: NodeJS.Signals[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // `ready` before the first signal, `closing` before the second.
  const waits = ['ready\n', 'closing\n'];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    while (signals.length > 0 && stdout.includes(waits[0]!)) {
      waits.shift();
      child.kill(signals.shift());
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('servers as programs: SIGINT and SIGTERM', { timeout: 30_000 }, () => {
  it('exits 0 once closed', async () => {
    const { code, stdout } = await run('resolve', ['SIGTERM']);
    assert.equal(code, 0);
    assert.equal(stdout, 'ready\nclosing\n');
  });

  it('exits 1 with the reason when closing fails, instead of hanging', async () => {
    const { code, stderr } = await run('reject', ['SIGINT']);
    assert.equal(code, 1);
    assert.equal(stderr, 'closing the server: ENOSPC: no space left on device, write\n');
  });

  it('closes once: a second signal while closing exits at once', async () => {
    const { code, stdout, stderr } = await run('hang', ['SIGINT', 'SIGINT']);
    assert.equal(code, 1);
    assert.equal(stdout, 'ready\nclosing\n');
    assert.equal(stderr, 'stopped before the server had closed\n');
  });
});
