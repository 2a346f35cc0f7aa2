/**
 * The embedded store on a disk that fills up or fails: an inquiry is answered 201 only once
 * it is whole on disk; otherwise 503 with Retry-After and nothing of it left in the file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startInquiryServer } from '../../src/server/inquiry-server.js';
import { SmallDisk } from '../fixtures/server/full-disk.js';
import { learner } from '../fixtures/core/inquiries.js';

const ORIGIN = 'https://college.example';

type Running = Awaited<ReturnType<typeof startInquiryServer>>;
let dir: string;
let server: Running | undefined;
let warnings: string[];

async function start(extra: Partial<Parameters<typeof startInquiryServer>[0]> = {}) {
  warnings = [];
  server = await startInquiryServer({
    port: 0,
    dataDir: dir,
    allowOrigins: [ORIGIN],
    rateLimit: { max: 1_000_000, windowMs: 60_000 },
    warn: (m) => warnings.push(m),
    ...extra,
  });
  return server;
}

function post(key: string, body: unknown = learner, path = '/api/inquiries') {
  return fetch(`${server!.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

async function logText(name = 'inquiries.jsonl'): Promise<string> {
  return readFile(join(dir, name), 'utf8').catch(() => '');
}

/** Every line of the log parses and holds a whole record. */
async function wholeRecords(): Promise<Array<{ key: string }>> {
  const text = await logText();
  assert.ok(text === '' || text.endsWith('\n'), 'the log ends with a whole line');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-disk-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('embedded store on a full or failing disk', () => {
  it('answers 503 with Retry-After when a record is cut short, leaves no fragment, and takes it once space returns', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    assert.equal((await post('key-disk-first')).status, 201);
    const before = await logText();
    disk.capacity = (await disk.used()) + 40; // room for part of one record only
    const full = await post('key-disk-second');
    assert.equal(full.status, 503);
    assert.match(full.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal(full.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(((await full.json()) as { error: string }).error, 'storage-unavailable');
    assert.ok(disk.failures.short + disk.failures.ENOSPC > 0, 'the disk really refused the write');
    assert.equal(await logText(), before, 'nothing of the refused inquiry is on disk');

    disk.capacity = Number.POSITIVE_INFINITY;
    assert.equal((await post('key-disk-second')).status, 201, 'service back when space returns');
    await server!.close();
    server = undefined;
    await start();
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      (await wholeRecords()).map((r) => r.key),
      ['key-disk-first', 'key-disk-second'],
    );
    // Both keys are known after the restart: a retry is answered, not stored again.
    assert.equal((await post('key-disk-second')).status, 201);
    assert.equal((await wholeRecords()).length, 2);
  });

  it('says once that it refuses writes on a full disk, however many inquiries come, and once that they succeed again', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    assert.equal((await post('key-spell-0000')).status, 201);
    disk.capacity = (await disk.used()) + 40;
    for (let i = 1; i <= 5; i++) assert.equal((await post(`key-spell-000${i}`)).status, 503);
    const said = (text: string) => warnings.filter((w) => w.includes(text)).length;
    assert.equal(said('refusing writes with 503'), 1, warnings.join('\n'));
    assert.equal(said('writes succeed again'), 0, 'no write succeeded: the lookups answered from memory are not writes');
    disk.capacity = Number.POSITIVE_INFINITY;
    assert.equal((await post('key-spell-0001')).status, 201);
    assert.equal((await post('key-spell-0002')).status, 201);
    assert.equal(said('writes succeed again'), 1);
  });

  it('refuses a deletion it cannot write with 503, keeps the inquiry, and says so (not "retention")', async () => {
    const disk = new SmallDisk(dir);
    const token = 'admin-token-disk-0123456789';
    await start({ fs: disk, adminToken: token });
    const { id } = (await (await post('key-delete-0001')).json()) as { id: string };
    assert.equal((await post('key-delete-0002')).status, 201);
    disk.capacity = await disk.used(); // the rewrite has no room for its copy of the other inquiry
    const res = await fetch(`${server!.url}/api/inquiries/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 503);
    assert.deepEqual(
      warnings.filter((w) => w.includes('inquiries.jsonl')).map((w) => w.replace(/^.*inquiries\.jsonl: /, '').replace(/ \(.*$/, '')),
      ['could not delete an inquiry; it is kept'],
    );
    assert.deepEqual(
      (await wholeRecords()).map((r) => r.key),
      ['key-delete-0001', 'key-delete-0002'],
    );
  });

  it('answers 503 when fsync fails (EIO) and truncates what was written', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    assert.equal((await post('key-eio-00001')).status, 201);
    const before = await logText();
    disk.failSync = 1;
    const res = await post('key-eio-00002');
    assert.equal(res.status, 503);
    assert.ok(res.headers.get('retry-after'));
    assert.equal(await logText(), before);
    assert.equal((await post('key-eio-00002')).status, 201);
    assert.deepEqual(
      (await wholeRecords()).map((r) => r.key),
      ['key-eio-00001', 'key-eio-00002'],
    );
  });

  it('keeps answering 503 while the fragment cannot be removed, and never writes after one', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    assert.equal((await post('key-trunc-0001')).status, 201);
    disk.failSync = 1;
    disk.failTruncate = 2;
    assert.equal((await post('key-trunc-0002')).status, 503, 'fsync failed, truncate failed');
    assert.equal((await post('key-trunc-0003')).status, 503, 'the fragment is still there: truncate failed again');
    assert.equal((await post('key-trunc-0003')).status, 201, 'truncate worked, then the record');
    assert.equal((await post('key-trunc-0002')).status, 201);
    assert.deepEqual(
      (await wholeRecords()).map((r) => r.key),
      ['key-trunc-0001', 'key-trunc-0003', 'key-trunc-0002'],
    );
  });

  it('loses no acknowledged inquiry when the disk fills under load and frees up again', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    assert.equal((await post('key-load-warm-up')).status, 201);
    // Room for about 40 more records, then a full disk until 60 refusals were seen.
    const record = await disk.used();
    disk.capacity = record * 41 + 17;
    const acknowledged = new Set<string>(['key-load-warm-up']);
    let refusals = 0;
    const client = async (c: number) => {
      for (let i = 0; i < 30; i++) {
        const key = `key-load-${c}-${i}-xxxx`;
        const body = { ...learner, message: `Question ${i} from client ${c}` };
        for (;;) {
          const res = await post(key, body);
          await res.arrayBuffer();
          if (res.status === 201) {
            acknowledged.add(key);
            break;
          }
          assert.equal(res.status, 503);
          refusals += 1;
          if (refusals === 60) disk.capacity = Number.POSITIVE_INFINITY;
          await new Promise((r) => setTimeout(r, 2));
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, (_, c) => client(c)));
    assert.ok(refusals >= 60, `the disk was full for a while (${refusals} refusals)`);
    assert.equal(acknowledged.size, 301);
    await server!.close();
    server = undefined;
    await start();
    assert.deepEqual(warnings, [], 'no damaged line after the restart');
    const keys = (await wholeRecords()).map((r) => r.key);
    assert.equal(keys.length, 301, 'each acknowledged inquiry stored exactly once');
    assert.deepEqual(new Set(keys), acknowledged);
  });

  it('answers 503 for an analytics batch the disk cannot take', async () => {
    const disk = new SmallDisk(dir);
    await start({ fs: disk });
    disk.capacity = await disk.used();
    const batch = { format: 'mc-analytics/1', recommend: [['72106', 2]], programOpen: [], inquire: [], noMatch: [], overflow: 0 };
    const res = await post('unused-key', batch, '/api/analytics');
    assert.equal(res.status, 503);
    assert.ok(res.headers.get('retry-after'));
    assert.equal(await logText('analytics.jsonl'), '');
  });
});

/**
 * The same on a real 64 KiB tmpfs, where the kernel cuts the write short. Needs root (to
 * mount); skipped elsewhere.
 */
function canMount(): boolean {
  if (process.getuid?.() !== 0 || process.platform !== 'linux') return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('embedded store on a real 64 KiB tmpfs', { skip: !canMount() && 'needs root to mount a tmpfs' }, () => {
  it('503 while full, nothing partial on disk, 201 again once space is freed', async () => {
    const mnt = join(dir, 'mnt');
    await mkdir(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    } catch {
      return; // a container without CAP_SYS_ADMIN: nothing to test here
    }
    const data = join(mnt, 'data');
    try {
      await start({ dataDir: data });
      assert.equal((await post('key-tmpfs-0001')).status, 201);
      // Fill the disk with a file, leaving less than a page.
      let filler = 60 * 1024;
      for (;;) {
        try {
          await writeFile(join(mnt, 'filler'), Buffer.alloc(filler));
          filler += 1024;
        } catch {
          break;
        }
      }
      const acknowledged = ['key-tmpfs-0001'];
      let refused = 0;
      for (let i = 2; i < 40; i++) {
        const key = `key-tmpfs-${String(i).padStart(4, '0')}`;
        const res = await post(key, { ...learner, message: 'x'.repeat(900) });
        if (res.status === 201) acknowledged.push(key);
        else {
          assert.equal(res.status, 503);
          refused += 1;
        }
      }
      assert.ok(refused > 0, 'the tmpfs filled up');
      const text = await readFile(join(data, 'inquiries.jsonl'), 'utf8');
      assert.ok(text.endsWith('\n'));
      assert.deepEqual(
        text
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { key: string }).key),
        acknowledged,
      );
      await rm(join(mnt, 'filler'));
      assert.equal((await post('key-tmpfs-9999')).status, 201);
      await server!.close();
      server = undefined;
      await start({ dataDir: data });
      assert.deepEqual(warnings, []);
    } finally {
      await server?.close();
      server = undefined;
      execFileSync('umount', [mnt]);
    }
  });
});
