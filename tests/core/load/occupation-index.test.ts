import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasLabels, indexLang, loadIndex, loadLabelsIndex, loadOccupationIndex, loadQuotes, loadTitlesIndex } from '../../../src/core/load/index.js';
import { IndexFormatError, IndexIntegrityError, QUOTE_HASH_HEX, sha256Hex } from '../../../src/core/index-format/index.js';
import { programFacets, recommend, relatedOccupations, type ProgramFilters } from '../../../src/core/rank/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { indexFiles } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

async function setUp(files = indexFiles().files) {
  const log: string[] = [];
  const fetch = fakeFetch(files, { log });
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch });
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch });
  log.length = 0;
  return { files, fetch, log, whole, titles };
}

/** What a person sees of a list: everything `recommend()` returns. */
const shown = (index: LoadedIndex, occupation: string, more: { from?: string; filters?: ProgramFilters } = {}) =>
  recommend(index, { occupation, lang: 'en', limit: 50, ...more });

test('over an occupation’s slice, recommend() and the related occupations are what the whole index gives, from the slice and the catalogue alone', async () => {
  const { fetch, log, whole, titles } = await setUp();
  let withPrograms = 0;
  for (const code of whole.occupations.keys()) {
    const slice = await loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch, titles });
    assert.equal(slice.slice?.occupation, code);
    assert.deepEqual(shown(slice, code), shown(whole, code), code);
    for (const from of whole.occupations.keys()) assert.deepEqual(shown(slice, code, { from }), shown(whole, code, { from }), `${from} -> ${code}`);
    assert.deepEqual(relatedOccupations(slice, code, { lang: 'en' }), relatedOccupations(whole, code, { lang: 'en' }), code);
    assert.deepEqual(programFacets(slice), programFacets(whole));
    assert.deepEqual(programFacets(slice, { occupation: code }), programFacets(whole, { occupation: code }), code);
    if (slice.programs.length > 0) withPrograms++;
  }
  assert.ok(withPrograms >= 3, 'the fixture has occupations with programs');
  assert.ok(!log.some((url) => url.endsWith('/programs.txt')), 'never the whole catalogue');
  assert.equal(log.filter((url) => url.endsWith('/catalogue.txt')).length, 1, 'the catalogue once per index');
});

test('with any filters, a slice lists what the whole index lists', async () => {
  const { fetch, whole, titles } = await setUp();
  const codes = [...whole.occupations.keys()].filter((code) => (whole.ranking.evidence.get(code)?.length ?? 0) > 0);
  const slices = new Map(
    await Promise.all(codes.map(async (code) => [code, await loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch, titles })] as const)),
  );
  const facets = programFacets(whole);
  const filters = fc.record(
    {
      delivery: fc.subarray([...facets.deliveries], { minLength: 1 }),
      maxHours: fc.integer({ min: 0, max: Math.ceil(facets.maxHours) }),
      maxCost: fc.integer({ min: 0, max: Math.ceil(facets.maxCost) }),
      language: fc.subarray([...facets.languages], { minLength: 1 }),
      provider: fc.subarray(facets.providers, { minLength: 1 }),
      osapEligible: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.constantFrom(...codes), filters, (code, f) => {
      assert.deepEqual(shown(slices.get(code)!, code, { filters: f }), shown(whole, code, { filters: f }));
    }),
    { numRuns: 300 },
  );
});

test('a slice’s reasons quote the program once its quotes load, as the whole index’s do', async () => {
  const { fetch, whole, titles } = await setUp();
  const code = [...whole.ranking.evidence.keys()][0]!;
  const slice = await loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch, titles });
  await loadQuotes(slice, code, { fetch });
  await loadQuotes(whole, code, { fetch });
  assert.deepEqual(shown(slice, code), shown(whole, code));
  assert.ok(
    shown(slice, code).some((r) => r.evidence?.some((e) => e.quote)),
    'a quote is shown',
  );
});

test('a slice refuses to recommend for another occupation rather than claim the catalogue has nothing', async () => {
  const { fetch, whole, titles } = await setUp();
  const [code, other] = [...whole.ranking.evidence.keys()];
  const slice = await loadOccupationIndex(BASE_URL, code!, { lang: 'en', fetch, titles });
  assert.throws(() => recommend(slice, { occupation: other!, lang: 'en' }), /holds the programs of occupation/);
  await assert.rejects(loadOccupationIndex(BASE_URL, '99999', { lang: 'en', fetch, titles }), RangeError);
});

