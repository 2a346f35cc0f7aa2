import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIndex, loadSummaries, loadTitlesIndex } from '../../../src/core/load/index.js';
import { IndexIntegrityError } from '../../../src/core/index-format/index.js';
import { indexFiles, OCCUPATIONS } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

test('a page loads no lead statement with the titles or the programs; loadSummaries brings one language’s, once', async () => {
  const log: string[] = [];
  const fetch = fakeFetch(indexFiles().files, { log });
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch });
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch, titles });
  assert.ok(!log.some((url) => url.includes('summaries.')), log.join(' '));
  const nurse = whole.occupations.get('31301')!;
  assert.equal(nurse.summary.en, '');
  await loadSummaries(whole, 'en', { fetch });
  await loadSummaries(whole, 'en', { fetch });
  assert.equal(nurse.summary.en, OCCUPATIONS.find((o) => o.code === '31301')!.summary.en);
  assert.equal(nurse.summary.fr, '', 'only the language asked for');
  assert.equal(log.filter((url) => url.endsWith('/summaries.en.txt')).length, 1);
});

test('a summaries file that does not match index.json is refused, and can be tried again', async () => {
  const files = indexFiles().files;
  const changed = files.get('summaries.fr.txt')!.slice();
  changed[changed.length - 2]! ^= 1; // one letter of the last summary
  const bad = new Map(files).set('summaries.fr.txt', changed);
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'fr', fetch: fakeFetch(bad) });
  await assert.rejects(loadSummaries(titles, 'fr', { fetch: fakeFetch(bad) }), (error: unknown) => {
    assert.ok(error instanceof IndexIntegrityError, String(error));
    assert.match(error.message, /summaries\.fr\.txt/);
    return true;
  });
  await loadSummaries(titles, 'fr', { fetch: fakeFetch(files) });
  assert.equal(titles.occupations.get('31301')!.summary.fr, OCCUPATIONS.find((o) => o.code === '31301')!.summary.fr);
});
