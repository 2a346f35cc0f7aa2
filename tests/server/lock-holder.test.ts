/**
 * A lock's pid is judged only where it was read: on this host, in this boot and in this pid
 * namespace (containers sharing a volume number their processes apart). Elsewhere the lock is
 * refused, never taken over; older locks, without those fields, are judged as they were.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DataDirInUseError, DataDirLock, LOCK_FILE } from '../../src/server/data-dir-lock.js';
import { thisHolder, type Holder } from '../../src/server/lock-holder.js';

const LINUX = process.platform === 'linux' ? false : 'the boot id, pid namespace and process start come from /proc';

let dir: string;
let warnings: string[];
const taken: DataDirLock[] = [];

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/** Field 22 of /proc/<pid>/stat, read here apart from the code under test. */
function startTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
}

/** Leave a lock like this process's own, with `fields` changed. */
async function leaveLock(fields: Partial<Holder> & Record<string, unknown>): Promise<void> {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ ...thisHolder(Date.now()), ...fields }));
}

async function acquire(): Promise<DataDirLock> {
  const lock = await DataDirLock.acquire(dir, (m) => warnings.push(m));
  taken.push(lock);
  return lock;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-lock-holder-'));
  warnings = [];
});
afterEach(async () => {
  for (const lock of taken.splice(0)) await lock.release();
  await rm(dir, { recursive: true, force: true });
});

describe('server lock: who holds it, and whether that can be checked from here', () => {
  it('records the host, the boot id, the pid namespace and the start of this process', { skip: LINUX }, async () => {
    await acquire();
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as Holder;
    assert.equal(lock.boot, (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim());
    assert.match(lock.pidNamespace ?? '', /^pid:\[\d+\]$/);
    assert.equal(lock.processStart, startTicks(process.pid));
  });

  it('refuses the lock of another container of this host, whose pid is not running here', { skip: LINUX }, async () => {
    const pid = deadPid();
    await leaveLock({ pid, pidNamespace: 'pid:[1]' });
    await assert.rejects(acquire(), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.ok(error.message.includes(`(pid ${pid} in another container (pid namespace) on host `), error.message);
      assert.match(error.message, /If that server is truly gone .* delete .*server\.lock and start again\.$/);
      return true;
    });
    assert.deepEqual(warnings, []);
  });

  it('takes over a lock of an earlier boot of this host, even one taken a moment ago by a pid running now', { skip: LINUX }, async () => {
    await leaveLock({ pid: process.ppid, boot: '00000000-0000-4000-8000-000000000000' });
    await acquire();
    assert.match(warnings.join('\n'), new RegExp(`taking over the lock of pid ${process.ppid} .*before this machine last started`));
  });

  it('takes over a lock whose pid now belongs to another program, and refuses it while its holder runs', { skip: LINUX }, async () => {
    await leaveLock({ pid: process.ppid, processStart: startTicks(process.ppid) });
    await assert.rejects(
      acquire(),
      new RegExp(`is in use by another inquiry server \\(pid ${process.ppid}\\), started .* If no server uses this folder, delete `),
    );
    await leaveLock({ pid: process.ppid, processStart: startTicks(process.ppid) - 1 });
    await acquire();
    assert.match(warnings.join('\n'), new RegExp(`taking over the lock of pid ${process.ppid} .*now belongs to another program`));
  });

  it('refuses a lock this very process wrote without holding it yet (another of its stores opening the folder)', { skip: LINUX }, async () => {
    await leaveLock({});
    await assert.rejects(acquire(), /is in use by another store of this process/);
    await leaveLock({ processStart: startTicks(process.pid) - 1 });
    await acquire();
    assert.match(warnings.join('\n'), /its pid is this process, which did not take it/);
  });

  it('reads a lock written before hosts were recorded as one of this host', async () => {
    const pid = deadPid();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString() }));
    await assert.rejects(acquire(), new RegExp(`is in use by another inquiry server \\(pid ${process.ppid}\\), started `));
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z' }));
    await acquire();
    assert.match(warnings.join('\n'), new RegExp(`taking over the lock of pid ${pid} .*no longer running`));
  });
});
