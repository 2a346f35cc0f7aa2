/**
 * What a page loads after a choice, through the device cache (`readFileCached`), on the sample
 * index as the builder writes it: an occupation's slice of the catalogue (the first
 * recommendations), its quotes and what the work requires are kept beside the cached copy of
 * the same build and read from it on the next visit with the network down, verified as when
 * downloaded (the slice and the quotes against the short hash recorded for them).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diskFetch, sampleIndexDir } from '../../fixtures/core/sample-index.js';
import { loadLabelsCached, loadOccupationIndex, loadQuotes, loadRequirements, MemoryIndexCache } from '../../../src/core/load/index.js';
import { occupationIndexFor } from '../../../src/core/load/lazy.js';
import { IndexFetchError } from '../../../src/core/index-format/index.js';
import { recommend } from '../../../src/core/rank/index.js';
import type { LoadedIndex } from '../../../src/core/model/index.js';

const WELDERS = '72106';
let dir: URL;
let manifestUrl: string;
const file = (name: string) => new URL(name, dir).href;

/** The network down: every request fails before an answer, as offline. */
const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));

/** What the cards show: each recommendation's program, strength and quoted words. */
const cards = (index: LoadedIndex, occupation: string) =>
  recommend(index, { occupation, lang: 'en', limit: 50 }).map((r) => ({
    id: r.program.id,
    strength: r.strength,
    quotes: r.program.evidence?.find((e) => e.occupation === occupation)?.items.map((i) => i.quote),
  }));

/** One visit: the labels through `cache`, then the welders' slice, its quotes and what the work requires. */
async function visit(cache: MemoryIndexCache, fetch: typeof globalThis.fetch) {
  const labels = await loadLabelsCached(manifestUrl, { lang: 'en', cache, fetch });
  const slice = await loadOccupationIndex(manifestUrl, WELDERS, { lang: 'en', cache, fetch, titles: labels.index });
  await loadQuotes(slice, WELDERS, { cache, fetch });
  const required = await loadRequirements(slice, WELDERS, 'en', { cache, fetch });
  return { origin: labels.origin, slice, cards: cards(slice, WELDERS), required };
}

before(async () => {
  dir = await sampleIndexDir('mc-on-demand-choice-');
  manifestUrl = file('index.json');
});

describe('what a choice loads, through the device cache', () => {
  test('the slice, its quotes and the requirements are kept beside the cached copy; the next visit offline shows the same', async () => {
    const cache = new MemoryIndexCache();
    const asked: string[] = [];
    const first = await visit(cache, diskFetch(asked));
    const kept = [`programs.${WELDERS}.txt`, 'catalogue.txt', `quotes.${WELDERS}.txt`, 'requirements.en.7.txt'];
    assert.deepEqual(
      kept.filter((name) => !asked.includes(name)),
      [],
    );
    const stored = (await cache.getBytes(manifestUrl))!;
    assert.deepEqual(
      kept.filter((name) => !stored.files[file(name)]),
      [],
      'all kept beside the copy',
    );
    assert.ok(first.cards.length > 0 && first.cards.every((c) => c.strength && c.quotes?.some((q) => q)), 'quoted, with strengths');
    assert.ok(first.required!.groups.length > 0);

    const next = await visit(cache, offline);
    assert.equal(next.origin, 'cache');
    assert.deepEqual(next.cards, first.cards);
    assert.deepEqual(next.required, first.required);
  });

  test("a related occupation's slice loaded beside a slice (`occupationIndexFor`) is kept too", async () => {
    const cache = new MemoryIndexCache();
    const first = await visit(cache, diskFetch([]));
    const carpenters = await occupationIndexFor(first.slice, '72310');
    assert.ok(carpenters.programs.length > 0, 'carpenters have programs of their own');
    const next = await visit(cache, offline);
    assert.deepEqual((await occupationIndexFor(next.slice, '72310')).programs, carpenters.programs);
  });

  test('a damaged stored slice or quote file is passed over for the network, which repairs the copy', async () => {
    const cache = new MemoryIndexCache();
    await visit(cache, diskFetch([]));
    const stored = (await cache.getBytes(manifestUrl))!;
    const names = [`programs.${WELDERS}.txt`, `quotes.${WELDERS}.txt`];
    const good = names.map((name) => stored.files[file(name)]!);
    const damaged = Object.fromEntries(names.map((name, k) => [file(name), good[k]!.map((b) => (b === 0x61 ? 0x62 : b))]));
    await cache.putBytes({ ...stored, files: damaged });

    const asked: string[] = [];
    const next = await visit(cache, diskFetch(asked));
    assert.deepEqual(
      names.filter((name) => !asked.includes(name)),
      [],
    );
    assert.ok(next.cards.every((c) => c.strength));
    const repaired = (await cache.getBytes(manifestUrl))!;
    assert.deepEqual(
      names.map((name) => repaired.files[file(name)]),
      good,
    );
  });

  test('offline with the slice never kept, the load fails as before', async () => {
    const cache = new MemoryIndexCache();
    await loadLabelsCached(manifestUrl, { lang: 'en', cache, fetch: diskFetch([]) });
    const labels = await loadLabelsCached(manifestUrl, { lang: 'en', cache, fetch: offline });
    await assert.rejects(loadOccupationIndex(manifestUrl, WELDERS, { lang: 'en', cache, fetch: offline, titles: labels.index }), IndexFetchError);
  });
});
