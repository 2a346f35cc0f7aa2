/**
 * Files an index was loaded without, read later through the device cache (`on-demand.ts`), on
 * the sample index as the builder writes it: what a skill finder's miss or a title typed in the
 * other language loaded is kept beside the cached copy of the same build and read from it on
 * the next visit with the network down; a damaged stored file, or a copy of another build, is
 * passed over for the network.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diskFetch, sampleIndexDir } from '../../fixtures/core/sample-index.js';
import { loadIndexCached, loadTitles, MemoryIndexCache } from '../../../src/core/load/index.js';
import { loadLabels } from '../../../src/core/load/lazy.js';
import { suggestSkillsAcross } from '../../../src/core/rank/skill-suggest.js';
import { matchTitlesAcross } from '../../../src/core/titles/index.js';
import { IndexFetchError } from '../../../src/core/index-format/index.js';
import type { LoadedIndex } from '../../../src/core/model/index.js';
import type { CachedIndexBytes, IndexCache } from '../../../src/core/load/index-cache.js';
import { sameBytes } from '../../../src/core/load/bytes.js';

let dir: URL;
let manifestUrl: string;
const file = (name: string) => new URL(name, dir).href;

/** The network down: every request fails before an answer, as offline. */
const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));

/** What the English skill finder's miss loads (`SkillsAcross`): both languages, with their other names. */
const miss = (index: LoadedIndex, opts: Parameters<typeof loadLabels>[2]) =>
  Promise.all((['en', 'fr'] as const).map((l) => loadLabels(index, l, { ...opts, otherNames: true })));

const found = (index: LoadedIndex, query: string) => suggestSkillsAcross(index, query, { lang: 'en' }).map((s) => s.label);

/**
 * A cache that reads and adds one file alone, as the IndexedDB one does (`getFile`, `addFile`),
 * and records each read or write of a whole copy.
 */
class PerFileCache extends MemoryIndexCache {
  readonly whole: string[] = [];

  override async getBytes(url: string): Promise<CachedIndexBytes | null> {
    this.whole.push(`getBytes ${url}`);
    return super.getBytes(url);
  }

  override async putBytes(entry: CachedIndexBytes): Promise<void> {
    this.whole.push(`putBytes ${entry.url}`);
    return super.putBytes(entry);
  }

  async getFile(url: string, manifest: Uint8Array, file: string): Promise<Uint8Array | null> {
    const copy = await super.getBytes(url);
    return (copy && sameBytes(copy.manifest, manifest) && copy.files[file]) || null;
  }

  async addFile(url: string, manifest: Uint8Array, file: string, bytes: Uint8Array): Promise<void> {
    const copy = await super.getBytes(url);
    if (copy && sameBytes(copy.manifest, manifest)) await super.putBytes({ ...copy, files: { [file]: bytes } });
  }
}

before(async () => {
  dir = await sampleIndexDir('mc-on-demand-');
  manifestUrl = file('index.json');
});

