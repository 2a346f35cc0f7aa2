import { expect } from '@open-wc/testing';
import { MemoryIndexCache, openIndexCache, type IndexCache } from '../../src/core/load/index-cache.js';
import { sriSha256 } from '../../src/core/load/cached-load.js';
import { loadIndexCached } from '../../src/core/load/lazy.js';
import { IndexFetchError, IndexFormatError, IndexIntegrityError, IndexVersionError } from '../../src/core/index-format/errors.js';
import { onIndexUpdate, requestIndex, resetIndexSource, type IndexSnapshot } from '../../src/elements/shared/index-source.js';
import { PROGRAMS, sampleProgram, servedFiles } from '../fixtures/index/index.js';
import { FakeIndexServer, INDEX_URL } from '../fixtures/index/serve.js';

let dbSeq = 0;
const freshDb = () => `mc-index-test-${Date.now()}-${dbSeq++}`;

async function openDb(name: string): Promise<IndexCache> {
  const cache = await openIndexCache({ name });
  expect(cache.persistent, 'IndexedDB should be usable in Chromium').to.equal(true);
  return cache;
}

function nextUpdate(): Promise<IndexSnapshot> {
  return new Promise((resolve) => {
    const off = onIndexUpdate(INDEX_URL, (snap) => {
      off();
      resolve(snap);
    });
  });
}

