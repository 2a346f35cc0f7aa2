import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIndex, parseManifest } from '../../../src/core/load/index.js';
import { IndexFormatError } from '../../../src/core/index-format/errors.js';
import { labourMarketOf } from '../../../src/core/index-format/layout.js';
import type { LabourMarketRecord } from '../../../src/core/index-format/schema.js';
import { indexFiles } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

// The loader decodes index.json in 128 KB chunks and parses its arrays element by
// element between yields: the result must be exactly that of one JSON.parse.

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Loading `index.json` = `bytes` fails with an IndexFormatError of `problem`. */
async function refusedAs(files: Map<string, Uint8Array>, bytes: Uint8Array, problem: string): Promise<void> {
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(new Map(files).set('index.json', bytes)) }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError, String(error));
    assert.equal(error.problem, problem);
    return true;
  });
}

function manifestOf(files: Map<string, Uint8Array>): Record<string, unknown> {
  return JSON.parse(dec.decode(files.get('index.json')!)) as Record<string, unknown>;
}

test('a large pretty-printed manifest with multi-byte text across decode chunks loads as one JSON.parse would', async () => {
  const { files } = indexFiles();
  // Three offsets so a 3-byte character straddles the 128 KB chunk boundary in at least one.
  for (let shift = 0; shift < 3; shift++) {
    const manifest = manifestOf(files);
    const sources = manifest.sources as Array<{ name: { en: string; fr: string } }>;
    sources[0]!.name.en = 'Brackets ] } [ { , a quote " and a backslash \\ stay text';
    sources[0]!.name.fr = 'x'.repeat(shift) + 'Résumé € '.repeat(20_000);
    manifest.unknownPadding = { nested: [[1, 2], { a: '€'.repeat(50_000) }], n: -1.5e3, t: true, z: null };
    const text = JSON.stringify(manifest, null, 2);
    assert.ok(enc.encode(text).length > 300_000);
    const loaded = await loadIndex(BASE_URL, {
      lang: 'en',
      fetch: fakeFetch(new Map(files).set('index.json', enc.encode(text))),
    });
    const expected = parseManifest(JSON.parse(text), 'index.json');
    assert.deepEqual(loaded.manifest.sources, expected.sources);
    assert.deepEqual(
      loaded.manifest.occupations.map((o) => o.lmi),
      (manifest.occupations as Array<{ lmi: unknown }>).map((o) => o.lmi && labourMarketOf(o.lmi as LabourMarketRecord)),
    );
    assert.equal(loaded.manifest.sources[0]!.name.fr, sources[0]!.name.fr);
  }
});

test('a manifest with text after its object, or cut inside an array, is refused as not JSON', async () => {
  const { files } = indexFiles();
  const text = JSON.stringify(manifestOf(files));
  const cutAt = text.indexOf('"occupations"') + 40;
  for (const broken of [text + ' {}', text.slice(0, cutAt), text.replace('"occupations":[', '"occupations":[,')]) {
    await refusedAs(files, enc.encode(broken), 'not-json');
  }
});

test('invalid UTF-8 past the first decode chunk is refused as an encoding error', async () => {
  const { files } = indexFiles();
  const manifest = manifestOf(files);
  manifest.unknownPadding = 'a'.repeat(200_000);
  const bytes = enc.encode(JSON.stringify(manifest));
  bytes[150_000] = 0xff;
  await refusedAs(files, bytes, 'encoding');
});

test('a manifest with a large array is parsed over more slices than a small one', async () => {
  const { files } = indexFiles();
  const count = async (bytes: Uint8Array) => {
    const slices: number[] = [];
    await loadIndex(BASE_URL, {
      lang: 'en',
      fetch: fakeFetch(new Map(files).set('index.json', bytes)),
      onSlice: (ms) => slices.push(ms),
    });
    return slices.length;
  };
  const manifest = manifestOf(files);
  manifest.unknownPadding = Array.from({ length: 60_000 }, (_, i) => ({ i, label: `item ${i}` }));
  const small = await count(files.get('index.json')!);
  const large = await count(enc.encode(JSON.stringify(manifest)));
  assert.ok(large > small, `${large} slices for the large manifest, ${small} for the small one`);
});
