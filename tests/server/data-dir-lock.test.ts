/**
 * One server process per data folder: a second one on the same folder would lose the
 * inquiries the first acknowledged at its next rewrite of the log, so it refuses to start.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DataDirInUseError, DataDirLock, LOCK_FILE } from '../../src/server/data-dir-lock.js';
import { startDemoServer } from '../../src/server/demo-server.js';
import { EmbeddedStore } from '../../src/server/embedded-store.js';

const SERVER = new URL('../../src/server/inquiry-server.ts', import.meta.url).pathname;

let dir: string;
let warnings: string[];
const closing: Array<{ close(): Promise<void> }> = [];
const children: ChildProcess[] = [];

async function openStore(): Promise<EmbeddedStore> {
  const store = await EmbeddedStore.open({ dataDir: dir, warn: (m) => warnings.push(m) });
  closing.push(store);
  return store;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The inquiry server as a program on `dir`: resolves with its output once it listens, or once it exits. */
function runServer(): Promise<{ child: ChildProcess; started: boolean; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, '--port', '0', '--data-dir', dir, '--allow-origin', 'https://college.example'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const seen = (d: Buffer) => {
      output += d.toString();
      if (output.includes('inquiry endpoint on')) resolve({ child, started: true, output });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', () => resolve({ child, started: false, output }));
  });
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  return Number(pid);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-lock-'));
  warnings = [];
});
afterEach(async () => {
  for (const c of closing.splice(0).reverse()) await c.close();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('embedded store: one server process per data folder', () => {
  it('refuses a second server process on the folder, naming it and the first one pid, and frees it on SIGTERM', async () => {
    const first = await runServer();
    assert.ok(first.started, first.output);
    const second = await runServer();
    assert.equal(second.started, false, 'the second server did not start');
    assert.equal(second.child.exitCode, 1);
    assert.ok(second.output.includes(`data folder ${dir} is in use by another inquiry server (pid ${first.child.pid}),`), second.output);
    assert.match(second.output, /One server process per data folder.*--database-url/);
    assert.ok(second.output.includes(`If no server uses this folder, delete ${join(dir, LOCK_FILE)}.\n`), second.output);
    const stopped = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    assert.equal(await stopped, 0);
    assert.equal(await exists(join(dir, LOCK_FILE)), false, 'the lock is released on SIGTERM');
    const third = await runServer();
    assert.ok(third.started, third.output);
    third.child.kill('SIGINT');
    await new Promise((resolve) => third.child.once('exit', resolve));
    assert.equal(await exists(join(dir, LOCK_FILE)), false, 'the lock is released on SIGINT');
  });

  it('refuses a second store on the folder in the same process, and opens once the first is closed', async () => {
    const first = await openStore();
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number; startedAt: string };
    assert.equal(lock.pid, process.pid);
    assert.ok(Number.isFinite(Date.parse(lock.startedAt)));
    await assert.rejects(openStore(), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.ok(error.message.includes(`data folder ${dir} is in use by another store of this process`), error.message);
      return true;
    });
    await first.close();
    assert.equal(await exists(join(dir, LOCK_FILE)), false);
    await openStore();
  });

  it('takes over the lock of a process that is no longer running, saying so', async () => {
    const pid = deadPid();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    await openStore();
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, new RegExp(`taking over the lock of pid ${pid} .*no longer running`));
    assert.equal((JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid, process.pid);
  });

  it("takes over a lock with this process's pid that it did not take (a restarted container)", async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    await openStore();
    assert.match(warnings.join('\n'), new RegExp(`taking over the lock of pid ${process.pid}`));
  });

  it('lets only one of two servers starting at once take over a stale lock', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const warn = (m: string) => warnings.push(m);
    // The second one judges the lock stale as the first does, then is slower to take it over.
    const late = { beforeTakeover: () => new Promise<void>((resolve) => setTimeout(resolve, 60)) };
    const results = await Promise.allSettled([DataDirLock.acquire(dir, warn), DataDirLock.acquire(dir, warn, Date.now, late)]);
    const taken = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const lock of taken) closing.push({ close: () => lock.release() });
    assert.equal(taken.length, 1, results.map((r) => r.status).join(', '));
    const refused = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as Error;
    assert.ok(refused instanceof DataDirInUseError, String(refused));
    assert.match(refused.message, /is in use by another store of this process/);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.deepEqual(await readdir(dir), [LOCK_FILE], 'the lock is back in place and nothing is left aside');
    await taken[0]!.release();
    assert.equal(await exists(join(dir, LOCK_FILE)), false, 'the lock in place is the one that was taken');
  });

  it('lets only one of three servers starting at once take over a stale lock, whichever is slower', async () => {
    const warn = (m: string) => warnings.push(m);
    const pause = (ms: number) => ({ beforeTakeover: () => new Promise<void>((resolve) => setTimeout(resolve, ms)) });
    // [0, 60, 60]: the first takes the lock over; each later one then finds it fresh while the
    // other late one finds no lock at all. [0, 0, 0]: all three take it over at once.
    for (const delays of [
      [0, 60, 60],
      [0, 0, 0],
      [0, 60, 61],
      [0, 0, 60],
    ]) {
      for (let round = 0; round < 3; round++) {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir);
        warnings = [];
        await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
        const results = await Promise.allSettled(delays.map((ms) => DataDirLock.acquire(dir, warn, Date.now, pause(ms))));
        const taken = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        for (const lock of taken) await lock.release();
        const what = `delays ${delays.join(', ')}: ${results.map((r) => (r.status === 'fulfilled' ? 'taken' : String(r.reason))).join('; ')}`;
        assert.equal(taken.length, 1, what);
        for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof DataDirInUseError, what);
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.deepEqual(await readdir(dir), [], `${what}: the lock taken was the one in place, and nothing is left aside`);
      }
    }
  });

  it('refuses a stale lock another server is taking over, naming the claim it holds on it', async () => {
    const stale = JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' });
    const lock = join(dir, LOCK_FILE);
    const claim = `${lock}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
    await writeFile(lock, stale);
    // As a server that claimed the lock and is yet to delete it leaves it, or one killed meanwhile.
    await writeFile(claim, '{}');
    await assert.rejects(openStore(), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.ok(error.message.startsWith(`data folder ${dir}: another server starting now is taking over the lock ${lock} of pid `), error.message);
      assert.ok(error.message.endsWith(`If no server uses this folder, delete ${lock} and ${claim}.`), error.message);
      return true;
    });
    assert.deepEqual(warnings, []);
    assert.equal(await readFile(lock, 'utf8'), stale, 'the stale lock is left to the claim holder');
  });

  it('takes over a lock taken before this machine started, whose pid now runs another program', async () => {
    const beforeBoot = new Date(Date.now() - uptime() * 1000 - 3_600_000).toISOString();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: beforeBoot }));
    await openStore();
    assert.match(warnings.join('\n'), new RegExp(`taking over the lock of pid ${process.ppid} .*before this machine started`));
  });

  it('refuses the lock of a process of this host running since it was taken, saying which file to delete if it is left over', async () => {
    const lock = join(dir, LOCK_FILE);
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() }));
    await assert.rejects(openStore(), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.ok(error.message.includes(`is in use by another inquiry server (pid ${process.ppid}), started`), error.message);
      assert.ok(error.message.endsWith(`If no server uses this folder, delete ${lock}.`), error.message);
      return true;
    });
  });

  it('refuses the lock of another host, which it cannot check, saying what to do if that host is gone', async () => {
    const lock = join(dir, LOCK_FILE);
    const pid = deadPid();
    await writeFile(lock, JSON.stringify({ pid, host: 'other-container', startedAt: '2026-01-01T00:00:00.000Z' }));
    await assert.rejects(openStore(), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.ok(error.message.startsWith(`data folder ${dir} is in use by another inquiry server (pid ${pid} on host other-container,`), error.message);
      assert.ok(
        error.message.endsWith(
          `If that server is truly gone (its host or container stopped for good, or it no longer serves this folder), delete ${lock} and start again.`,
        ),
        error.message,
      );
      return true;
    });
    assert.equal(JSON.parse(await readFile(lock, 'utf8')).host, 'other-container', 'the lock is left in place');
    await writeFile(lock, '');
    await assert.rejects(openStore(), /cannot be read/);
  });

  it('covers the demo server: a second one on the same ./var refuses to start', async () => {
    const demo = await startDemoServer({ port: 0, root: dir, dataDir: join(dir, 'var') });
    closing.push(demo);
    const other = await startDemoServer({ port: 0, root: dir, dataDir: join(dir, 'var') }).then(
      async (started) => {
        await started.close();
        return 'started';
      },
      (error: unknown) => error,
    );
    assert.ok(other instanceof DataDirInUseError, String(other));
  });
});