async function expectReject(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('index cache (IndexedDB)', () => {
  it('stores a validated index and serves the next visit from the device, revalidating with If-None-Match', async () => {
    const name = freshDb();
    const server = new FakeIndexServer(servedFiles());
    const first = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    expect(first.origin).to.equal('network');
    expect(first.revalidate).to.equal(null);

    // Next visit: a new cache connection over the same database.
    const served = server.log.length;
    const again = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    expect(again.origin).to.equal('cache');
    expect(again.index.programs.map((p) => p.id)).to.deep.equal(PROGRAMS.map((p) => p.id));
    expect(server.log.length, 'no download before the index is shown').to.equal(served);
    const result = await again.revalidate!();
    expect(result.kind).to.equal('unchanged');
    expect(server.log.at(-1)).to.deep.equal({ path: 'index.json', ifNoneMatch: '"build-1"' });
  });

  it('swaps in a new build found by revalidation and keeps it for the next visit', async () => {
    const name = freshDb();
    const server = new FakeIndexServer(servedFiles());
    await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    server.publish(servedFiles({ builtAt: '2026-02-01', programs: [sampleProgram('welding-2')] }), '"build-2"');
    const cached = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    expect(cached.index.manifest.builtAt).to.equal('2026-01-01');
    const result = await cached.revalidate!();
    expect(result.kind).to.equal('updated');
    if (result.kind === 'updated') expect(result.index.programs.map((p) => p.id)).to.deep.equal(['welding-2']);
    server.fault = 'offline';
    const next = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    expect(next.index.manifest.builtAt).to.equal('2026-02-01');
  });

  for (const [fault, note] of [
    ['offline', 'offline-cache'],
    ['503', 'stale-cache'],
    ['login-redirect', 'stale-cache'],
    ['truncated', 'stale-cache'],
  ] as const) {
    it(`keeps the last good copy when revalidation meets ${fault} (${note})`, async () => {
      const name = freshDb();
      const server = new FakeIndexServer(servedFiles());
      await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
      server.publish(servedFiles({ builtAt: '2026-03-01' }), '"build-3"');
      server.fault = fault;
      const cached = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
      const result = await cached.revalidate!();
      expect(result.kind).to.equal('failed');
      if (result.kind === 'failed') expect(result.note).to.equal(note);
      const next = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
      expect(next.origin).to.equal('cache');
      expect(next.index.manifest.builtAt).to.equal('2026-01-01');
    });
  }

  it('keeps the last good copy when a new build has the wrong schemaVersion', async () => {
    const name = freshDb();
    const server = new FakeIndexServer(servedFiles());
    await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    server.publish(servedFiles({ schemaVersion: 99 }), '"build-99"');
    const cached = await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    const result = await cached.revalidate!();
    expect(result.kind).to.equal('failed');
    if (result.kind === 'failed') {
      expect(result.note).to.equal('stale-cache');
      expect(result.error).to.be.instanceOf(IndexVersionError);
    }
  });

  it('with nothing cached, a truncated download is a typed error and nothing is stored', async () => {
    const cache = await openDb(freshDb());
    const server = new FakeIndexServer(servedFiles());
    server.fault = 'truncated';
    const error = await expectReject(loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch }));
    expect(error).to.be.instanceOf(IndexFormatError);
    expect(await cache.get(INDEX_URL)).to.equal(null);
    server.fault = '503';
    const down = await expectReject(loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch }));
    expect(down).to.be.instanceOf(IndexFetchError);
    expect((down as IndexFetchError).status).to.equal(503);
  });

  it('passes over a corrupt cached copy and loads from the network', async () => {
    const cache = await openDb(freshDb());
    const files = servedFiles();
    await cache.put({
      url: INDEX_URL,
      etag: '"build-1"',
      lastModified: null,
      storedAt: 0,
      manifestText: files.get('index.json')!,
      files: { [new URL('programs.txt', INDEX_URL).href]: '#id 1\nbroken', [new URL('titles.en.tsv', INDEX_URL).href]: 'garbage' },
    });
    const server = new FakeIndexServer(files);
    const loaded = await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch });
    expect(loaded.origin).to.equal('network');
    expect(loaded.index.programs).to.have.length(PROGRAMS.length);
    const repaired = await cache.get(INDEX_URL);
    expect(repaired!.files[new URL('programs.txt', INDEX_URL).href]).to.equal(files.get('programs.txt'));
  });

  it('adds a second language to the stored copy without downloading programs again', async () => {
    const name = freshDb();
    const server = new FakeIndexServer(servedFiles());
    await loadIndexCached(INDEX_URL, { lang: 'en', cache: await openDb(name), fetch: server.fetch });
    const fr = await loadIndexCached(INDEX_URL, { lang: 'fr', cache: await openDb(name), fetch: server.fetch });
    expect(fr.origin).to.equal('network');
    expect(fr.index.titles.fr).to.not.equal(undefined);
    expect(server.count('programs.txt')).to.equal(1);
    server.fault = 'offline';
    const both = await openDb(name);
    expect((await loadIndexCached(INDEX_URL, { lang: 'fr', cache: both, fetch: server.fetch })).origin).to.equal('cache');
    expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache: both, fetch: server.fetch })).origin).to.equal('cache');
  });

  it('checks the integrity of index.json and refuses a mismatch', async () => {
    const files = servedFiles();
    const server = new FakeIndexServer(files);
    const good = (await sriSha256(new TextEncoder().encode(files.get('index.json')!)))!;
    const ok = await loadIndexCached(INDEX_URL, { lang: 'en', cache: new MemoryIndexCache(), fetch: server.fetch, integrity: good });
    expect(ok.origin).to.equal('network');
    const wrong = `sha256-${btoa('x'.repeat(32))}`;
    const error = await expectReject(loadIndexCached(INDEX_URL, { lang: 'en', cache: new MemoryIndexCache(), fetch: server.fetch, integrity: wrong }));
    expect(error).to.be.instanceOf(IndexIntegrityError);
  });

  it('stores files as bytes, and drops a version 1 text store on upgrade', async () => {
    const name = freshDb();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('index-files').put({ url: INDEX_URL }, INDEX_URL);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const cache = await openDb(name);
    expect(await cache.get(INDEX_URL), 'a version 1 record is not read').to.equal(null);
    const server = new FakeIndexServer(servedFiles());
    expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch })).origin).to.equal('network');
    const stored = await cache.getBytes!(INDEX_URL);
    const programs = stored!.files[new URL('programs.txt', INDEX_URL).href];
    expect(programs).to.be.instanceOf(Uint8Array);
    expect(new TextDecoder().decode(programs)).to.equal(server.files.get('programs.txt'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect([...db.objectStoreNames]).to.deep.equal(['index-bytes']);
    db.close();
  });

  it('stores a large file in slices, reads it back whole, and keeps or drops other files by build', async () => {
    const cache = await openDb(freshDb());
    const big = new Uint8Array(600 * 1024).map((_, i) => i % 251);
    const programs = new URL('programs.txt', INDEX_URL).href;
    const fr = new URL('titles.fr.tsv', INDEX_URL).href;
    const entry = { url: INDEX_URL, etag: null, lastModified: null, storedAt: 1, manifest: new TextEncoder().encode('{"build":1}') };
    await cache.putBytes!({ ...entry, files: { [programs]: big } });
    await cache.putBytes!({ ...entry, storedAt: 2, files: { [fr]: new Uint8Array([1, 2]) } });
    const both = await cache.getBytes!(INDEX_URL);
    expect(Object.keys(both!.files).sort()).to.deep.equal([programs, fr].sort());
    const back = both!.files[programs]!;
    expect(back.byteLength).to.equal(big.byteLength);
    expect(
      back.every((b, i) => b === big[i]),
      'same bytes in the same order',
    ).to.equal(true);
    await cache.putBytes!({ ...entry, manifest: new TextEncoder().encode('{"build":2}'), files: { [fr]: new Uint8Array([3]) } });
    const next = await cache.getBytes!(INDEX_URL);
    expect(Object.keys(next!.files), 'a new build replaces the copy whole').to.deep.equal([fr]);
    expect([...next!.files[fr]!]).to.deep.equal([3]);
    await cache.delete(INDEX_URL);
    expect(await cache.getBytes!(INDEX_URL)).to.equal(null);
  });

  it('reads one file of a copy alone, and adds one only to a copy of the same build', async () => {
    const build1 = new TextEncoder().encode('{"build":1}');
    const build2 = new TextEncoder().encode('{"build":2}');
    const programs = new URL('programs.txt', INDEX_URL).href;
    const fr = new URL('titles.fr.tsv', INDEX_URL).href;
    const big = new Uint8Array(600 * 1024).map((_, i) => i % 251);
    const cache = await openDb(freshDb());
    await cache.putBytes!({ url: INDEX_URL, etag: null, lastModified: null, storedAt: 1, manifest: build1, files: { [programs]: new Uint8Array([7]) } });
    await cache.addFile!(INDEX_URL, build1, fr, big);
    const back = await cache.getFile!(INDEX_URL, build1, fr);
    expect(back?.byteLength === big.byteLength && back.every((b, i) => b === big[i]), 'a file of three slices, read back whole').to.equal(true);
    expect([...(await cache.getFile!(INDEX_URL, build1, programs))!]).to.deep.equal([7]);
    expect(await cache.getFile!(INDEX_URL, build2, programs), 'asked for another build').to.equal(null);
    expect(await cache.getFile!(INDEX_URL, build1, new URL('labels.fr.txt', INDEX_URL).href), 'a file not kept').to.equal(null);

    await cache.addFile!(INDEX_URL, build2, programs, new Uint8Array([9]));
    const copy = (await cache.getBytes!(INDEX_URL))!;
    expect([...copy.manifest], 'the copy of build 1 is left as it is').to.deep.equal([...build1]);
    expect([...copy.files[programs]!]).to.deep.equal([7]);
    expect(Object.keys(copy.files).sort()).to.deep.equal([programs, fr].sort());
  });

  it('gives no file when a slice of it is missing from the database', async () => {
    const name = freshDb();
    const cache = await openDb(name);
    const manifest = new TextEncoder().encode('{"build":1}');
    const fr = new URL('titles.fr.tsv', INDEX_URL).href;
    await cache.putBytes!({ url: INDEX_URL, etag: null, lastModified: null, storedAt: 1, manifest, files: { [fr]: new Uint8Array(300 * 1024) } });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('index-bytes', 'readwrite');
      tx.objectStore('index-bytes').delete(`${INDEX_URL}\u0000${fr}\u000000000001`);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    expect(await cache.getFile!(INDEX_URL, manifest, fr)).to.equal(null);
  });

  it('works in memory when IndexedDB is missing', async () => {
    const cache = await openIndexCache({ indexedDB: null });
    expect(cache.persistent).to.equal(false);
    const server = new FakeIndexServer(servedFiles());
    expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch })).origin).to.equal('network');
    expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch })).origin).to.equal('cache');
  });

  it('works in memory when the database refuses to open (a newer version owns it)', async () => {
    const name = freshDb();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 5);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const cache = await openIndexCache({ name });
    expect(cache.persistent).to.equal(false);
    const server = new FakeIndexServer(servedFiles());
    expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch })).index.programs).to.have.length(PROGRAMS.length);
  });

  it('keeps working in memory when storage is over quota', async () => {
    const cache = await openDb(freshDb());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const server = new FakeIndexServer(servedFiles());
      const loaded = await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch });
      expect(loaded.index.programs).to.have.length(PROGRAMS.length);
      expect(cache.persistent).to.equal(false);
      expect((await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch })).origin).to.equal('cache');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });
});

