/**
 * recommendInSlices gives what recommend gives, also when its steps interleave with other
 * rankings on the same index (the shared scratch arrays are never held across a yield).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../../src/core/load/load.js';
import { prepareRecommend, recommend, recommendInSlices, type RecommendOptions } from '../../../src/core/rank/rank.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { OCCUPATIONS, indexFiles, indexTexts } from '../../fixtures/index/index.js';

async function load(): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles();
  return assembleIndex(manifest, indexTexts(files));
}

const cases = (): RecommendOptions[] => {
  const codes = OCCUPATIONS.map((o) => o.code);
  const out: RecommendOptions[] = [];
  for (const occupation of codes) {
    out.push({ occupation, lang: 'en', limit: 50 });
    out.push({ occupation, lang: 'fr', limit: 3, filters: { delivery: ['online'] } });
    for (const from of codes) if (from !== occupation) out.push({ occupation, from, lang: 'en', region: 'ER3530' });
  }
  return out;
};

test('recommendInSlices returns what recommend returns', async () => {
  const index = await load();
  assert.ok(cases().length > 6);
  for (const opts of cases()) {
    // budget 0: a yield at every step.
    assert.deepEqual(await recommendInSlices(index, opts, { budget: 0 }), recommend(index, opts), JSON.stringify(opts));
  }
});

test('interleaved sliced rankings, with synchronous ones between their steps, each get their own results', async () => {
  const index = await load();
  const all = cases();
  const expected = all.map((opts) => recommend(index, opts));
  const running = all.map((opts) => recommendInSlices(index, opts, { budget: 0 }));
  // Synchronous rankings while the sliced ones are between steps.
  const between = all.map((opts) => recommend(index, opts));
  assert.deepEqual(between, expected);
  assert.deepEqual(await Promise.all(running), expected);
});

test('an unknown occupation rejects with the same RangeError, and an abort stops the slices', async () => {
  const index = await load();
  await assert.rejects(recommendInSlices(index, { occupation: '99999', lang: 'en' }), RangeError);
  const controller = new AbortController();
  const pending = recommendInSlices(index, { occupation: OCCUPATIONS[0]!.code, lang: 'en' }, { budget: 0, signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

test('prepareRecommend leaves results unchanged', async () => {
  const index = await load();
  const opts = cases();
  const before = opts.map((o) => recommend(index, o));
  const fresh = await load();
  await prepareRecommend(fresh, { lang: 'fr' });
  assert.deepEqual(
    opts.map((o) => recommend(fresh, o)),
    before,
  );
});
