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

let dir: URL;
let manifestUrl: string;
const file = (name: string) => new URL(name, dir).href;

/** The network down: every request fails before an answer, as offline. */
const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));

/** What the English skill finder's miss loads (`SkillsAcross`): both languages, with their other names. */
const miss = (index: LoadedIndex, opts: Parameters<typeof loadLabels>[2]) =>
  Promise.all((['en', 'fr'] as const).map((l) => loadLabels(index, l, { ...opts, otherNames: true })));

const found = (index: LoadedIndex, query: string) => suggestSkillsAcross(index, query, { lang: 'en' }).map((s) => s.label);

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

  test('offline with nothing kept, the load fails as before, and a later one tries again', async () => {
    const cache = new MemoryIndexCache();
    const first = await loadIndexCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    await assert.rejects(loadLabels(first.index, 'fr', { cache, fetch: offline }), IndexFetchError);
    await loadLabels(first.index, 'fr', { cache, fetch: diskFetch([]) });
    assert.deepEqual(found(first.index, 'premiers soins'), ['first aid']);
  });
});
