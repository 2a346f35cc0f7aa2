/**
 * The lease on the data folder's lock. A container restarted after a crash cannot judge the pid
 * its earlier self left (another pid namespace): it waits for that lock's lease and takes the
 * folder over once nobody refreshes it, without a person deleting the lock. A server that
 * refreshes its lock keeps it; one whose lock was replaced stops writing.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DataDirInUseError, DataDirLock, LOCK_FILE } from '../../src/server/data-dir-lock.js';
import { EmbeddedStore } from '../../src/server/embedded-store.js';
import { thisHolder } from '../../src/server/lock-holder.js';
import { StoreUnavailableError, type StoredInquiry } from '../../src/server/store.js';
import { learner } from '../fixtures/core/inquiries.js';

let dir: string;
let lock: string;
let warnings: string[];
const closing: Array<{ close(): Promise<void> }> = [];
const warn = (m: string) => warnings.push(m);

/** The lock a server of another container of this host left, refreshed `ageMs` ago by the filesystem's clock. */
async function leaveContainerLock(ageMs: number, fields: Record<string, unknown> = {}): Promise<string> {
  const text = JSON.stringify({ ...thisHolder(Date.now()), pid: 1, pidNamespace: 'pid:[4026532999]', refreshMs: 10_000, ...fields });
  await writeFile(lock, text);
  const at = ((await stat(lock)).mtimeMs - ageMs) / 1000;
  await utimes(lock, at, at);
  return text;
}

/** Start-up waits that take no time: the lock ages by each wait all the same. */
function fakeTime(onWait: (ms: number) => Promise<void> = async () => undefined) {
  const waits: number[] = [];
  const passed = () => waits.reduce((a, b) => a + b, 0);
  return {
    waits,
    passed,
    sleep: async (ms: number) => {
      waits.push(ms);
      await onWait(ms);
    },
  };
}

async function acquire(options: Parameters<typeof DataDirLock.acquire>[3] = {}): Promise<DataDirLock> {
  const taken = await DataDirLock.acquire(dir, warn, Date.now, options);
  closing.push({ close: () => taken.release() });
  return taken;
}

/** Put `text` in place of the lock in one step (a refresh never finds it missing). */
async function replaceLock(text: string): Promise<void> {
  await writeFile(`${lock}.new`, text);
  await rename(`${lock}.new`, lock);
}

function record(key: string): StoredInquiry {
  return {
    id: `id-${key}`,
    key,
    bodySha256: 'a'.repeat(64),
    receivedAt: new Date().toISOString(),
    inquiry: { ...learner, name: `Person ${key}` } as StoredInquiry['inquiry'],
  };
}