describe('index source (shared per page)', () => {
  afterEach(() => resetIndexSource());

  it('loads once for every element asking for the same index and language', async () => {
    const server = new FakeIndexServer(servedFiles());
    resetIndexSource({ cache: new MemoryIndexCache(), fetch: server.fetch });
    const [a, b] = await Promise.all([requestIndex(INDEX_URL, { lang: 'en' }), requestIndex(INDEX_URL, { lang: 'en' })]);
    expect(a.index).to.equal(b.index);
    expect(server.count('index.json')).to.equal(1);
    const c = await requestIndex(INDEX_URL, { lang: 'en' });
    expect(c.origin).to.equal('memory');
  });

  it("aborting one caller's wait does not cancel the load for the others", async () => {
    const server = new FakeIndexServer(servedFiles());
    resetIndexSource({ cache: new MemoryIndexCache(), fetch: server.fetch });
    const controller = new AbortController();
    const aborted = requestIndex(INDEX_URL, { lang: 'en', signal: controller.signal });
    const other = requestIndex(INDEX_URL, { lang: 'en' });
    controller.abort();
    expect((await expectReject(aborted)) as DOMException).to.have.property('name', 'AbortError');
    expect((await other).index.programs).to.have.length(PROGRAMS.length);
  });

  it('an unparseable URL rejects instead of throwing at the caller', async () => {
    resetIndexSource({ cache: new MemoryIndexCache() });
    let threw = false;
    let rejected: unknown = null;
    try {
      await requestIndex('http://[bad', { lang: 'en' }).catch((error: unknown) => {
        rejected = error;
      });
    } catch {
      threw = true;
    }
    expect(threw).to.equal(false);
    expect(rejected).to.be.instanceOf(TypeError);
    expect(onIndexUpdate('http://[bad', () => undefined)).to.be.a('function');
  });

  it('forgets a failed load so Retry loads again', async () => {
    const server = new FakeIndexServer(servedFiles());
    server.fault = '503';
    resetIndexSource({ cache: new MemoryIndexCache(), fetch: server.fetch });
    expect(await expectReject(requestIndex(INDEX_URL, { lang: 'en' }))).to.be.instanceOf(IndexFetchError);
    server.fault = null;
    expect((await requestIndex(INDEX_URL, { lang: 'en' })).origin).to.equal('network');
  });

  it('announces a new build through onIndexUpdate, and a failed check as a note', async () => {
    const cache = new MemoryIndexCache();
    const server = new FakeIndexServer(servedFiles());
    await loadIndexCached(INDEX_URL, { lang: 'en', cache, fetch: server.fetch });
    server.publish(servedFiles({ builtAt: '2026-04-01' }), '"build-4"');
    resetIndexSource({ cache, fetch: server.fetch });
    const update = nextUpdate();
    const first = await requestIndex(INDEX_URL, { lang: 'en' });
    expect(first.origin).to.equal('cache');
    const snap = await update;
    expect(snap.index.manifest.builtAt).to.equal('2026-04-01');
    expect(snap.note).to.equal(null);
    expect((await requestIndex(INDEX_URL, { lang: 'en' })).index).to.equal(snap.index);

    server.fault = 'offline';
    resetIndexSource({ cache, fetch: server.fetch });
    server.publish(servedFiles({ builtAt: '2026-05-01' }), '"build-5"');
    const noted = nextUpdate();
    await requestIndex(INDEX_URL, { lang: 'en' });
    const offline = await noted;
    expect(offline.note).to.equal('offline-cache');
    expect(offline.index.manifest.builtAt).to.equal('2026-04-01');
  });
});