test('without titles given, a slice stands on the labels alone: no job titles are fetched, and it lists what the whole index lists', async () => {
  const { whole } = await setUp();
  const code = [...whole.ranking.evidence.keys()][0]!;
  for (const lang of ['en', 'fr'] as const) {
    const log: string[] = [];
    const fetch = fakeFetch(indexFiles().files, { log });
    const slice = await loadOccupationIndex(BASE_URL, code, { lang, fetch });
    const names = log.map((url) => url.slice(url.lastIndexOf('/') + 1)).sort();
    const labels = lang === 'en' ? ['labels.en.txt'] : ['labels.en.txt', 'labels.fr.txt'];
    assert.deepEqual(names, ['catalogue.txt', 'index.json', ...labels, `programs.${code}.txt`].sort(), lang);
    assert.deepEqual(slice.titles, {});
    assert.equal(indexLang(slice), lang);
    assert.equal(hasLabels(slice, 'fr'), lang === 'fr');
    assert.deepEqual(
      recommend(slice, { occupation: code, lang, limit: 50 }),
      recommend(lang === 'en' ? whole : await loadIndex(BASE_URL, { lang, fetch }), { occupation: code, lang, limit: 50 }),
    );
  }
});

test('a labels index handed to loadIndex as its titles still gives a whole index with its job titles', async () => {
  const log: string[] = [];
  const fetch = fakeFetch(indexFiles().files, { log });
  const labels = await loadLabelsIndex(BASE_URL, { lang: 'en', fetch });
  assert.deepEqual(labels.titles, {});
  assert.ok(!log.some((url) => url.includes('/titles.')));
  const whole = await loadIndex(BASE_URL, { lang: 'en', fetch, titles: labels });
  assert.ok(whole.titles.en, 'the job titles are loaded');
  assert.ok(whole.programs.length > 0);
});

test('an occupation without programs needs no slice: an empty list, the related occupations as the whole gives them', async () => {
  const { fetch, log, whole, titles } = await setUp();
  const code = [...whole.occupations.keys()].find((c) => !whole.ranking.evidence.has(c));
  assert.ok(code, 'the fixture has an occupation without programs');
  const slice = await loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch, titles });
  assert.deepEqual(shown(slice, code), []);
  assert.deepEqual(relatedOccupations(slice, code, { lang: 'en' }), relatedOccupations(whole, code, { lang: 'en' }));
  assert.ok(!log.some((url) => url.includes(`/programs.${code}.txt`)));
});

/** The files with `programs.<code>.txt` replaced by `text`, its hash recorded in catalogue.txt and catalogue.txt's in index.json. */
async function withSlice(files: Map<string, Uint8Array>, code: string, text: string): Promise<Map<string, Uint8Array>> {
  const out = new Map(files);
  const bytes = enc.encode(text);
  out.set(`programs.${code}.txt`, bytes);
  const manifest = JSON.parse(dec.decode(files.get('index.json'))) as {
    occupations: Array<{ code: string }>;
    files: { catalogue: { bytes: number; sha256: string } };
  };
  const k = manifest.occupations.findIndex((o) => o.code === code);
  const lines = dec.decode(files.get('catalogue.txt')).split('\n');
  const start = lines.findIndex((line) => line.startsWith('#slices '));
  lines[start + 1 + k] = (await sha256Hex(bytes))!.slice(0, QUOTE_HASH_HEX);
  const catalogue = enc.encode(lines.join('\n'));
  out.set('catalogue.txt', catalogue);
  manifest.files.catalogue = { ...manifest.files.catalogue, bytes: catalogue.length, sha256: (await sha256Hex(catalogue))! };
  out.set('index.json', enc.encode(JSON.stringify(manifest)));
  return out;
}

test('a slice that does not match its recorded hash, or whose rows are malformed, is refused naming the file, line and field', async () => {
  const { files, whole } = await setUp();
  const code = [...whole.ranking.evidence.keys()][0]!;
  const name = `programs.${code}.txt`;
  const good = dec.decode(files.get(name));

  const tampered = new Map(files).set(name, enc.encode(good.replace(/\n\d+\n/, '\n999\n')));
  await assert.rejects(loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch: fakeFetch(tampered) }), (error: unknown) => {
    assert.ok(error instanceof IndexIntegrityError, String(error));
    assert.match(error.message, new RegExp(`programs\\.${code}\\.txt`));
    return true;
  });

  const lines = good.split('\n');
  const hours = lines.findIndex((line) => line.startsWith('#hours '));
  lines[hours + 1] = 'forty';
  const badHours = await withSlice(files, code, lines.join('\n'));
  await assert.rejects(loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch: fakeFetch(badHours) }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError, String(error));
    assert.match(error.message, new RegExp(`programs\\.${code}\\.txt`));
    assert.equal(error.line, hours + 2);
    assert.equal(error.path, 'hours');
    return true;
  });

  const other = [...whole.occupations.keys()].find(
    (c) => c !== code && !whole.ranking.evidence.get(c)?.some(([p]) => whole.ranking.evidence.get(code)!.some(([q]) => q === p)),
  );
  assert.ok(other);
  const foreign = await withSlice(files, code, good.replace(new RegExp(`\\b${code}:`, 'g'), `${other}:`));
  await assert.rejects(loadOccupationIndex(BASE_URL, code, { lang: 'en', fetch: fakeFetch(foreign) }), /has no evidence for occupation/);
});