/** `promise`, or a failure after `ms`; its timer keeps the test alive meanwhile (the lease timer does not). */
function within<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`nothing after ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Resolves with what `onLost` is told, and how often. */
function lostSignal() {
  const told: string[] = [];
  let resolve!: (message: string) => void;
  const once = new Promise<string>((r) => (resolve = r));
  return { told, once, onLost: (message: string) => (told.push(message), resolve(message)) };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-lease-'));
  lock = join(dir, LOCK_FILE);
  warnings = [];
});
afterEach(async () => {
  for (const c of closing.splice(0).reverse()) await c.close();
  await rm(dir, { recursive: true, force: true });
});

describe('server lock lease: a lock whose pid cannot be judged here', () => {
  it("takes over a crashed container's lock once its lease has expired, and not before", async () => {
    const crashed = await leaveContainerLock(5_000);
    const time = fakeTime(async () => {
      assert.equal(await readFile(lock, 'utf8'), crashed, 'the lock is left in place while its lease runs');
    });
    await acquire(time);
    // 3 refreshes of 10 s missed and 15 s of margin, 5 s of which had passed.
    assert.ok(time.passed() >= 39_000 && time.passed() <= 41_000, `waited ${time.passed()} ms`);
    assert.equal(JSON.parse(await readFile(lock, 'utf8')).pid, process.pid);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0]!, /held by pid 1 in another container \(pid namespace\) on host .*; its lease was refreshed 5 s ago\. Waiting up to 40 s/);
    assert.match(
      warnings[1]!,
      /taking over the lock of pid 1 .*: it is in another container .*its lease expired: not refreshed for 45 s, where its server refreshes it every 10 s$/,
    );
    assert.deepEqual(await readdir(dir), [LOCK_FILE], 'no probe or claim file is left');
  });

  it('takes over at once a lock whose lease expired long ago (a host down for an hour)', async () => {
    await leaveContainerLock(3_600_000, { host: 'other-host' });
    const time = fakeTime();
    await acquire(time);
    assert.deepEqual(time.waits, []);
    assert.match(warnings.join('\n'), /taking over the lock of pid 1 .*: it is on host other-host, and its lease expired: not refreshed for 3600 s/);
  });

  it('waits no more than one lease period for a lock whose mtime is ahead of the filesystem clock', async () => {
    await leaveContainerLock(-3_600_000);
    const time = fakeTime();
    await acquire(time);
    assert.equal(time.passed(), 45_000);
    assert.match(warnings.join('\n'), /taking over the lock of pid 1 .*lease expired: not refreshed for 45 s/);
  });

  it('refuses to start, without waiting out the lease, when the holder refreshes its lock meanwhile', async () => {
    const held = await leaveContainerLock(5_000);
    // The holder's refresh: the same text, written again.
    const time = fakeTime(() => writeFile(lock, held));
    await assert.rejects(acquire(time), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError, String(error));
      assert.match(
        error.message,
        /^data folder .* is in use by another inquiry server \(pid 1 in another container \(pid namespace\) on host [^)]*\), started /,
      );
      assert.match(error.message, /it refreshed its lease on the folder while this one waited, so it runs\./);
      assert.ok(error.message.endsWith('a server started later takes the folder over once the lock has not been refreshed for 45 s.'), error.message);
      return true;
    });
    assert.equal(time.waits.length, 1);
    assert.equal(await readFile(lock, 'utf8'), held);
  });

  it('does not take over a lock its holder refreshed after it was judged expired (a paused server woken up)', async () => {
    const held = await leaveContainerLock(3_600_000);
    const time = fakeTime(() => writeFile(lock, held));
    // Judged expired; the holder wakes and refreshes before the lock is deleted.
    await assert.rejects(acquire({ ...time, beforeTakeover: () => writeFile(lock, held) }), /it refreshed its lease on the folder while this one waited/);
    assert.equal(await readFile(lock, 'utf8'), held);
    assert.ok(!warnings.some((w) => w.includes('taking over')), warnings.join('\n'));
    assert.deepEqual(await readdir(dir), [LOCK_FILE], 'the claim is let go');
  });

  it("never takes over a running server's lock, however long it is watched", async () => {
    // The holder poses as another container's server, refreshing every 20 ms; its lease is 3 x 20 ms + 400 ms.
    const holder = await acquire({ refreshMs: 20, holderFields: { pidNamespace: 'pid:[4026532999]' } });
    const text = await readFile(lock, 'utf8');
    const until = Date.now() + 1_500;
    let refusals = 0;
    while (Date.now() < until) {
      await assert.rejects(DataDirLock.acquire(dir, warn, Date.now, { skewMarginMs: 400 }), /it refreshed its lease on the folder while this one waited/);
      refusals += 1;
    }
    assert.ok(refusals > 3, `${refusals} refusals`);
    assert.equal(await readFile(lock, 'utf8'), text);
    assert.ok(!warnings.some((w) => w.includes('taking over') || w.includes('no longer holds')), warnings.join('\n'));
    await holder.release();
    assert.deepEqual(await readdir(dir), []);
  });
});

describe('server lock lease: the holder', () => {
  it('refreshes its lock while it runs, and stops refreshing once released', async () => {
    const held = await acquire({ refreshMs: 20 });
    assert.equal(JSON.parse(await readFile(lock, 'utf8')).refreshMs, 20, 'the lock says how often it is refreshed');
    await utimes(lock, 1, 1);
    for (let i = 0; i < 200 && (await stat(lock)).mtimeMs < 2_000; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok((await stat(lock)).mtimeMs > Date.now() - 60_000, 'refreshed');
    await held.release();
    await new Promise((r) => setTimeout(r, 60));
    assert.deepEqual(await readdir(dir), [], 'released, and not written again');
  });

  it('stops writing once its lock was replaced by another server, and leaves that lock alone', async () => {
    const lost = lostSignal();
    // Refreshed every 250 ms: a write waits for a refresh after 500 ms without one, which a busy
    // machine (CI) can take to open the store with a shorter lease.
    const store = await EmbeddedStore.open({ dataDir: dir, warn, lock: { refreshMs: 250, onLost: lost.onLost } });
    closing.push(store);
    await store.insert(record('k1'));
    const other = JSON.stringify({ ...thisHolder(Date.now()), pid: 1, pidNamespace: 'pid:[4026532999]', refreshMs: 10_000 });
    await replaceLock(other);
    const message = await within(lost.once);
    assert.equal(
      message,
      `${lock}: this server no longer holds the data folder ${dir}: its lock was replaced (another server took the folder over, or someone edited the lock). It stops writing there rather than write beside another server; give each server its own --data-dir.`,
    );
    const log = await readFile(join(dir, 'inquiries.jsonl'), 'utf8');
    await assert.rejects(store.insert(record('k2')), (error: Error) => error instanceof StoreUnavailableError && /ELOCKLOST/.test(error.message));
    await assert.rejects(store.addAnalytics({ receivedAt: new Date().toISOString(), batch: [] } as never), StoreUnavailableError);
    assert.equal(await readFile(join(dir, 'inquiries.jsonl'), 'utf8'), log, 'nothing more is written');
    await store.close();
    assert.equal(await readFile(lock, 'utf8'), other, "the other server's lock is left in place");
    assert.equal(lost.told.length, 1);
    assert.ok(!warnings.some((w) => w.includes('Person')), 'no personal data in warnings');
  });

  it('refreshes before writing after a pause (a suspended machine), and refuses the write if the lock was replaced meanwhile', async () => {
    let now = Date.now();
    const lost = lostSignal();
    // Refreshing every 10 s: the timer does not run during this test; only writes refresh.
    const store = await EmbeddedStore.open({ dataDir: dir, warn, now: () => now, lock: { onLost: lost.onLost } });
    closing.push(store);
    await utimes(lock, 1, 1);
    now += 60_000;
    await store.insert(record('k1'));
    assert.ok((await stat(lock)).mtimeMs > 2_000, 'the write refreshed the lock first');
    await writeFile(lock, JSON.stringify({ ...thisHolder(Date.now()), pid: 1, pidNamespace: 'pid:[4026532999]', refreshMs: 10_000 }));
    await store.insert(record('k2'));
    now += 60_000;
    await assert.rejects(store.insert(record('k3')), StoreUnavailableError);
    assert.equal(lost.told.length, 1);
    const keys = (await readFile(join(dir, 'inquiries.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).key);
    assert.deepEqual(keys, ['k1', 'k2'], 'k2 came within the lease, k3 after the pause was refused');
  });

  it('says once that refreshing fails and once that it works again, refusing writes in between', async () => {
    let now = Date.now();
    const store = await EmbeddedStore.open({ dataDir: dir, warn, now: () => now, lock: { refreshMs: 250 } });
    closing.push(store);
    const text = await readFile(lock, 'utf8');
    const until = async (what: RegExp) => {
      for (let i = 0; i < 300 && !warnings.some((w) => what.test(w)); i++) await new Promise((r) => setTimeout(r, 10));
    };
    // A lock that cannot be opened for writing (EISDIR) but is not another server's: a link to a folder.
    await mkdir(join(dir, 'folder'));
    await symlink(join(dir, 'folder'), `${lock}.new`);
    await rename(`${lock}.new`, lock);
    await until(/could not refresh/);
    await new Promise((r) => setTimeout(r, 100));
    now += 60_000;
    await assert.rejects(store.insert(record('k1')), (error: Error) => error instanceof StoreUnavailableError && /ELOCKSTALE/.test(error.message));
    await replaceLock(text);
    await until(/refreshed again/);
    await store.insert(record('k2'));
    assert.deepEqual(warnings, [
      `${lock}: could not refresh the lease on the data folder (EISDIR); trying again every 250 ms`,
      `${lock}: the lease on the data folder is refreshed again`,
    ]);
  });
});