describe('files loaded on demand, through the device cache', () => {
  test('a miss keeps the French labels and the other English names beside the cached index; the next visit offline finds skills by them', async () => {
    const cache = new MemoryIndexCache();
    const asked: string[] = [];
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch(asked) });
    await miss(first.index, { cache, fetch: diskFetch(asked) });
    assert.deepEqual(asked.slice(-2).sort(), ['labels.fr.txt', 'names.en.txt']);
    const stored = await cache.getBytes(manifestUrl);
    assert.ok(stored!.files[file('labels.fr.txt')] && stored!.files[file('names.en.txt')], 'both kept beside the copy');
    assert.ok(stored!.files[file('programs.txt')], 'the rest of the copy is kept');

    const next = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: offline });
    assert.equal(next.origin, 'cache');
    assert.deepEqual(found(next.index, 'premiers soins'), []);
    await miss(next.index, { cache, fetch: offline });
    assert.deepEqual(found(next.index, 'premiers soins'), ['first aid']);
    assert.deepEqual(found(next.index, 'CPR'), ['resuscitation', 'first aid']);
  });

  test("another language's job titles are kept too, and read offline on the next visit", async () => {
    const cache = new MemoryIndexCache();
    const asked: string[] = [];
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch(asked) });
    await loadTitles(manifestUrl, first.index, 'fr', { cache, fetch: diskFetch(asked) });
    assert.equal(asked.at(-1), 'titles.fr.tsv');
    const next = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: offline });
    const fr = await loadTitles(manifestUrl, next.index, 'fr', { cache, fetch: offline });
    assert.equal(matchTitlesAcross(next.index, fr, 'soudeur', { lang: 'en' })[0]?.code, '72106');
  });

  test('a damaged stored file is passed over for the network, which repairs the copy', async () => {
    const cache = new MemoryIndexCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    await loadLabels(first.index, 'fr', { cache, fetch: diskFetch([]) });
    const stored = (await cache.getBytes(manifestUrl))!;
    const good = stored.files[file('labels.fr.txt')]!;
    await cache.putBytes({ ...stored, files: { [file('labels.fr.txt')]: good.map((b) => (b === 0x61 ? 0x62 : b)) } });

    const asked: string[] = [];
    const next = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch(asked) });
    await loadLabels(next.index, 'fr', { cache, fetch: diskFetch(asked) });
    assert.equal(asked.at(-1), 'labels.fr.txt');
    assert.deepEqual(found(next.index, 'premiers soins'), ['first aid']);
    assert.deepEqual((await cache.getBytes(manifestUrl))!.files[file('labels.fr.txt')], good);
  });

  test('a cached copy of another build is left as it is, and the file comes from the network', async () => {
    const cache = new MemoryIndexCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    const other = { url: manifestUrl, etag: null, lastModified: null, storedAt: 0, manifest: new TextEncoder().encode('{"build":2}'), files: {} };
    await cache.putBytes(other);
    const asked: string[] = [];
    await loadLabels(first.index, 'fr', { cache, fetch: diskFetch(asked) });
    assert.deepEqual(asked, ['labels.fr.txt']);
    assert.deepEqual(await cache.getBytes(manifestUrl), other);
  });

  test('a newer build stored while the file downloads (a revalidation) is kept, not replaced by the older one', async () => {
    const cache = new MemoryIndexCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    const newer = { url: manifestUrl, etag: null, lastModified: null, storedAt: 1, manifest: new TextEncoder().encode('{"build":2}'), files: {} };
    const disk = diskFetch([]);
    const meanwhile: typeof fetch = async (input, init) => {
      await cache.putBytes(newer);
      return disk(input, init);
    };
    await loadLabels(first.index, 'fr', { cache, fetch: meanwhile });
    assert.deepEqual(found(first.index, 'premiers soins'), ['first aid']);
    assert.deepEqual(await cache.getBytes(manifestUrl), newer);
  });

  test("with a cache that reads and adds one file alone, the copy's other files are neither read nor written again", async () => {
    const cache = new PerFileCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    cache.whole.length = 0;
    await miss(first.index, { cache, fetch: diskFetch([]) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(cache.whole, []);
    const next = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: offline });
    cache.whole.length = 0;
    await miss(next.index, { cache, fetch: offline });
    assert.deepEqual(found(next.index, 'premiers soins'), ['first aid']);
    assert.deepEqual(cache.whole, []);
  });

  test("a host's own cache, with only get and put, keeps such files too, and a copy of another build is left as it is", async () => {
    const memory = new MemoryIndexCache();
    const own: IndexCache = { persistent: false, get: (url) => memory.get(url), put: (entry) => memory.put(entry), delete: (url) => memory.delete(url) };
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache: own, fetch: diskFetch([]) });
    await miss(first.index, { cache: own, fetch: diskFetch([]) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const next = await loadIndexCached(manifestUrl, { lang: 'en', cache: own, fetch: offline });
    await miss(next.index, { cache: own, fetch: offline });
    assert.deepEqual(found(next.index, 'CPR'), ['resuscitation', 'first aid']);

    const other = { url: manifestUrl, etag: null, lastModified: null, storedAt: 0, manifestText: '{"build":2}', files: {} };
    await own.put(other);
    const asked: string[] = [];
    await loadTitles(manifestUrl, next.index, 'fr', { cache: own, fetch: diskFetch(asked) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(asked, ['titles.fr.tsv']);
    assert.deepEqual(await own.get(manifestUrl), other);
  });

  test('offline with nothing kept, the load fails as before, and a later one tries again', async () => {
    const cache = new MemoryIndexCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    await assert.rejects(loadLabels(first.index, 'fr', { cache, fetch: offline }), IndexFetchError);
    await loadLabels(first.index, 'fr', { cache, fetch: diskFetch([]) });
    assert.deepEqual(found(first.index, 'premiers soins'), ['first aid']);
  });
});
