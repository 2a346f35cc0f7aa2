import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLabelsIndex, loadTitlesIndex } from '../../../src/core/load/load-titles.js';
import { loadLabelsCached, loadTitlesCached } from '../../../src/core/load/cache-titles.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { loadIndexCached } from '../../../src/core/load/lazy.js';
import { loadIndex } from '../../../src/core/load/load.js';
import { IndexFormatError, IndexIntegrityError } from '../../../src/core/index-format/errors.js';
import { matchTitles } from '../../../src/core/titles/titles.js';
import { indexFiles } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

const names = (log: string[]) => log.map((u) => u.slice(BASE_URL.length)).sort();

test('the titles alone: index.json, the labels and the titles of the language, never programs', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files, { log }) });
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt', 'titles.en.tsv']);
  assert.equal(titles.occupations.size, 8);
  assert.equal(titles.titles.fr, undefined);
  assert.ok(!('programs' in titles) && !('ranking' in titles));
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files) });
  assert.deepEqual(matchTitles(titles, 'welder', { lang: 'en' }), matchTitles(whole, 'welder', { lang: 'en' }));
});

test('a French page loads the English labels too (official titles), and the French titles', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'fr', fetch: fakeFetch(files, { log }) });
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt', 'labels.fr.txt', 'titles.fr.tsv']);
  assert.equal(matchTitles(titles, 'soudeuse', { lang: 'fr' })[0]?.code, '72106');
});

test('titles that differ from the recorded hash or size are refused, as by loadIndex', async () => {
  const { files } = indexFiles();
  const titles = files.get('titles.en.tsv')!;
  const changed = titles.slice();
  changed[0] = changed[0] === 0x37 ? 0x38 : 0x37;
  await assert.rejects(loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(new Map(files).set('titles.en.tsv', changed)) }), IndexIntegrityError);
  await assert.rejects(
    loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(new Map(files).set('titles.en.tsv', titles.slice(0, -10))) }),
    IndexFormatError,
  );
});

test('through the cache: the whole index after the titles downloads only what is missing', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const cache = new MemoryIndexCache();
  const fetch = fakeFetch(files, { log });
  const first = await loadTitlesCached(BASE_URL, { lang: 'en', cache, fetch });
  assert.equal(first.origin, 'network');
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt', 'titles.en.tsv']);
  log.length = 0;
  const again = await loadTitlesCached(BASE_URL, { lang: 'en', cache, fetch });
  assert.equal(again.origin, 'cache');
  assert.deepEqual(log, [], 'served from the cache');
  const whole = await loadIndexCached(BASE_URL, { lang: 'en', cache, fetch });
  assert.deepEqual(names(log), ['index.json', 'programs.txt'], 'the titles and labels come from the cache');
  assert.ok(whole.index.programs.length > 0);
});

test('the labels alone: index.json and the labels of the language, no titles; through the cache, a job search later downloads only its titles', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const labels = await loadLabelsIndex(BASE_URL, { lang: 'fr', fetch: fakeFetch(files, { log }) });
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt', 'labels.fr.txt']);
  assert.deepEqual(labels.titles, {});
  assert.equal(labels.occupations.size, 8);
  log.length = 0;
  const cache = new MemoryIndexCache();
  const fetch = fakeFetch(files, { log });
  assert.equal((await loadLabelsCached(BASE_URL, { lang: 'en', cache, fetch })).origin, 'network');
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt']);
  log.length = 0;
  assert.equal((await loadLabelsCached(BASE_URL, { lang: 'en', cache, fetch })).origin, 'cache');
  assert.deepEqual(log, [], 'served from the cache');
  const titles = await loadTitlesCached(BASE_URL, { lang: 'en', cache, fetch });
  assert.deepEqual(names(log), ['index.json', 'titles.en.tsv'], 'the labels come from the cache');
  assert.ok(titles.index.titles.en);
});

test('the whole index after its titles reuses what they read, and reads them again once index.json has changed', async () => {
  const { files } = indexFiles();
  for (const lang of ['en', 'fr'] as const) {
    const titles = await loadTitlesIndex(BASE_URL, { lang, fetch: fakeFetch(files) });
    const log: string[] = [];
    const whole = await loadIndex(BASE_URL, { lang, fetch: fakeFetch(files, { log }), titles });
    assert.deepEqual(names(log), ['index.json', 'programs.txt'], lang);
    assert.equal(whole.titles[lang], titles.titles[lang], 'the same titles, not built again');
    assert.equal(whole.manifest, titles.manifest);
    const plain = await loadIndex(BASE_URL, { lang, fetch: fakeFetch(files) });
    assert.deepEqual(whole.programs, plain.programs);
    assert.deepEqual(whole.manifest, plain.manifest);
    assert.deepEqual(whole.ranking.idf, plain.ranking.idf);
    assert.deepEqual(matchTitles(whole, 'welder', { lang }), matchTitles(plain, 'welder', { lang }));
  }
  // Another build: index.json differs (its date), the other files do not.
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files) });
  const manifest = JSON.parse(new TextDecoder().decode(files.get('index.json')!)) as { builtAt: string };
  manifest.builtAt = '2027-01-01';
  const rebuilt = new Map(files).set('index.json', new TextEncoder().encode(JSON.stringify(manifest)));
  const log: string[] = [];
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(rebuilt, { log }), titles });
  assert.deepEqual(names(log), ['index.json', 'labels.en.txt', 'programs.txt', 'titles.en.tsv']);
  assert.notEqual(whole.titles.en, titles.titles.en);
  assert.equal(whole.manifest.builtAt, '2027-01-01');
});

test('the titles alone check the occupations only as far as they read them; the whole index after them checks the rest first', async () => {
  const { files } = indexFiles();
  const manifest = JSON.parse(new TextDecoder().decode(files.get('index.json')!)) as { occupations: Array<{ skills: unknown; lmi: unknown }> };
  manifest.occupations[2]!.skills = [[50, 9999]];
  const broken = new Map(files).set('index.json', new TextEncoder().encode(JSON.stringify(manifest)));
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(broken) });
  assert.equal(matchTitles(titles, 'welder', { lang: 'en' })[0]?.code, '72106');
  assert.deepEqual(titles.manifest.occupations[2]!.skills, [], 'not read before it is checked');
  await assert.rejects(
    loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(broken), titles }),
    (error: unknown) => error instanceof IndexFormatError && error.path === 'occupations.2.skills.0.1' && /skill index 9999/.test(error.message),
  );
  assert.deepEqual(titles.manifest.occupations[2]!.skills, [], 'still unread');
  const fine = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files) });
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files), titles: fine });
  assert.ok(
    whole.manifest.occupations.every((o) => o.skills.length > 0),
    'read in once checked',
  );
});
